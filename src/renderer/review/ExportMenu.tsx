/**
 * "Export" for the open document: a menu of every format; picking one renders it in the core
 * (`export:document`) and downloads the resulting file(s). In the desktop app the menu also offers
 * the review report as a PDF saved into a chosen folder (`reportPdf.ts`).
 */
import { useEffect, useRef, useState } from 'react';
import { nothingToExportMessage } from '../../shared/export-skips';
import { EXPORT_FORMATS, type ExportFormat } from '../../shared/types';
import { call } from '../api/client';
import { useToasts } from '../ui/Toasts';
import { downloadInTurn } from '../export/download';
import { FORMAT_INFO } from '../export/formats';
import { reportPdfBridge, saveReportPdf } from './reportPdf';
import { plural } from './vocabulary';

/** The export button and its menu. */
export function ExportMenu({ documentId }: { documentId: string }) {
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState<ExportFormat | 'report-pdf' | null>(null);
  const pdf = reportPdfBridge();
  const toasts = useToasts();
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    ref.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
    const onDown = (e: MouseEvent) => ref.current && !ref.current.contains(e.target as Node) && setOpen(false);
    document.addEventListener('mousedown', onDown);
    return () => document.removeEventListener('mousedown', onDown);
  }, [open]);

  async function exportAs(format: ExportFormat) {
    setBusy(format);
    try {
      const files = await call('export:document', { id: documentId, format });
      if (files.length === 0) {
        // ClaimReview without a verdict, CSV without claims: there is nothing to download.
        toasts.show(`Nothing downloaded. ${nothingToExportMessage(format)}`, 'info');
        setOpen(false);
        return;
      }
      // One after another: browsers drop downloads fired in a burst (brat is a .txt, an .ann and its annotation.conf).
      await downloadInTurn(files);
      const notices = files.flatMap((f) => (f.notice ? [f.notice] : []));
      toasts.show([`Exported ${FORMAT_INFO[format].name}: ${plural(files.length, 'file')} downloaded.`, ...notices].join(' '), 'success');
      setOpen(false);
    } catch (error) {
      toasts.error(error);
    } finally {
      setBusy(null);
    }
  }

  async function exportPdf(bridge: NonNullable<typeof pdf>) {
    setBusy('report-pdf');
    try {
      const path = await saveReportPdf(bridge, documentId);
      if (path) toasts.show(`Saved the review report: ${path}`, 'success');
      setOpen(false);
    } catch (error) {
      toasts.show(error instanceof Error ? error.message : String(error), 'error');
    } finally {
      setBusy(null);
    }
  }

  function onKeyDown(event: React.KeyboardEvent) {
    if (event.key === 'Escape') {
      event.stopPropagation();
      setOpen(false);
      return;
    }
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    event.preventDefault();
    const items = Array.from(ref.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? []);
    const at = items.indexOf(document.activeElement as HTMLElement);
    const next = event.key === 'ArrowDown' ? (at + 1) % items.length : (at - 1 + items.length) % items.length;
    items[next]?.focus();
  }

  return (
    <div ref={ref} className="rv-menu-anchor" onKeyDown={onKeyDown}>
      <button type="button" className="btn btn-default btn-small" aria-haspopup="menu" aria-expanded={open} onClick={() => setOpen(!open)}>
        Export ▾
      </button>
      {open && (
        <div className="rv-menu rv-export-menu" role="menu" aria-label="Export formats">
          {EXPORT_FORMATS.map((format) => (
            <button
              key={format}
              type="button"
              role="menuitem"
              className="rv-menu-item"
              disabled={busy !== null}
              onClick={() => void exportAs(format)}
            >
              <span className="rv-menu-name">{busy === format ? 'Exporting…' : FORMAT_INFO[format].name}</span>
              <span className="rv-menu-detail">{FORMAT_INFO[format].brief}</span>
            </button>
          ))}
          {pdf && (
            <button type="button" role="menuitem" className="rv-menu-item" disabled={busy !== null} onClick={() => void exportPdf(pdf)}>
              <span className="rv-menu-name">{busy === 'report-pdf' ? 'Saving…' : 'Review report (PDF)…'}</span>
              <span className="rv-menu-detail">A4 PDF, saved to a folder you choose</span>
            </button>
          )}
        </div>
      )}
    </div>
  );
}
