/**
 * Names and colours of what the editor paints. Every highlight has one name (also used as the CSS
 * class of the fallback inline decorations), built here and nowhere else:
 *
 *   cd-entity-<LABEL>     background in the label's colour, dark text (rules made through CSSOM, below);
 *                         `-n1` for an entity overlapping an earlier one, painted above it
 *   cd-claim-<status>     text coloured by verification status, no fill (editor.css)
 *   cd-teaser, cd-teaser-candidate   greyed text (editor.css)
 *   cd-suggested-entity-<LABEL>   a pending entity: no fill, text and dashed underline in a dark shade of
 *                         its label's colour (rules made through CSSOM, below)
 *   cd-suggested-claim    a pending claim: no fill, violet text, no line (editor.css)
 *   cd-note               blue text on a light tint (editor.css)
 *
 * The app's CSP forbids inline style attributes, so label colours are rules in a constructed
 * stylesheet adopted by the document (`document.adoptedStyleSheets`).
 */
import type { AnnotationKind, ClaimStatus, Label } from '../../shared/types';
import { CLAIM_STATUSES } from '../../shared/types';

/** CSS class names the editor puts on DOM it creates, in one place. */
export const CLASSES = {
  editor: 'cd-editor',
  readOnly: 'cd-readonly',
  /** A box of the selected annotation's outline (selected-outline.ts), or the selected orphan's marker. */
  selected: 'cd-selected',
  /** The layer beside the editor holding the outline's boxes. */
  outlineLayer: 'cd-outline',
  orphan: 'cd-orphan',
  hiddenBlock: 'cd-hidden-block',
  hiddenText: 'cd-hidden',
  fallback: 'cd-hl',
} as const;

/** Paint order when highlights overlap: a higher number paints over a lower one. */
export const HIGHLIGHT_PRIORITY: Record<AnnotationKind, number> = { teaser: 1, note: 2, claim: 3, entity: 4 };

/**
 * Turns a label name into a string usable in a CSS identifier and a highlight name: ASCII letters,
 * digits and "-" are kept, every other character becomes `_<hex code point>_`, so distinct names
 * stay distinct ("ORG UNIT" → "ORG_20_UNIT").
 */
export function sanitizeIdent(name: string): string {
  if (typeof name !== 'string' || name === '') throw new RangeError('A label name must be a non-empty string');
  let out = '';
  for (const ch of name) out += /[A-Za-z0-9-]/.test(ch) ? ch : `_${ch.codePointAt(0)!.toString(16)}_`;
  return out;
}

/**
 * How many levels of overlapping entities get their own highlight (painted one above the other, so
 * an inner or later span keeps its own colour instead of blending into the outer one's); deeper
 * ones share the top level. Two, not three: each highlight name is one more layer Chromium paints,
 * and a third level cost ≈ 0.4 ms more paint per added annotation and ≈ 7% more scrolling work at
 * 50,000 annotations (bench/), for overlaps three deep that are rare in news text.
 */
export const NESTING_LEVELS = 2;

/** The dark text colour on entity fills (the editor's text colour). */
const ENTITY_TEXT = '#212529';

/** What decides how one annotation looks. */
export interface StyleInput {
  kind: AnnotationKind;
  label: string | null;
  status?: ClaimStatus;
  /** A pending suggestion (`attrs.pending`, or an older teaser candidate): drawn apart from accepted annotations. */
  candidate?: boolean;
}

/**
 * The highlight (and fallback class) name for an annotation. `depth` (entities only) is how many
 * entities it overlaps that start before it (or, at the same start, are longer): 0 for most.
 */
export function highlightName(a: StyleInput, depth = 0): string {
  switch (a.kind) {
    case 'entity': {
      if (a.candidate) return `cd-suggested-entity-${sanitizeIdent(a.label ?? 'UNLABELLED')}`;
      const level = Math.min(depth, NESTING_LEVELS - 1);
      return `cd-entity-${sanitizeIdent(a.label ?? 'UNLABELLED')}${level > 0 ? `-n${level}` : ''}`;
    }
    case 'claim': {
      if (a.candidate) return 'cd-suggested-claim';
      const status = a.status ?? 'unverified';
      if (!CLAIM_STATUSES.includes(status)) throw new RangeError(`Unknown claim status "${String(status)}"`);
      return `cd-claim-${status}`;
    }
    case 'teaser':
      return a.candidate ? 'cd-teaser-candidate' : 'cd-teaser';
    case 'note':
      return 'cd-note';
    default:
      throw new RangeError(`Unknown annotation kind "${String((a as StyleInput).kind)}"`);
  }
}

const NEUTRAL = '#868e96';

/** "#rrggbb" → "rgba(r, g, b, alpha)". Throws a RangeError on anything else. */
export function hexToRgba(hex: string, alpha: number): string {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) throw new RangeError(`Colour "${hex}" is not of the form #rrggbb`);
  return `rgba(${parseInt(m[1], 16)}, ${parseInt(m[2], 16)}, ${parseInt(m[3], 16)}, ${alpha})`;
}

/** WCAG relative luminance of an sRGB colour given as 0–255 channels. */
function luminance(r: number, g: number, b: number): number {
  const lin = (v: number) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** The red, green and blue of a "#rrggbb" colour; a RangeError for any other form. */
function rgbOf(hex: string): [number, number, number] {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) throw new RangeError(`Colour "${hex}" is not of the form #rrggbb`);
  return [parseInt(m[1], 16), parseInt(m[2], 16), parseInt(m[3], 16)];
}

