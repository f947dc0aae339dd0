/**
 * `export:reportPdf` — the review report saved as PDF, desktop only. The report page comes from the
 * core exactly as the `report` export format renders it (`export:document`), is printed by Chromium
 * (pdf-print.ts) and written atomically into the chosen folder as `<base>.report.pdf`
 * (core/export/write.ts). Input is validated here, and every outcome is answered as a Result, like the
 * API operations; the printer and the writer are passed in, so this runs in tests without Electron.
 */
import { isAbsolute } from 'node:path';
import { z } from 'zod';
import type { Handlers } from '../shared/api';
import { dispatch, toErrorShape } from '../shared/dispatch';
import { ApiError, type Result } from '../shared/result';
import { checkExportFolder } from './core/handlers/export-folder';
import type { ExportFile } from '../shared/types';
import { describeZodError } from '../shared/zod-message';

/** `{ documentId, dir }`: the document, and the absolute folder to write into. */
export const reportPdfInput = z.object({
  documentId: z.string().min(1).max(200),
  dir: z
    .string()
    .min(1)
    .max(4000)
    .refine((dir) => isAbsolute(dir), 'the folder must be an absolute path'),
});

/** What {@link exportReportPdf} needs. */
export interface ReportPdfDeps {
  /** The core's handlers (the report is rendered through `export:document`). */
  handlers: Handlers;
  /** Prints a self-contained HTML page to PDF bytes (pdf-print.ts `printHtmlToPdf`). */
  printHtml(html: string): Promise<Uint8Array>;
  /** Writes bytes to `dir/name` atomically and answers the path (core/export/write.ts `writeFileAtomic`). */
  writeFile(dir: string, name: string, data: Uint8Array): string;
  /** Where an unexpected printing error's detail goes (the core's error log). */
  log?: { record(activity: string, error: unknown): void };
}

/** The PDF's name beside the HTML report's: "harbin.report.html" → "harbin.report.pdf". */
export function reportPdfName(htmlName: string): string {
  return `${htmlName.replace(/\.html?$/i, '')}.pdf`;
}

/** The HTML page among the files the `report` format produced. */
function reportPage(files: ExportFile[]): ExportFile | undefined {
  return files.find((file) => /\.html?$/i.test(file.name) || file.mediaType.startsWith('text/html'));
}

/** Renders, prints and writes the report PDF; answers the path written, or why not. Never throws. */
export async function exportReportPdf(rawInput: unknown, deps: ReportPdfDeps): Promise<Result<string>> {
  const parsed = reportPdfInput.safeParse(rawInput);
  if (!parsed.success) {
    const message = `The request to save the report as PDF is not valid: ${describeZodError(parsed.error)}.`;
    return { ok: false, error: { code: 'invalid_input', message } };
  }
  const { documentId, dir } = parsed.data;
  try {
    checkExportFolder(dir); // a NUL or control character gets a sentence, not Node's message
  } catch (error) {
    return { ok: false, error: toErrorShape(error) };
  }
  const rendered = await dispatch(deps.handlers, 'export:document', { id: documentId, format: 'report' });
  if (!rendered.ok) return rendered;
  const page = reportPage(rendered.value as ExportFile[]);
  if (!page) return { ok: false, error: { code: 'internal', message: 'The review report could not be rendered for this document.' } };
  try {
    const pdf = await deps.printHtml(page.content);
    return { ok: true, value: deps.writeFile(dir, reportPdfName(page.name), pdf) };
  } catch (error) {
    // Chromium's printing errors are for programmers: logged, and answered with a sentence.
    if (!(error instanceof ApiError)) deps.log?.record('saving the review report as PDF', error);
    return { ok: false, error: toErrorShape(error, 'saving the review report as PDF') };
  }
}
