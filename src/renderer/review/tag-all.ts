/**
 * "Tag all occurrences", the part before anything is saved: which occurrences of a text would be
 * tagged, each with a little of the text around it, so the editor can see them and untick some
 * (TagAllPreview). An occurrence that overlaps an entity already there is not offered: "Harbin"
 * inside the ORG "Harbin Bearing" or "Jilin" inside "Jilin Chemical Fiber Group" is part of a
 * longer name, not a place of its own.
 */
import type { Annotation } from '../../shared/types';
import type { Span } from './actions';
import { untaggedOccurrences } from './ranges';

/** What the editor asked to tag everywhere. */
export interface TagAllRequest {
  label: string;
  /** The text whose occurrences are tagged. */
  needle: string;
  canonical?: string;
  /** The occurrence the request started from (the selection), selected after tagging. */
  focus?: Span;
}

/** One occurrence that would be tagged, with the text on either side of it. */
export interface Occurrence extends Span {
  before: string;
  after: string;
}

/** Characters of context shown on each side of an occurrence. */
const CONTEXT = 40;

/** Every untagged whole-word occurrence of `needle` in `text`, with its context, in text order. */
export function findOccurrences(text: string, needle: string, annotations: Iterable<Annotation>): Occurrence[] {
  const entities: Annotation[] = [];
  for (const a of annotations) if (a.kind === 'entity' && !a.orphaned) entities.push(a);
  return untaggedOccurrences(text, needle.trim(), entities).map((span) => ({
    ...span,
    before: contextBefore(text, span.start),
    after: contextAfter(text, span.end),
  }));
}

/** Up to CONTEXT characters before `at`, on the same line, cut at a word and marked with "…". */
function contextBefore(text: string, at: number): string {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const from = Math.max(lineStart, at - CONTEXT);
  let piece = text.slice(from, at);
  if (from > lineStart) piece = `…${piece.replace(/^\S*\s/, '')}`;
  return piece;
}

/** Up to CONTEXT characters after `at`, on the same line, cut at a word and marked with "…". */
function contextAfter(text: string, at: number): string {
  const newline = text.indexOf('\n', at);
  const lineEnd = newline === -1 ? text.length : newline;
  const to = Math.min(lineEnd, at + CONTEXT);
  let piece = text.slice(at, to);
  if (to < lineEnd) piece = `${piece.replace(/\s\S*$/, '')}…`;
  return piece;
}
