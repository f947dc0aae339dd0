/**
 * Labels readable on the text (issue 11, item 11): the default palette reads at AAA contrast and is
 * distinct from the selection and from teasers; overlapping entities are stacked on their own
 * highlights instead of blended; claims are drawn as status-coloured text with no fill, unlike
 * entities; candidate and confirmed teasers differ; every kind is named in words for the hover tip.
 */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { annotationWords } from '../../../src/renderer/editor/annotation-words';
import { getBlockIndex } from '../../../src/renderer/editor/block-index';
import { spansForSection } from '../../../src/renderer/editor/paint';
import { labelRules, readableAlpha } from '../../../src/renderer/editor/styles';
import { DEFAULT_LABELS } from '../../../src/shared/types';
import { add, item, stateOf } from './helpers';

const TEXT_COLOUR = [0x21, 0x25, 0x29];

/**
 * The editor's stylesheet as shipped. Read through Node: Vitest empties CSS imports (even ?raw), and
 * the web tsconfig these tests are checked with has no Node types, hence the loose typing.
 */
let CSS = '';
beforeAll(async () => {
  const fs = await vi.importActual<{ readFileSync(path: string, encoding: 'utf8'): string }>('node:fs');
  const cwd = (globalThis as unknown as { process: { cwd(): string } }).process.cwd();
  CSS = fs.readFileSync(`${cwd}/src/renderer/editor/editor.css`, 'utf8');
});

function channels(hex: string): number[] {
  return [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
}
function luminance([r, g, b]: number[]): number {
  const lin = (v: number) => (v / 255 <= 0.03928 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4);
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}
function contrast(a: number[], b: number[]): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}
/** The fill a label paints over the white page, from its CSS rule. */
function paintedFill(name: string, color: string): number[] {
  const m = /rgba\((\d+), (\d+), (\d+), ([\d.]+)\)/.exec(labelRules(name, color)[0])!;
  const a = Number(m[4]);
  return [m[1], m[2], m[3]].map((c) => Math.round(a * Number(c) + (1 - a) * 255));
}

describe('the default palette', () => {
  it('every label fill keeps the text at 7:1 or more, and no two fills (nor the selection) look alike', () => {
    const fills = DEFAULT_LABELS.map((l) => paintedFill(l.name, l.color));
    for (const fill of fills) expect(contrast(fill, TEXT_COLOUR)).toBeGreaterThanOrEqual(7);
    const selection = channels(/::selection \{\s*background: (#[0-9a-f]{6})/.exec(CSS)![1]);
    const others = [...fills, selection];
    for (let i = 0; i < others.length; i++) {
      for (let j = i + 1; j < others.length; j++) {
        const distance = Math.hypot(...others[i].map((c, k) => c - others[j][k]));
        expect(distance, `${i} vs ${j}`).toBeGreaterThan(40);
      }
    }
    // The selection is dark where every label is light: it can never pass for one.
    for (const fill of fills) expect(contrast(fill, selection)).toBeGreaterThan(4.5);
  });

  it('a saturated colour chosen in Settings is toned down until the text reads on it', () => {
    expect(readableAlpha('#1c7ed6')).toBeLessThan(1);
    expect(contrast(paintedFill('X', '#1c7ed6'), TEXT_COLOUR)).toBeGreaterThanOrEqual(7);
  });
});

describe('overlaps are stacked, not blended', () => {
  it('"Harbin" inside the ORG "Harbin Bearing" paints on a highlight of its own, one level up', () => {
    const text = 'Harbin Bearing and Harbin.';
    let state = stateOf(text);
    state = add(state, [item(state, 'org', 'entity', 0, 14, 'ORG'), item(state, 'place', 'entity', 0, 6, 'PLACE'), item(state, 'p2', 'entity', 19, 25, 'PLACE')]);
    const spans = spansForSection(state, getBlockIndex(state), 0);
    expect(spans.map((s) => [s.id, s.name, s.depth])).toEqual([
      ['org', 'cd-entity-ORG', 0],
      ['place', 'cd-entity-PLACE-n1', 1],
      ['p2', 'cd-entity-PLACE', 0],
    ]);
    // Each level has its own rule, with the label's fill and dark text.
    expect(labelRules('PLACE', '#44bb99').some((r) => r.includes('::highlight(cd-entity-PLACE-n1)') && r.includes('color: #212529'))).toBe(true);
  });
});

describe('claims, teasers and notes', () => {
  const rule = (name: string) => new RegExp(`::highlight\\(${name}\\) \\{([^}]*)\\}`).exec(CSS)![1];
  it('claims are status-coloured text with no fill (entities are fills), each status its own colour', () => {
    const statuses = ['unverified', 'in_progress', 'verified', 'false', 'misleading', 'unverifiable'];
    const colours = statuses.map((s) => {
      const body = rule(`cd-claim-${s}`);
      expect(body).not.toContain('background');
      const colour = /color: (#[0-9a-f]{6})/.exec(body)![1];
      expect(contrast(channels(colour), [255, 255, 255]), s).toBeGreaterThanOrEqual(4.5);
      return colour;
    });
    expect(new Set(colours).size).toBe(statuses.length);
  });

  it('a suggested teaser looks different from a confirmed one', () => {
    expect(rule('cd-teaser-candidate')).not.toBe(rule('cd-teaser'));
  });

  it('names each kind in words for the hover tip and the label tags', () => {
    expect(annotationWords({ kind: 'entity', label: 'ORG' })).toBe('ORG');
    expect(annotationWords({ kind: 'claim', label: null, status: 'misleading' })).toBe('Claim · Misleading');
    expect(annotationWords({ kind: 'teaser', label: null, candidate: true })).toBe('Suggested teaser');
    expect(annotationWords({ kind: 'teaser', label: null })).toBe('Teaser');
  });
});
