/** The library's filters: review status, file format and how recently a document changed (all in SQLite). */
import { DOCUMENT_STATUSES, IMPORT_FORMATS, type DocumentStatus, type ImportFormat } from '../../shared/types';
import { DOCUMENT_STATUS_WORDS } from '../../shared/vocabulary';

export interface LibraryFilterState {
  status: DocumentStatus | '';
  format: ImportFormat | '';
  /** Changed within this many days; 0 for any time. */
  days: number;
}

export const NO_FILTER: LibraryFilterState = { status: '', format: '', days: 0 };

const FORMAT_WORDS: Record<ImportFormat, string> = {
  txt: 'Plain text',
  md: 'Markdown',
  html: 'HTML',
  docx: 'Word',
  'copydesk-json': 'Copydesk JSON',
  brat: 'brat',
};

const PERIODS: Array<[number, string]> = [
  [0, 'Any time'],
  [1, 'Last 24 hours'],
  [7, 'Last 7 days'],
  [30, 'Last 30 days'],
];

export interface LibraryFiltersProps {
  value: LibraryFilterState;
  onChange(value: LibraryFilterState): void;
}

/** Three labelled selects. */
export function LibraryFilters({ value, onChange }: LibraryFiltersProps) {
  return (
    <div className="library-filters">
      <label>
        <span className="visually-hidden">Status</span>
        <select aria-label="Filter by status" value={value.status} onChange={(e) => onChange({ ...value, status: e.target.value as DocumentStatus | '' })}>
          <option value="">All statuses</option>
          {DOCUMENT_STATUSES.map((s) => (
            <option key={s} value={s}>
              {DOCUMENT_STATUS_WORDS[s]}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span className="visually-hidden">Format</span>
        <select aria-label="Filter by format" value={value.format} onChange={(e) => onChange({ ...value, format: e.target.value as ImportFormat | '' })}>
          <option value="">All formats</option>
          {IMPORT_FORMATS.map((f) => (
            <option key={f} value={f}>
              {FORMAT_WORDS[f]}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span className="visually-hidden">Last change</span>
        <select aria-label="Filter by last change" value={value.days} onChange={(e) => onChange({ ...value, days: Number(e.target.value) })}>
          {PERIODS.map(([days, words]) => (
            <option key={days} value={days}>
              {words}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
