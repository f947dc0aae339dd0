/** What a new user sees: how to bring documents in. */
import { Button } from '../ui/Button';

/** The empty-library state with an Import button and the drop hint. */
export function EmptyLibrary({ onImport, shortcut }: { onImport(): void; shortcut: string }) {
  return (
    <div className="empty-library">
      <div className="empty-drop" aria-hidden="true">
        ⤓
      </div>
      <h2>Your library is empty</h2>
      <p>
        Import news articles, wire copy or transcripts to review them: plain text, Markdown, HTML pages, Word (.docx),
        Copydesk JSON, or brat <code>.txt</code> + <code>.ann</code> pairs.
      </p>
      <p className="empty-actions">
        <Button variant="primary" onClick={onImport}>
          Import files…
        </Button>
        <span className="muted">
          or drop files here · <kbd>{shortcut}</kbd>
        </span>
      </p>
    </div>
  );
}
