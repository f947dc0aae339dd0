/**
 * A suggested entity inside a suggested claim (issue 8, walk-through): both are drawn without fill,
 * apart from accepted annotations, but no longer as two near-identical violet marks — the entity
 * takes its label's hue with a dashed line, the claim stays violet with another line (or none).
 */
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createReviewEditor, type EditorAnnotation, type ReviewEditor } from '../../../src/renderer/editor/index';
import { labelRules } from '../../../src/renderer/editor/styles';

const TEXT = 'Harbin Electric grew 5.8% last year, the ministry said.';
const at = (needle: string) => ({ start: TEXT.indexOf(needle), end: TEXT.indexOf(needle) + needle.length });
const LABELS = [
  { name: 'PLACE', color: '#44bb99' },
  { name: 'ORG', color: '#77aadd' },
];

/** The editor's stylesheet as shipped, read through Node as readable-labels.test.ts does (Vitest empties CSS imports). */
let EDITOR_CSS = '';
beforeAll(async () => {
  const fs = await vi.importActual<{ readFileSync(path: string, encoding: 'utf8'): string }>('node:fs');
  const cwd = (globalThis as unknown as { process: { cwd(): string } }).process.cwd();
  EDITOR_CSS = fs.readFileSync(`${cwd}/src/renderer/editor/editor.css`, 'utf8');
});

/** The declarations of the first rule whose selector is exactly `selector`, as a property → value map. */
function declarations(css: string, selector: string): Record<string, string> {
  const escaped = selector.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const m = new RegExp(`(?:^|[}\\n])\\s*${escaped}\\s*\\{([^}]*)\\}`).exec(css);
  if (!m) throw new Error(`no rule for ${selector}`);
  return Object.fromEntries(
    m[1]
      .split(';')
      .map((d) => d.trim())
      .filter(Boolean)
      .map((d) => [d.slice(0, d.indexOf(':')).trim(), d.slice(d.indexOf(':') + 1).trim()]),
  );
}

let editor: ReviewEditor | null = null;
afterEach(() => {
  editor?.destroy();
  editor = null;
  document.body.innerHTML = '';
});

describe('a pending entity inside a pending claim', () => {
  it('gets its own label’s mark, not the claim’s, and the two look different', () => {
    const div = document.createElement('div');
    document.body.appendChild(div);
    const claim: EditorAnnotation = { id: 'c', kind: 'claim', label: null, ...at('Harbin Electric grew 5.8% last year'), attrs: { pending: true } };
    const entity: EditorAnnotation = { id: 'e', kind: 'entity', label: 'PLACE', ...at('Harbin'), attrs: { pending: true } };
    // happy-dom has no CSS Custom Highlight API: the editor paints with its inline fallback, whose
    // classes are the highlight names Chromium paints with.
    editor = createReviewEditor(div, { text: TEXT, annotations: [claim, entity], labels: LABELS, editable: false });
    const named = div.querySelectorAll<HTMLElement>('.cd-suggested-entity-PLACE');
    const claimed = div.querySelectorAll<HTMLElement>('.cd-suggested-claim');
    expect(Array.from(named, (e) => e.textContent).join('')).toBe('Harbin');
    expect(Array.from(claimed, (e) => e.textContent).join('')).toBe('Harbin Electric grew 5.8% last year');
    // Where both lie, the entity's look wins: its rules come later (an adopted sheet), as in Chromium
    // the entity's highlight paints over the claim's (HIGHLIGHT_PRIORITY).

    const claimLook = declarations(EDITOR_CSS, '.cd-editor::highlight(cd-suggested-claim)');
    const entityLook = declarations(labelRules('PLACE', '#44bb99').join('\n'), '.cd-editor::highlight(cd-suggested-entity-PLACE)');
    // No fill for either (pending, unlike an accepted entity's fill).
    expect(claimLook['background-color']).toBeUndefined();
    expect(entityLook['background-color']).toBeUndefined();
    // Different text colours, and the entity's is a dark shade of its label's green, not a violet.
    expect(entityLook.color).not.toBe(claimLook.color);
    const [r, g, b] = [1, 3, 5].map((i) => parseInt(entityLook.color.slice(i, i + 2), 16));
    expect(g).toBeGreaterThan(r);
    expect(g).toBeGreaterThan(b);
    // A dashed line marks the entity; the claim carries none (or another style).
    expect(entityLook['text-decoration']).toMatch(/underline dashed/);
    expect(claimLook['text-decoration'] ?? '').not.toMatch(/dashed/);
  });

  it('a pending entity of another label gets another colour, and an accepted one keeps its fill', () => {
    const place = declarations(labelRules('PLACE', '#44bb99').join('\n'), '.cd-editor::highlight(cd-suggested-entity-PLACE)');
    const org = declarations(labelRules('ORG', '#77aadd').join('\n'), '.cd-editor::highlight(cd-suggested-entity-ORG)');
    expect(org.color).not.toBe(place.color);
    const accepted = declarations(labelRules('PLACE', '#44bb99').join('\n'), '.cd-editor::highlight(cd-entity-PLACE)');
    expect(accepted['background-color']).toMatch(/^rgba\(68, 187, 153/);
    expect(accepted['text-decoration']).toBeUndefined();
  });

  it('the fallback painter outlines them in different styles too', () => {
    const claim = declarations(EDITOR_CSS, '.cd-editor .cd-suggested-claim');
    const entity = declarations(labelRules('PLACE', '#44bb99').join('\n'), '.cd-editor .cd-suggested-entity-PLACE');
    expect(entity.outline).toMatch(/dashed/);
    expect(claim.outline).not.toMatch(/dashed/);
    expect(claim['outline-offset']).not.toBe(entity['outline-offset']);
  });
});
