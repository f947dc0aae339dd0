/** The export formats as checkboxes, each with a line saying what it is for and the files it writes. */
import { EXPORT_FORMATS, type ExportFormat } from '../../shared/types';
import { FORMAT_INFO } from './formats';

export interface FormatChoiceProps {
  selected: readonly ExportFormat[];
  onChange(formats: ExportFormat[]): void;
  disabled?: boolean;
}

/** A fieldset of format checkboxes, kept in the canonical format order. */
export function FormatChoice({ selected, onChange, disabled }: FormatChoiceProps) {
  const chosen = new Set(selected);
  function toggle(format: ExportFormat) {
    const next = new Set(chosen);
    if (next.has(format)) next.delete(format);
    else next.add(format);
    onChange(EXPORT_FORMATS.filter((f) => next.has(f)));
  }
  return (
    <fieldset className="export-fieldset" disabled={disabled}>
      <legend className="field-label">Formats</legend>
      <ul className="export-formats">
        {EXPORT_FORMATS.map((format) => {
          const info = FORMAT_INFO[format];
          const id = `export-format-${format}`;
          return (
            <li key={format} className="export-format">
              <input id={id} type="checkbox" checked={chosen.has(format)} onChange={() => toggle(format)} aria-describedby={`${id}-what`} />
              <label htmlFor={id} className="export-format-text">
                <span className="export-format-name">
                  {info.name} <span className="export-format-files">{info.files}</span>
                </span>
                <span id={`${id}-what`} className="export-format-purpose">
                  {info.purpose}
                </span>
              </label>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
