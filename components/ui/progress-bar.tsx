/** A share from 0 to 1 as a bar; `valueText` is the share as the page writes it ("76%"), for screen readers. */
export function ProgressBar({ value, label, valueText }: { value: number; label: string; valueText: string }) {
  const percent = Math.round(value * 100);
  return (
    <div
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={percent}
      aria-valuetext={valueText}
      className="progress-bar"
    >
      <div style={{ width: `${percent}%` }} />
    </div>
  );
}
