import { percent as formatPercent } from '@/lib/format';

export function ProgressBar({ value, label, locale }: { value: number; label: string; locale: string }) {
  const percent = Math.round(value * 100);
  return (
    <div
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={percent}
      aria-valuetext={formatPercent(value, locale)}
      className="progress-bar"
    >
      <div style={{ width: `${percent}%` }} />
    </div>
  );
}
