/** The label legend above the text: every entity label with its colour and hotkey, then the other keys. */
import type { Label } from '../../shared/types';

/** Props of `Legend`. */
export interface LegendProps {
  labels: Label[];
}

/** A compact key to colours and shortcuts ("PERSON 1 · ORG 2 …  T teaser · C claim · ? help"). */
export function Legend({ labels }: LegendProps) {
  return (
    <div className="rv-legend" aria-label="Labels and keys">
      <ul className="rv-legend-labels">
        {labels.map((label) => (
          <li key={label.id} className="rv-legend-item">
            <span className="rv-swatch" style={{ backgroundColor: label.color }} aria-hidden="true" />
            <span>{label.name}</span>
            {label.hotkey && <kbd>{label.hotkey}</kbd>}
          </li>
        ))}
      </ul>
      <ul className="rv-legend-keys">
        <li>
          <kbd>T</kbd> teaser
        </li>
        <li>
          <kbd>C</kbd> claim
        </li>
        <li>
          <kbd>S</kbd> sentence
        </li>
        <li>
          <kbd>J</kbd>/<kbd>K</kbd> move
        </li>
        <li>
          <kbd>N</kbd> next claim to verify
        </li>
        <li>
          <kbd>L</kbd> label names
        </li>
        <li>
          <kbd>?</kbd> all keys
        </li>
      </ul>
    </div>
  );
}
