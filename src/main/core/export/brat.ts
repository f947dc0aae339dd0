/**
 * brat standoff: `<base>.txt` (the canonical text, byte for byte), `<base>.ann`, and the
 * `annotation.conf` that declares the types and attributes used (brat-conf.ts).
 *
 * - `T` lines: entities (type = the label, made a single token), claims (type `Claim`), teasers
 *   (type `Teaser`) and notes (type `Note`). Offsets are Unicode code points into the .txt, as brat
 *   (Python) counts them. A span that crosses a line break becomes a discontinuous annotation with
 *   one fragment per line (`0 5;6 12`), its reference text the fragments joined by a space, which is
 *   how brat itself writes such spans. Empty spans and orphaned annotations are left out.
 * - `A` lines: `Status T3 verified` for claims, `Reason T5 related_teaser` for teasers (a suggested
 *   teaser not yet accepted is a pending suggestion, which no export carries: see export/index.ts).
 * - `#` lines: `AnnotatorNotes` with an annotation's note, a claim's verdict, and a note
 *   annotation's text; tabs and line breaks are flattened to single spaces.
 * An entity label named like one of the fixed types (`Claim`, `Teaser`, `Note`) cannot be told apart
 * from them in the .ann; the default taxonomy has no such label.
 */
import type { Annotation, DocumentBundle, ExportFile } from '../../../shared/types';
import { CodePointIndex } from '../../../shared/codepoints';
import { BRAT_CONF_NAME, bratConf, type BratUsage } from '../../../shared/brat-conf';
import type { ExportContext } from './context';
import { exportFileBaseName } from './filename';
import { claimsByAnnotation, placeAnnotations, toCodePoints, tokenName } from './model';

/** A line break as brat (Python text mode) reads lines: "\n", "\r". */
const LINE_BREAK = /[\r\n]/;

/** One continuous piece of a text-bound annotation, in UTF-16 indexes. */
interface Fragment {
  start: number;
  end: number;
}

/** Splits [start, end) at line breaks into non-empty fragments (UTF-16 indexes). */
export function lineFragments(text: string, start: number, end: number): Fragment[] {
  const fragments: Fragment[] = [];
  let at = start;
  for (let i = start; i <= end; i++) {
    if (i === end || LINE_BREAK.test(text[i])) {
      if (i > at) fragments.push({ start: at, end: i });
      at = i + 1;
    }
  }
  return fragments;
}

/** The brat type of an annotation. */
function bratType(annotation: Annotation): string {
  switch (annotation.kind) {
    case 'entity':
      return tokenName(annotation.label ?? 'ENTITY');
    case 'claim':
      return 'Claim';
    case 'teaser':
      return 'Teaser';
    case 'note':
      return 'Note';
  }
}

/** Free text as a single line for an AnnotatorNotes field. */
function flatten(value: string): string {
  return value.replace(/[\t\r\n\u2028\u2029]+/g, ' ').trim();
}

/** The .ann content for a bundle (lines end with "\n"). */
export function toBratAnn(bundle: DocumentBundle): string {
  return bratStandoff(bundle).ann;
}

/** The .ann content and the types and attributes it uses (for annotation.conf). */
export function bratStandoff(bundle: DocumentBundle): { ann: string; usage: BratUsage } {
  const entities = new Set<string>();
  const attributes = new Set<string>();
  const text = bundle.document.text;
  const index = new CodePointIndex(text);
  const claims = claimsByAnnotation(bundle);
  const lines: string[] = [];
  let t = 0;
  let a = 0;
  let n = 0;
  for (const annotation of placeAnnotations(bundle).placed) {
    const fragments = lineFragments(text, annotation.start, annotation.end);
    if (fragments.length === 0) continue;
    const id = `T${++t}`;
    const offsets = fragments
      .map((f) => toCodePoints(index, f.start, f.end, annotation.id))
      .map((r) => `${r.start} ${r.end}`)
      .join(';');
    const reference = fragments.map((f) => text.slice(f.start, f.end)).join(' ');
    lines.push(`${id}\t${bratType(annotation)} ${offsets}\t${reference}`);
    entities.add(bratType(annotation));

    const notes: string[] = [];
    if (annotation.kind === 'claim') {
      const claim = claims.get(annotation.id);
      lines.push(`A${++a}\tStatus ${id} ${claim?.status ?? 'unverified'}`);
      attributes.add('Status');
      if (claim?.verdict.trim()) notes.push(`Verdict: ${claim.verdict}`);
    }
    if (annotation.kind === 'teaser') {
      lines.push(`A${++a}\tReason ${id} ${annotation.attrs.reason ?? 'other'}`);
      attributes.add('Reason');
    }
    if (annotation.kind === 'entity' && annotation.attrs.canonical?.trim()) notes.push(`Canonical: ${annotation.attrs.canonical}`);
    if (annotation.attrs.note?.trim()) notes.push(annotation.attrs.note);
    for (const note of notes) {
      const flat = flatten(note);
      if (flat !== '') lines.push(`#${++n}\tAnnotatorNotes ${id}\t${flat}`);
    }
  }
  return { ann: lines.map((line) => `${line}\n`).join(''), usage: { entities: [...entities], attributes: [...attributes] } };
}

/**
 * `<base>.txt`, `<base>.ann` and `annotation.conf` declaring what the .ann uses (brat-conf.ts), so
 * the files open in brat as they are. A folder export merges the configurations of its documents
 * into one annotation.conf (handlers/export.ts).
 */
export function exportBrat(bundle: DocumentBundle, _ctx: ExportContext): ExportFile[] {
  const base = exportFileBaseName(bundle.document.title);
  const { ann, usage } = bratStandoff(bundle);
  return [
    { name: `${base}.txt`, mediaType: 'text/plain; charset=utf-8', content: bundle.document.text },
    { name: `${base}.ann`, mediaType: 'text/plain; charset=utf-8', content: ann },
    { name: BRAT_CONF_NAME, mediaType: 'text/plain; charset=utf-8', content: bratConf(usage) },
  ];
}
