/** The full-window hint shown while files are dragged over Copydesk. */

/** "Drop files to import" overlay; purely visual (the drop is handled on the window). */
export function DropOverlay({ visible }: { visible: boolean }) {
  if (!visible) return null;
  return (
    <div className="drop-overlay" aria-hidden="true">
      <div className="drop-overlay-box">
        <div className="drop-overlay-title">Drop files to import</div>
        <div className="drop-overlay-hint">.txt · .md · .html · .docx · Copydesk .json · brat .txt + .ann</div>
      </div>
    </div>
  );
}
