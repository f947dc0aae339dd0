/** The banner shown while the text itself is being corrected (Edit text): what changes and how to leave. */

/** The edit-mode notice above the text. */
export function EditingBanner() {
  return (
    <p className="rv-edit-banner" role="status">
      Editing the text: annotations move with your corrections, which are saved as you type. Annotation keys are paused;
      Ctrl+Z undoes typing. Press “Done editing” to go back to annotating.
    </p>
  );
}
