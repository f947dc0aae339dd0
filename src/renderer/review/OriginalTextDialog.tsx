/** "Show original": the text exactly as first imported, read-only, for comparing with corrections. */
import { Button } from '../ui/Button';
import { Dialog } from '../ui/Dialog';
import { plural } from './vocabulary';

/** Props of `OriginalTextDialog`. */
export interface OriginalTextDialogProps {
  title: string;
  importedText: string;
  currentText: string;
  onClose(): void;
}

/** A dialog showing the imported text as plain, selectable, read-only text. */
export function OriginalTextDialog({ title, importedText, currentText, onClose }: OriginalTextDialogProps) {
  const same = importedText === currentText;
  return (
    <Dialog title={`Original text — ${title}`} onClose={onClose} className="rv-original" footer={<Button onClick={onClose}>Close</Button>}>
      <p className="rv-hint">
        {same
          ? 'The text has not been corrected since import.'
          : `As imported (${plural(importedText.length, 'character')}; now ${plural(currentText.length, 'character')}).`}
      </p>
      <div className="rv-original-text" tabIndex={0} aria-label="Original text">
        {importedText}
      </div>
    </Dialog>
  );
}
