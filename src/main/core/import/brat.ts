/**
 * brat standoff: a `.txt` with its `.ann` (https://brat.nlplab.org/standoff.html).
 *
 * brat offsets count Unicode code points in the raw `.txt`; Copydesk offsets are UTF-16 indexes in
 * the canonical text, which drops CRs, blank lines and indentation. So every span goes raw code
 * points → raw UTF-16 (CodePointIndex) → canonical UTF-16 (canonicalOffsetMap).
 *
 * What is read: `T` text-bound annotations (types `Claim`, `Teaser`, `Note` — what our brat export
 * writes — become those kinds; any other type becomes an entity whose label is the type
 * upper-cased), `A`/`M` attributes `Status` on claims and `Reason`/`Candidate` on teasers, `#`
 * AnnotatorNotes (attrs.note; "Verdict: …" on a claim and "Canonical: …" on an entity, as our
 * export writes them, go back to the verdict and attrs.canonical) and `N` normalisations
 * (attrs.canonical). A span whose fragments are separated only by line breaks (as brat and our
 * export write a span that crosses lines) is one span; a truly discontinuous one is imported from its
 * first to its last fragment, with a warning. Relations, events and equivalences have no
 * place in Copydesk and are counted in a warning; so are lines that do not parse.
 */
import { randomUUID } from 'node:crypto';
import { CodePointIndex } from '../../../shared/codepoints';
import { plural } from '../../../shared/plural';
import {
  CLAIM_STATUSES,
  TEASER_REASONS,
  type AnnotationKind,
  type ClaimStatus,
  type ParsedImport,
  type TeaserReason,
} from '../../../shared/types';
import { canonicalOffsetMap, type CanonicalOffsetMap } from './canonical';
import { decodeText } from './decode';
import { baseName, type Companion } from './formats';
import { checkNotEmpty } from './guards';
import { BratLabels } from './brat-labels';
import { firstBlock, makeTitle } from './parsed';

type ImportedAnnotation = ParsedImport['annotations'][number];

/** Counts of what could not be imported, for the warnings. */
interface Tally {
  unreadable: number;
  discontinuous: number;
  mismatched: number;
  unsupported: number;
  ignoredAttributes: number;
}

