/**
 * Saving exported files in web mode: a Blob and an `<a download>` click per file. Browsers drop
 * downloads fired in a burst, so several files go one after another with a short pause between.
 */
import type { ExportFile } from '../../shared/types';

/** The pause between two downloads. */
export const DOWNLOAD_GAP_MS = 250;

/** Starts the download of one file; its object URL is released once the click has been handled. */
export function downloadFile(file: ExportFile, doc: Document = document): void {
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

/** Downloads the files one after another, `gapMs` apart; resolves when the last has started. */
export async function downloadInTurn(files: readonly ExportFile[], gapMs: number = DOWNLOAD_GAP_MS): Promise<void> {
  for (let i = 0; i < files.length; i++) {
    if (i > 0 && gapMs > 0) await new Promise((resolve) => setTimeout(resolve, gapMs));
    downloadFile(files[i]);
  }
}
