/** Saving exported files: a Blob and an `<a download>` click per file (works in the browser and in Electron). */
import type { ExportFile } from '../../shared/types';

/** Starts a download of each file; object URLs are released once the click has been handled. */
export function downloadFiles(files: ExportFile[], doc: Document = document): void {
  for (const file of files) {
    const blob = new Blob([file.content], { type: file.mediaType || 'application/octet-stream' });
    const url = URL.createObjectURL(blob);
    const link = doc.createElement('a');
    link.href = url;
    link.download = file.name;
    link.rel = 'noopener';
    link.hidden = true;
    doc.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }
}
