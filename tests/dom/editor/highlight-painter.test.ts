import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HighlightPainter } from '../../../src/renderer/editor/highlight-painter';
import { createReviewEditor, type EditorAnnotation, type ReviewEditor } from '../../../src/renderer/editor/index';
import { SECTION_BLOCKS } from '../../../src/renderer/editor/schema';

// happy-dom has no CSS Custom Highlight API: give it a minimal one, as Chromium has.
class FakeHighlight extends Set<AbstractRange> {
  priority = 0;
}
/** The page's globals as this test swaps them. */
const globals = window as unknown as Record<'CSS' | 'Highlight', unknown>;

// Three sections (schema.ts groups SECTION_BLOCKS blocks in one), each opening with a sentence of its own.
const filler = (s: number) => Array.from({ length: SECTION_BLOCKS - 1 }, (_, i) => `Filler ${s}.${i}.`);
const TEXT = [
  'Harbin Electric grew 5.8% last year.',
  ...filler(0),
  'Second paragraph here.',
  ...filler(1),
  'Third one, with GDP.',
].join('\n');
const SECOND = TEXT.indexOf('Second');
const ann = (id: string, kind: EditorAnnotation['kind'], start: number, end: number, label: string | null = 'ORG'): EditorAnnotation => ({ id, kind, label: kind === 'entity' ? label : null, start, end });
const rangeText = (r: AbstractRange) => {
  const range = document.createRange();
  range.setStart(r.startContainer, r.startOffset);
  range.setEnd(r.endContainer, r.endOffset);
  return range.toString();
};

let editor: ReviewEditor | null = null;
let registry: Map<string, FakeHighlight>;

const original = { CSS: globals.CSS, Highlight: globals.Highlight };

beforeEach(() => {
  registry = new Map();
  globals.CSS = { highlights: registry };
  globals.Highlight = FakeHighlight;
});
afterEach(() => {
  editor?.destroy();
  editor = null;
  globals.CSS = original.CSS;
  globals.Highlight = original.Highlight;
  vi.restoreAllMocks();
});

function mount(annotations: EditorAnnotation[], editable = false): ReviewEditor {
  const div = document.createElement('div');
  document.body.appendChild(div);
  editor = createReviewEditor(div, { text: TEXT, annotations, labels: [], editable });
  return editor;
}

describe('painting with the CSS Custom Highlight API', () => {
  it('paints one range per annotation part in a highlight named for its style, without touching the DOM', () => {
    const ed = mount([ann('org', 'entity', 0, 15), ann('c', 'claim', 0, 25), ann('t', 'teaser', 21, SECOND + 6)]);
    expect(ed.view.dom.querySelectorAll('section')).toHaveLength(3);
    expect([...registry.get('cd-entity-ORG')!].map(rangeText)).toEqual(['Harbin Electric']);
    expect([...registry.get('cd-claim-unverified')!].map(rangeText)).toEqual(['Harbin Electric grew 5.8%']);
    // A teaser over two sections paints one range in each, the first over every line it covers there.
    expect([...registry.get('cd-teaser')!].map(rangeText)).toEqual([TEXT.slice(21, SECOND - 1), 'Second']);
    expect(registry.get('cd-entity-ORG')!.priority).toBeGreaterThan(registry.get('cd-teaser')!.priority);
    expect(ed.view.dom.querySelector('.cd-hl')).toBeNull();
  });

  it('repaints only the section an added annotation touches', () => {
    const ed = mount([ann('org', 'entity', 0, 15)]);
    const paint = vi.spyOn(HighlightPainter.prototype, 'paintSection');
    const gdp = TEXT.indexOf('GDP');
    ed.addAnnotations([ann('gdp', 'entity', gdp, gdp + 3)]);
    expect(paint).toHaveBeenCalledTimes(1);
    expect(paint.mock.calls[0][0]).toBe(ed.view.dom.children[2]);
    expect([...registry.get('cd-entity-ORG')!].map(rangeText).sort()).toEqual(['GDP', 'Harbin Electric']);
    ed.removeAnnotations(['gdp']);
    expect([...registry.get('cd-entity-ORG')!].map(rangeText)).toEqual(['Harbin Electric']);
  });

  it('repaints only the edited section when typing, and the highlight follows the text', () => {
    const ed = mount([ann('org', 'entity', 0, 15), ann('gdp', 'entity', TEXT.indexOf('GDP'), TEXT.indexOf('GDP') + 3)], true);
    const paint = vi.spyOn(HighlightPainter.prototype, 'paintSection');
    ed.view.dispatch(ed.view.state.tr.insertText('The ', 1)); // before "Harbin", in the first section
    expect(paint).toHaveBeenCalledTimes(1);
    expect(paint.mock.calls[0][0]).toBe(ed.view.dom.children[0]);
    expect([...registry.get('cd-entity-ORG')!].map(rangeText).sort()).toEqual(['GDP', 'Harbin Electric']);
  });

  it('repaints a section whose DOM ProseMirror redrew (selection outline) and removes everything on destroy', () => {
    const ed = mount([ann('org', 'entity', 0, 15)]);
    ed.selectAnnotation('org');
    expect([...registry.get('cd-entity-ORG')!].map(rangeText)).toEqual(['Harbin Electric']);
    for (const r of registry.get('cd-entity-ORG')!) expect(r.startContainer.isConnected).toBe(true);
    ed.destroy();
    editor = null;
    expect(registry.size).toBe(0);
  });
});
