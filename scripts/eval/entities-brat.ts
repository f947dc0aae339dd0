/**
 * Reads brat standoff pairs (`.txt` + `.ann`) into gold entity spans for the entity evaluation,
 * and scores suggested spans against them (exact span and label; and any overlap with the label).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface GoldSpan {
  start: number;
  end: number;
  /** Copydesk's label, or null for a type we do not suggest (CoNLL's MISC). */
  label: string | null;
}

export interface BratDocument {
  name: string;
  text: string;
  gold: GoldSpan[];
}

/** brat counts code points; Copydesk counts UTF-16 units (DESIGN.md "Text, offsets and anchoring"). */
function utf16Offsets(text: string): number[] {
  const map: number[] = [];
  let unit = 0;
  for (const ch of text) {
    map.push(unit);
    unit += ch.length;
  }
  map.push(unit);
  return map;
}

export function loadBrat(dir: string, labelOf: (type: string) => string | null | undefined): BratDocument[] {
  const docs: BratDocument[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.ann')).sort()) {
    const text = readFileSync(join(dir, file.replace(/\.ann$/, '.txt')), 'utf8');
    const offsets = utf16Offsets(text);
    const gold: GoldSpan[] = [];
    for (const line of readFileSync(join(dir, file), 'utf8').split('\n')) {
      const m = /^T\d+\t(\S+) (\d+) (\d+)(?:;\d+ \d+)*\t/.exec(line);
      if (!m) continue;
      const label = labelOf(m[1]);
      // undefined: not an entity at all (events, triggers); null: an entity type we do not suggest.
      if (label === undefined) continue;
      gold.push({ start: offsets[Number(m[2])], end: offsets[Number(m[3])], label });
    }
    docs.push({ name: file.replace(/\.ann$/, ''), text, gold });
  }
  return docs;
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export const noCounts = (): Counts => ({ tp: 0, fp: 0, fn: 0 });

export interface Predicted {
  start: number;
  end: number;
  label: string;
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

/**
 * Adds one document's counts per label. Predictions that overlap a gold span of a type we do not
 * suggest (MISC) are neither right nor wrong and are left out.
 */
export function score(gold: GoldSpan[], predicted: Predicted[], labels: Set<string>, byLabel: Map<string, Counts>, partial = false): void {
  const scored = gold.filter((g) => g.label && labels.has(g.label));
  const unscoredGold = gold.filter((g) => !g.label);
  const used = new Set<number>();
  const counts = (label: string) => {
    if (!byLabel.has(label)) byLabel.set(label, noCounts());
    return byLabel.get(label)!;
  };
  for (const p of predicted) {
    if (!labels.has(p.label)) continue;
    const hit = scored.findIndex((g, k) => !used.has(k) && g.label === p.label && (partial ? overlaps(g, p) : g.start === p.start && g.end === p.end));
    if (hit >= 0) {
      used.add(hit);
      counts(p.label).tp++;
    } else if (!unscoredGold.some((g) => overlaps(g, p))) {
      counts(p.label).fp++;
    }
  }
  scored.forEach((g, k) => used.has(k) || counts(g.label!).fn++);
}

export function formatCounts(byLabel: Map<string, Counts>, labels: string[]): string[] {
  const row = (name: string, c: Counts) => {
    const p = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 0;
    const r = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 0;
    const f = p + r ? (2 * p * r) / (p + r) : 0;
    return `  ${name.padEnd(8)} P ${p.toFixed(3)}  R ${r.toFixed(3)}  F1 ${f.toFixed(3)}  (gold ${c.tp + c.fn}, suggested ${c.tp + c.fp})`;
  };
  const micro = noCounts();
  const lines: string[] = [];
  for (const label of labels) {
    const c = byLabel.get(label) ?? noCounts();
    micro.tp += c.tp;
    micro.fp += c.fp;
    micro.fn += c.fn;
    lines.push(row(label, c));
  }
  lines.push(row('micro', micro));
  return lines;
}
