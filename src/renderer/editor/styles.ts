/**
 * Names and colours of what the editor paints. Every highlight has one name (also used as the CSS
 * class of the fallback inline decorations), built here and nowhere else:
 *
 *   cd-entity-<LABEL>     background in the label's colour (rules made through CSSOM, below)
 *   cd-claim-<status>     text and tint coloured by verification status (editor.css)
 *   cd-teaser, cd-teaser-candidate   greyed text (editor.css)
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
  selected: 'cd-selected',
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

/** What decides how one annotation looks. */
export interface StyleInput {
  kind: AnnotationKind;
  label: string | null;
  status?: ClaimStatus;
  candidate?: boolean;
}

/** The highlight (and fallback class) name for an annotation. */
export function highlightName(a: StyleInput): string {
  switch (a.kind) {
    case 'entity':
      return `cd-entity-${sanitizeIdent(a.label ?? 'UNLABELLED')}`;
    case 'claim': {
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

/** The CSS rules that colour one entity label, for both painters. */
export function labelRules(name: string, color: string): string[] {
  const ident = `cd-entity-${sanitizeIdent(name)}`;
  const background = hexToRgba(color, 0.28);
  return [
    // On the editor root only; the text inherits it (see editor.css on why not `::highlight` alone).
    `.${CLASSES.editor}::highlight(${ident}) { background-color: ${background}; }`,
    `.${CLASSES.editor} .${ident} { background-color: ${background}; }`,
  ];
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
      this.sheet.replaceSync([...this.colors].map(([n, c]) => labelRules(n, c)[1]).join('\n'));
    }
  }
}
