/**
 * A search snippet with the matched words highlighted. The core marks matches with \u0001 … \u0002;
 * the text is split on those markers and rendered as React text and `<mark>` elements, so a snippet
 * containing markup is shown as the characters it is, never parsed as HTML.
 */

/** Split a marked snippet into plain and matched pieces. Unbalanced markers are tolerated. */
export function parseSnippet(snippet: string): Array<{ text: string; match: boolean }> {
  const pieces: Array<{ text: string; match: boolean }> = [];
  let match = false;
  let current = '';
  const flush = () => {
    if (current) pieces.push({ text: current, match });
    current = '';
  };
  for (const ch of snippet) {
    if (ch === '\u0001') {
      flush();
      match = true;
    } else if (ch === '\u0002') {
      flush();
      match = false;
    } else {
      current += ch;
    }
  }
  flush();
  return pieces;
}

/** Renders a snippet with `<mark>` around the matched words. */
export function Snippet({ snippet }: { snippet: string }) {
  return (
    <span className="snippet">
      {parseSnippet(snippet).map((piece, i) => (piece.match ? <mark key={i}>{piece.text}</mark> : <span key={i}>{piece.text}</span>))}
    </span>
  );
}
