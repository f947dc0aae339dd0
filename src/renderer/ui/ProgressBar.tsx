/** A thin determinate progress bar with an accessible name and value. */

export interface ProgressBarProps {
  value: number;
  max: number;
  /** Accessible name ("Import progress"). */
  label: string;
  /** Shown as the value text to assistive technology ("2 of 5 files"). */
  valueText?: string;
  className?: string;
}

/** Renders `value / max` as a filled track. */
export function ProgressBar({ value, max, label, valueText, className }: ProgressBarProps) {
  const ratio = max > 0 ? Math.min(1, Math.max(0, value / max)) : 0;
  return (
    <div
      className={['progress', className ?? ''].join(' ').trim()}
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={max}
      aria-valuenow={value}
      aria-valuetext={valueText}
    >
      <div className="progress-fill" style={{ width: `${(ratio * 100).toFixed(1)}%` }} />
    </div>
  );
}
