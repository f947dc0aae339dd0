/**
 * Buttons for the caret-based actions, for mouse users (the keys are P, E and S): flag the
 * paragraph around the caret, flag from it to the end, mark the sentence as a claim. Pressing a
 * button keeps the caret where it is (mouse-down does not take focus from the text).
 */
export interface CaretActionsProps {
  onFlagParagraph(): void;
  onFlagToEnd(): void;
  onMarkSentence(): void;
  disabled: boolean;
}

/** The caret action buttons. */
export function CaretActions({ onFlagParagraph, onFlagToEnd, onMarkSentence, disabled }: CaretActionsProps) {
  const keep = (event: React.MouseEvent) => event.preventDefault();
  return (
    <div className="rv-caret-actions" role="group" aria-label="At the caret">
      <button type="button" disabled={disabled} onMouseDown={keep} onClick={onFlagParagraph} title="Flag the paragraph around the caret as teaser content (P)">
        Flag paragraph <kbd>P</kbd>
      </button>
      <button type="button" disabled={disabled} onMouseDown={keep} onClick={onFlagToEnd} title="Flag everything from the caret’s paragraph to the end (E)">
        Flag to end <kbd>E</kbd>
      </button>
      <button type="button" disabled={disabled} onMouseDown={keep} onClick={onMarkSentence} title="Mark the sentence around the caret as a claim (S)">
        Mark sentence <kbd>S</kbd>
      </button>
    </div>
  );
}
