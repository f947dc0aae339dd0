/**
 * The workspace's conflict banner: the core refused a write because the document or the annotation
 * changed elsewhere. It says what happened to the user's change and offers Reload, which brings
 * typed words back in their fields (a change made elsewhere) or starts again from the current text.
 */
import { isChangedElsewhere } from '../../shared/conflict';
import { Button } from '../ui/Button';

interface Props {
  /** The core's sentence. */
  message: string;
  onReload(): void;
}

/** The banner shown until the document is reloaded. */
export function ConflictBanner({ message, onReload }: Props) {
  return (
    <div className="error-banner rv-conflict" role="alert">
      {isChangedElsewhere(message) ? (
        <span>{message} What you typed is kept and comes back in its field after the reload.</span>
      ) : (
        <span>
          {message} Your change was not saved: the positions here belong to the text as it was. Reload to carry on with
          the current text.
        </span>
      )}
      <Button small variant="primary" onClick={onReload}>
        Reload
      </Button>
    </div>
  );
}