/**
 * The opacity at which `hex`, over the white page, leaves the dark text readable: the strongest of
 * 1, 0.95, … 0.2 whose mix has a luminance of at least 0.43, i.e. a contrast of 7:1 (WCAG AAA) with
 * the text. Light colours (the default palette) are painted nearly solid, so overlapping spans do
 * not blend into one; a saturated colour from Settings is toned down until the text reads on it.
 */
export function readableAlpha(hex: string): number {
  const [r, g, b] = rgbOf(hex);
  for (let step = 20; step >= 4; step--) {
    const a = step / 20;
    const mix = (c: number) => a * c + (1 - a) * 255;
    if (luminance(mix(r), mix(g), mix(b)) >= 0.43) return a;
  }
  return 0.2;
}

/**
 * `hex` darkened (mixed with black, in steps of 5%) until it reads as text on the white page: a
 * contrast of at least 4.5:1 (WCAG AA). The default palette's light label colours become their dark
 * shades (PLACE #44bb99 → a dark teal), so a pending entity still shows its label's hue.
 */
export function readableInk(hex: string): string {
  const [r, g, b] = rgbOf(hex);
  for (let step = 20; step >= 0; step--) {
    const k = step / 20;
    const [dr, dg, db] = [r, g, b].map((c) => Math.round(c * k));
    if (1.05 / (luminance(dr, dg, db) + 0.05) >= 4.5) return `#${[dr, dg, db].map((c) => c.toString(16).padStart(2, '0')).join('')}`;
  }
  return '#000000';
}

/**
 * The CSS rules that colour one entity label, for both painters: the accepted entity at every
 * nesting level (a fill), and the pending suggestion of that label (issue 8: drawn apart from
 * accepted annotations, without fill). A pending entity's text and dashed underline take its
 * label's dark shade, so one inside a pending claim (violet text, no line) reads as another thing.
 * A dashed underline is visual overflow (see editor.css at claims) but only pending entities get it.
 */
export function labelRules(name: string, color: string): string[] {
  const ident = sanitizeIdent(name);
  const base = `cd-entity-${ident}`;
  const background = hexToRgba(color, readableAlpha(color));
  const rules: string[] = [];
  for (let level = 0; level < NESTING_LEVELS; level++) {
    const nested = level === 0 ? base : `${base}-n${level}`;
    const style = `{ background-color: ${background}; color: ${ENTITY_TEXT}; }`;
    // On the editor root only; the text inherits it (see editor.css on why not `::highlight` alone).
    rules.push(`.${CLASSES.editor}::highlight(${nested}) ${style}`, `.${CLASSES.editor} .${nested} ${style}`);
  }
  const ink = readableInk(color);
  const pending = `cd-suggested-entity-${ident}`;
  rules.push(
    `.${CLASSES.editor}::highlight(${pending}) { color: ${ink}; text-decoration: underline dashed ${ink} 2px; }`,
    // The fallback painter's inline spans can carry an outline, which costs nothing there.
    `.${CLASSES.editor} .${pending} { color: ${ink}; outline: 1px dashed ${ink}; outline-offset: 1px; }`,
  );
  return rules;
}

/** One editor's label colour sheet, adopted by its document while the editor lives. */
export class LabelStyles {
  private readonly sheet: CSSStyleSheet | null;
  private colors = new Map<string, string>();

  constructor(private readonly doc: Document) {
    const win = doc.defaultView as (Window & typeof globalThis) | null;
    const Sheet = win?.CSSStyleSheet;
    let sheet: CSSStyleSheet | null = null;
    try {
      if (Sheet && Array.isArray(doc.adoptedStyleSheets)) {
        sheet = new Sheet();
        doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
      }
    } catch {
      sheet = null; // no constructable stylesheets: colours stay neutral (tests)
    }
    this.sheet = sheet;
  }

  /** Replaces the label colours. Throws a RangeError on a bad colour or an empty name. */
  set(labels: ReadonlyArray<Pick<Label, 'name' | 'color'>>): void {
    const colors = new Map<string, string>();
    for (const label of labels) {
      hexToRgba(label.color, 1);
      sanitizeIdent(label.name);
      colors.set(label.name, label.color);
    }
    this.colors = colors;
    this.write();
  }

  /** Gives labels without a colour a neutral one (an annotation may carry a label deleted meanwhile). */
  ensure(names: Iterable<string>): void {
    let added = false;
    for (const name of names) {
      if (!this.colors.has(name)) {
        this.colors.set(name, NEUTRAL);
        added = true;
      }
    }
    if (added) this.write();
  }

  /** A label's colour ("#rrggbb"), or undefined for a label it does not know. */
  colorOf(name: string): string | undefined {
    return this.colors.get(name);
  }

  /** The rules currently in force (for tests and debugging). */
  get cssText(): string {
    return [...this.colors].flatMap(([name, color]) => labelRules(name, color)).join('\n');
  }

  /** Un-adopts the sheet. */
  destroy(): void {
    if (this.sheet) this.doc.adoptedStyleSheets = this.doc.adoptedStyleSheets.filter((s) => s !== this.sheet);
  }

  private write(): void {
    if (!this.sheet) return;
    try {
      this.sheet.replaceSync(this.cssText);
    } catch {
      // ::highlight() unknown to this CSS engine: keep the class rules only
      this.sheet.replaceSync([...this.colors].flatMap(([n, c]) => labelRules(n, c).filter((r) => !r.includes('::highlight'))).join('\n'));
    }
  }
}
