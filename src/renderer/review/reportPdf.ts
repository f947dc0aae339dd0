/**
 * The review report as a PDF, desktop app only: the main process prints the HTML report to an A4
 * PDF in a folder the editor picks (`window.copydesk.chooseFolder` + `printReportPdf`). In web mode
 * there is no such bridge and the HTML report is printed from the browser instead.
 */

/** The two desktop calls the PDF export needs. */
export interface ReportPdfBridge {
  chooseFolder(): Promise<string | null>;
  printReportPdf(documentId: string, dir: string): Promise<string>;
}

/** The desktop bridge's PDF calls, or null when the app runs without them (web mode). Read when asked. */
export function reportPdfBridge(): ReportPdfBridge | null {
  const bridge = typeof window !== 'undefined' ? window.copydesk : undefined;
  if (typeof bridge?.printReportPdf !== 'function' || typeof bridge.chooseFolder !== 'function') return null;
  return {
    chooseFolder: () => bridge.chooseFolder!(),
    printReportPdf: (documentId, dir) => bridge.printReportPdf!(documentId, dir),
  };
}

/**
 * Asks for a folder and saves the report there; answers the path written, or null when the editor
 * cancelled the folder dialog. Rejects with an Error whose message can be shown as is.
 */
export async function saveReportPdf(bridge: ReportPdfBridge, documentId: string): Promise<string | null> {
  const dir = await bridge.chooseFolder();
  if (!dir) return null;
  try {
    return await bridge.printReportPdf(documentId, dir);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new Error(`The review report was not saved: ${message}`);
  }
}
