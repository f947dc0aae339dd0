/** The claims desk before any claim exists: how claims get marked. */

export interface EmptyClaimsProps {
  /** Go to the library (where documents are opened). */
  onLibrary(): void;
}

/** Explains marking claims: open a document, select the statement, press C (or S for a sentence). */
export function EmptyClaims({ onLibrary }: EmptyClaimsProps) {
  return (
    <section className="empty-claims" aria-labelledby="empty-claims-title">
      <h2 id="empty-claims-title">No claims marked yet</h2>
      <p>
        Claims are the factual statements you want to check. Open a document from the{' '}
        <a
          href="#/"
          onClick={(e) => {
            e.preventDefault();
            onLibrary();
          }}
        >
          library
        </a>
        , select the statement in the text and press <kbd>C</kbd> — or put the caret in a sentence and press <kbd>S</kbd>{' '}
        to mark the whole sentence.
      </p>
      <p>Every claim you mark appears here, across all documents, so you can work them through to a verdict.</p>
    </section>
  );
}
