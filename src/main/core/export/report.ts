/**
 * The review report: `<base>.report.html`, one self-contained page — inline CSS, no scripts, nothing
 * loaded (Content-Security-Policy `default-src 'none'; style-src 'unsafe-inline'`, no referrer) — that
 * an editor can open, archive or print. It shows who reviewed the document and when, its status, the
 * text with every annotation highlighted (see report-document.ts), the entity table (entities whose text
 * was deleted in a correction apart, under "No longer in the text"), every claim with
 * its status, verdict and sources, the teasers removed from the cleaned text, and the notes.
 * Every piece of document text is escaped; links are emitted only for http(s) URLs.
 */
import { verdictAuthor } from '../../../shared/verdict-author';
import { CLAIM_STATUSES, type ClaimStatus, type DocumentBundle, type ExportFile } from '../../../shared/types';
import { CLAIM_STATUS_WORDS, DOCUMENT_STATUS_WORDS } from '../../../shared/vocabulary';
import type { ExportContext } from './context';
import { readableTime } from './dates';
import { exportFileBaseName } from './filename';
import { escapeHtml, link } from './html';
import { claimsByAnnotation, hasVerdict, placeAnnotations, sourcesByAnnotation } from './model';
import { labelClassFor, reportCss, statusClass } from './report-css';
import { renderDocument } from './report-document';
import { claimList, entityTable, noteList, teaserList } from './report-sections';

/** The report page as HTML. */
export function renderReport(bundle: DocumentBundle, ctx: ExportContext): string {
  const { document } = bundle;
  const { placed, orphaned } = placeAnnotations(bundle);
  const all = [...placed, ...orphaned];
  const claimRows = claimsByAnnotation(bundle);
  const sources = sourcesByAnnotation(bundle);
  const labelClass = labelClassFor(ctx.labels);

  const claims = all.filter((a) => a.kind === 'claim');
  const placedEntities = placed.filter((a) => a.kind === 'entity');
  const orphanedEntities = orphaned.filter((a) => a.kind === 'entity');
  const notes = all.filter((a) => a.kind === 'note');
  const references = new Map<string, { anchor: string; number: number; prefix: string }>();
  claims.forEach((a, i) => references.set(a.id, { anchor: `claim-${i + 1}`, number: i + 1, prefix: 'C' }));
  notes.forEach((a, i) => references.set(a.id, { anchor: `note-${i + 1}`, number: i + 1, prefix: 'N' }));
  const anchor = (a: { id: string }) => references.get(a.id)?.anchor ?? '';
  const claimStatus = new Map<string, ClaimStatus>(claims.map((a) => [a.id, claimRows.get(a.id)?.status ?? 'unverified']));

  // Who gave the verdicts (each claim also names its own); the person exporting only when none is named.
  const judges = [...new Set(claims.flatMap((a) => verdictAuthor(claimRows.get(a.id)) ?? []))];
  const reviewer = judges.length > 0 ? judges.join(', ') : ctx.reviewer.trim();
  const verdicts = claims.filter((a) => hasVerdict(claimStatus.get(a.id) ?? 'unverified')).length;
  const meta: Array<[string, string]> = [
    ['Status', escapeHtml(DOCUMENT_STATUS_WORDS[document.status] ?? document.status)],
    ['Reviewed by', reviewer ? escapeHtml(reviewer) : '<span class="muted">(no reviewer name set)</span>'],
    ['Report created', escapeHtml(readableTime(ctx.now))],
    ['Source', document.source.trim() ? link(document.source) : '<span class="muted">—</span>'],
    ['Imported', escapeHtml(readableTime(document.createdAt))],
    ['Last changed', escapeHtml(readableTime(document.updatedAt))],
    ['Language', document.language ? escapeHtml(document.language) : '<span class="muted">—</span>'],
    ['Claims', `${claims.length} marked, ${verdicts} with a verdict`],
  ];
  const usedLabels = new Set(all.filter((a) => a.kind === 'entity').map((a) => a.label));
  const legend = [
    ...ctx.labels.filter((l) => usedLabels.has(l.name)).map((l) => `<li><span class="swatch sw-${labelClass(l.name).slice(2)}"></span>${escapeHtml(l.name)}</li>`),
    ...CLAIM_STATUSES.filter((s) => [...claimStatus.values()].includes(s))
      .map((s) => `<li><span class="claim ${statusClass(s)}">Claim: ${escapeHtml(CLAIM_STATUS_WORDS[s])}</span></li>`),
    ...(all.some((a) => a.kind === 'teaser') ? ['<li><span class="teaser">Teaser (removed)</span></li>'] : []),
  ];
  const title = document.title.trim() || 'Untitled document';

  return `<!DOCTYPE html>
<html lang="${escapeHtml(document.language || 'en')}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Copydesk">
<title>Review report: ${escapeHtml(title)}</title>
<style>${reportCss(ctx.labels)}</style>
</head>
<body>
<header>
<h1>${escapeHtml(title)}</h1>
<dl class="meta">
${meta.map(([k, v]) => `<dt>${k}</dt><dd>${v}</dd>`).join('\n')}
</dl>
</header>
<main>
<section>
<h2>Document</h2>
${legend.length > 0 ? `<ul class="legend">${legend.join('')}</ul>` : ''}
<div class="doc" lang="${escapeHtml(document.language || 'und')}">
${renderDocument(document.text, placed, { labelClass, claimStatus, references })}
</div>
</section>
<section>
<h2>Entities</h2>
${placedEntities.length === 0 && orphanedEntities.length > 0 ? '<p class="muted">None of the tagged entities is in the current text.</p>' : entityTable(placedEntities, document.text, ctx.labels, labelClass)}
${orphanedEntities.length > 0 ? `<h3 id="entities-orphaned">No longer in the text</h3>\n<p class="muted">Tagged before their text was deleted in a correction; kept so that nothing is lost.</p>\n${entityTable(orphanedEntities, document.text, ctx.labels, labelClass)}` : ''}
</section>
<section>
<h2>Claims</h2>
${claimList(claims, document.text, claimRows, sources, anchor)}
</section>
<section>
<h2>Teasers removed</h2>
${teaserList(all.filter((a) => a.kind === 'teaser'), document.text)}
</section>
${notes.length > 0 ? `<section>\n<h2>Notes</h2>\n${noteList(notes, document.text, anchor)}\n</section>` : ''}
</main>
<footer>Review report exported from Copydesk${reviewer ? ` by ${escapeHtml(reviewer)}` : ''} on ${escapeHtml(readableTime(ctx.now))}.</footer>
</body>
</html>
`;
}

/** `<base>.report.html`. */
export function exportReport(bundle: DocumentBundle, ctx: ExportContext): ExportFile[] {
  return [{ name: `${exportFileBaseName(bundle.document.title)}.report.html`, mediaType: 'text/html; charset=utf-8', content: renderReport(bundle, ctx) }];
}