const SPAN_LINE = /^(T\d+)\t(\S+) (\d+ \d+(?:;\d+ \d+)*)(?:\t(.*))?$/;
const ATTRIBUTE_LINE = /^[AM]\d+\t(\S+) (\S+)(?: (\S+))?\s*$/;
const NOTE_LINE = /^#\d+\tAnnotatorNotes (T\d+)\t(.*)$/;
const NORMALIZATION_LINE = /^N\d+\tReference (T\d+) \S+\t(.*)$/;
const UNSUPPORTED_LINE = /^(R\d+|E\d+|\*|#\d+|N\d+)\t/;

/** brat types that are our own kinds (lower-cased); any other type is an entity label. A Map: types are data ("constructor"). */
const KINDS: ReadonlyMap<string, AnnotationKind> = new Map([
  ['claim', 'claim'],
  ['teaser', 'teaser'],
  ['note', 'note'],
]);

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * True when the fragments follow each other with nothing but line breaks between them — how a span
 * that crosses lines is written by brat and by Copydesk's own export — so they are one span.
 */
function joinedByLineBreaks(raw: string, fragments: ReadonlyArray<[number, number]>): boolean {
  for (let i = 1; i < fragments.length; i++) {
    const gapStart = fragments[i - 1][1];
    const gapEnd = fragments[i][0];
    if (gapEnd < gapStart || !/^[\r\n]*$/.test(raw.slice(gapStart, gapEnd))) return false;
  }
  return true;
}

/** Reads one `T` line into an annotation, or counts why it could not be. */
function readSpan(
  match: RegExpExecArray,
  raw: string,
  points: CodePointIndex,
  map: CanonicalOffsetMap,
  tally: Tally,
  labels: BratLabels,
): ImportedAnnotation | null {
  const [, , type, spanList, quoted] = match;
  const fragments = spanList.split(';').map((f) => f.split(' ').map(Number) as [number, number]);
  let utf16: Array<[number, number]>;
  try {
    utf16 = fragments.map(([s, e]) => [points.toUtf16(s), points.toUtf16(e)]);
  } catch {
    tally.mismatched++; // offsets beyond the end of the .txt
    return null;
  }
  if (utf16.some(([s, e]) => s > e)) {
    tally.unreadable++;
    return null;
  }
  if (quoted !== undefined) {
    const actual = utf16.map(([s, e]) => raw.slice(s, e)).join(' ');
    if (collapse(actual) !== collapse(quoted)) {
      tally.mismatched++;
      return null;
    }
  }
  if (!joinedByLineBreaks(raw, utf16)) tally.discontinuous++;
  const range = map.mapRange(Math.min(...utf16.map((f) => f[0])), Math.max(...utf16.map((f) => f[1])));
  if (!range) {
    tally.mismatched++;
    return null;
  }
  const kind = KINDS.get(type.toLowerCase()) ?? 'entity';
  return {
    id: randomUUID(),
    kind,
    label: kind === 'entity' ? labels.labelFor(type) : null,
    start: range.start,
    end: range.end,
    attrs: {},
    origin: 'imported',
  };
}

/**
 * Applies one AnnotatorNotes text. Our brat export writes a claim's verdict as "Verdict: …" and an
 * entity's canonical name as "Canonical: …"; any other note becomes attrs.note (several are joined
 * by line breaks).
 */
function readNote(annotation: ImportedAnnotation, note: string, setVerdict: (verdict: string) => void): void {
  const verdict = /^Verdict: (.*)$/.exec(note);
  const canonical = /^Canonical: (.*)$/.exec(note);
  if (annotation.kind === 'claim' && verdict) setVerdict(verdict[1].trim());
  else if (annotation.kind === 'entity' && canonical) annotation.attrs.canonical = canonical[1].trim();
  else annotation.attrs.note = annotation.attrs.note ? `${annotation.attrs.note}\n${note}` : note;
}

/** Warnings for everything that was skipped or changed. */
function tallyWarnings(annName: string, tally: Tally): string[] {
  const out: string[] = [];
  if (tally.discontinuous) {
    out.push(`${plural(tally.discontinuous, 'discontinuous annotation was', 'discontinuous annotations were')} imported as one span from its first to its last fragment.`);
  }
  if (tally.mismatched) {
    out.push(`${plural(tally.mismatched, 'annotation in', 'annotations in')} “${annName}” did not match the text and ${tally.mismatched === 1 ? 'was' : 'were'} skipped.`);
  }
  if (tally.unreadable) {
    out.push(`${plural(tally.unreadable, 'line of', 'lines of')} “${annName}” could not be read and ${tally.unreadable === 1 ? 'was' : 'were'} skipped.`);
  }
  if (tally.unsupported) {
    out.push(`${plural(tally.unsupported, 'relation, event or equivalence was', 'relations, events or equivalences were')} not imported: Copydesk has no place for them.`);
  }
  if (tally.ignoredAttributes) {
    out.push(`${plural(tally.ignoredAttributes, 'attribute was', 'attributes were')} not imported: Copydesk has no place for ${tally.ignoredAttributes === 1 ? 'it' : 'them'}.`);
  }
  return out;
}

/**
 * Reads a brat `.txt` with its `.ann` companion. The text is the canonical text of the `.txt`;
 * spans are mapped onto it. Throws `bad_file` when the `.txt` is binary or empty.
 */
export function parseBrat(name: string, bytes: Uint8Array, ann: Companion): ParsedImport {
  const decoded = decodeText(name, bytes);
  // brat counts a byte-order mark as a character of the text.
  const raw = (decoded.hadBom ? '\uFEFF' : '') + decoded.text;
  const map = canonicalOffsetMap(raw);
  checkNotEmpty(name, map.text);
  const points = new CodePointIndex(raw);
  const annName = baseName(ann.name);
  const annDecoded = decodeText(ann.name, ann.bytes);

  const tally: Tally = { unreadable: 0, discontinuous: 0, mismatched: 0, unsupported: 0, ignoredAttributes: 0 };
  const labels = new BratLabels();
  const byBratId = new Map<string, ImportedAnnotation>();
  const statuses = new Map<string, ClaimStatus>();
  const verdicts = new Map<string, string>();
  for (const line of annDecoded.text.split(/\r\n|\r|\n/)) {
    if (line.trim() === '') continue;
    let m: RegExpExecArray | null;
    if ((m = SPAN_LINE.exec(line))) {
      const annotation = readSpan(m, raw, points, map, tally, labels);
      if (annotation) byBratId.set(m[1], annotation);
    } else if ((m = ATTRIBUTE_LINE.exec(line))) {
      const [, attribute, target, value] = m;
      const annotation = byBratId.get(target);
      const key = attribute.toLowerCase();
      if (annotation?.kind === 'claim' && key === 'status' && (CLAIM_STATUSES as readonly string[]).includes(value)) {
        statuses.set(target, value as ClaimStatus);
      } else if (annotation?.kind === 'teaser' && key === 'reason' && (TEASER_REASONS as readonly string[]).includes(value)) {
        annotation.attrs.reason = value as TeaserReason;
      } else if (annotation?.kind === 'teaser' && key === 'candidate' && value === undefined) {
        annotation.attrs.candidate = true;
      } else {
        tally.ignoredAttributes++; // other attributes, or attributes of relations and events
      }
    } else if ((m = NOTE_LINE.exec(line))) {
      const target = m[1];
      const annotation = byBratId.get(target);
      if (annotation) readNote(annotation, m[2], (verdict) => verdicts.set(target, verdict));
    } else if ((m = NORMALIZATION_LINE.exec(line))) {
      const annotation = byBratId.get(m[1]);
      if (annotation && m[2].trim() !== '') annotation.attrs.canonical = m[2].trim();
    } else if (UNSUPPORTED_LINE.test(line)) {
      tally.unsupported++;
    } else {
      tally.unreadable++;
    }
  }

  const annotations = [...byBratId.values()];
  const claims = [...byBratId.entries()]
    .filter(([, a]) => a.kind === 'claim')
    .map(([bratId, a]) => ({
      annotationId: a.id as string,
      status: statuses.get(bratId) ?? ('unverified' as const),
      verdict: verdicts.get(bratId) ?? '',
      assignee: null,
      checklist: {},
    }));
  return {
    format: 'brat',
    title: makeTitle(firstBlock(map.text), name),
    text: map.text,
    language: null,
    warnings: [...decoded.warnings, ...annDecoded.warnings, ...tallyWarnings(annName, tally), ...labels.warnings(annName)],
    annotations,
    claims,
    sources: [],
    status: 'new',
  };
}
