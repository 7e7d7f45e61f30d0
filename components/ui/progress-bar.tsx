/**
 * A share from 0 to 1 as a bar; `valueText` is the share as the page writes it ("76%"), for screen readers.
 * The browser's own progress element: one element where a drawn bar took two and an inline style, on every
 * goal card (docs/performance.md, item 64).
 */
export function ProgressBar({ value, label, valueText }: { value: number; label: string; valueText: string }) {
  return (
    <progress
      className="progress-bar"
      max={100}
      value={Math.round(value * 100)}
      aria-label={label}
      aria-valuetext={valueText}
    />
  );
}
