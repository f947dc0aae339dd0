/** The library's filters: review status, file format, how recently a document changed and who has it (all in the store). */
import { DOCUMENT_STATUSES, IMPORT_FORMATS, type DocumentStatus, type ImportFormat } from '../../shared/types';
import { DOCUMENT_STATUS_WORDS } from '../../shared/vocabulary';

export interface LibraryFilterState {
  status: DocumentStatus | '';
  format: ImportFormat | '';
  /** Changed within this many days; 0 for any time. */
  days: number;
  /** Assigned to this name; '' for anyone or nobody, {@link NOBODY} for the unassigned. */
  assignee: string;
}

/** The assignee filter's value for "Unassigned" (no name is a lone NUL). */
export const NOBODY = '\u0000';

export const NO_FILTER: LibraryFilterState = { status: '', format: '', days: 0, assignee: '' };

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
  /** The names documents can be filtered by (`documents:assignees`). */
  assignees?: readonly string[];
}

/** Four labelled selects. */
export function LibraryFilters({ value, onChange, assignees = [] }: LibraryFiltersProps) {
  // A remembered or just-cleared name stays offered while the list of names catches up.
  const names = value.assignee && value.assignee !== NOBODY && !assignees.includes(value.assignee) ? [value.assignee, ...assignees] : assignees;
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
      <label>
        <span className="visually-hidden">Assigned to</span>
        <select aria-label="Filter by assignee" value={value.assignee} onChange={(e) => onChange({ ...value, assignee: e.target.value })}>
          <option value="">Anyone</option>
          <option value={NOBODY}>Unassigned</option>
          {names.map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
