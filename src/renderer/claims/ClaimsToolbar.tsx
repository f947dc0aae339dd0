/** The claims desk's toolbar: title, "My queue", words filter, document filter and "Next unverified (N)". */
import type { ClaimFilters } from './rows';
import { Button } from '../ui/Button';
import { DocumentFilter } from './DocumentFilter';

export interface ClaimsToolbarProps {
  filters: ClaimFilters;
  /** Documents that have claims, by title. */
  documents: Array<{ id: string; title: string }>;
  onChange(patch: Partial<ClaimFilters>): void;
  onNextUnverified(): void;
  /** False when no unverified claim exists (the button is disabled). */
  canJump: boolean;
}

/** Filters and the jump button above the claims table. */
export function ClaimsToolbar({ filters, documents, onChange, onNextUnverified, canJump }: ClaimsToolbarProps) {
  return (
    <div className="toolbar claims-toolbar">
      <h1 className="view-title">Claims</h1>
      <Button
        aria-pressed={filters.mine}
        variant={filters.mine ? 'primary' : undefined}
        onClick={() => onChange({ mine: !filters.mine })}
        title="Only the claims assigned to you"
      >
        My queue
      </Button>
      <div className="search-box">
        <input
          type="search"
          aria-label="Filter claims by words"
          placeholder="Filter by words…"
          value={filters.text}
          onChange={(e) => onChange({ text: e.target.value })}
          onKeyDown={(e) => {
            if (e.key === 'Escape' && filters.text) {
              e.preventDefault();
              onChange({ text: '' });
            }
          }}
        />
      </div>
      <DocumentFilter documents={documents} value={filters.documentId} onChange={(documentId) => onChange({ documentId })} />
      <div className="toolbar-spacer" />
      <Button variant="primary" onClick={onNextUnverified} disabled={!canJump} title="Open the next unverified claim in its document (N)">
        Next unverified <kbd>N</kbd>
      </Button>
    </div>
  );
}
