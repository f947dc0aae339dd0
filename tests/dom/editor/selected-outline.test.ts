/**
 * The selected annotation's outline is an overlay beside the text (selected-outline.ts): boxes over
 * the annotation's lines, placed from the text's client rectangles (a fake monospace layout here),
 * moved in the next frame when the selection or the text changes — and selecting never re-renders the text.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createReviewEditor, type EditorAnnotation, type ReviewEditor } from '../../../src/renderer/editor/index';
import { DEFAULT_LABELS } from '../../../src/shared/types';
import { installFakeLayout, lineBoxes, nextFrame, placeElement } from './fake-layout';

const TEXT = 'Harbin Electric grew 5.8% last year.\nRelated: More news | Economy\nThe end of the story, which runs on.';
const at = (needle: string) => ({ start: TEXT.indexOf(needle), end: TEXT.indexOf(needle) + needle.length });
const ann = (id: string, kind: EditorAnnotation['kind'], needle: string, extra: Partial<EditorAnnotation> = {}): EditorAnnotation => ({
  id,
  kind,
  label: kind === 'entity' ? 'ORG' : null,
  ...at(needle),
  ...extra,
});
/** Where the mount is on the page: the boxes are placed relative to it. */
const MOUNT = { left: 12, top: 7 };

let editor: ReviewEditor | null = null;
let mountEl: HTMLElement;
function mount(annotations: EditorAnnotation[]): ReviewEditor {
  mountEl = document.createElement('div');
  document.body.appendChild(mountEl);
  placeElement(mountEl, MOUNT.left, MOUNT.top);
  installFakeLayout(() => editor!.view);
  editor = createReviewEditor(mountEl, { text: TEXT, annotations, labels: DEFAULT_LABELS.map((l, i) => ({ ...l, id: `l${i}`, kind: 'entity' as const, position: i })) });
  return editor;
}

/** The outline's boxes as drawn: [id, left, top, width, height]. */
function drawn(): Array<[string | null, number, number, number, number]> {
  return Array.from(mountEl.querySelectorAll<HTMLElement>('.cd-outline .cd-selected')).map((el) => [
    el.getAttribute('data-annotation-id'),
    parseFloat(el.style.left),
    parseFloat(el.style.top),
    parseFloat(el.style.width),
    parseFloat(el.style.height),
  ]);
}
/** Where the fake layout puts `needle`, one box per line, relative to the mount. */
function expected(id: string, needle: string) {
  const { start, end } = at(needle);
  return lineBoxes(TEXT, start, end).map((b) => [id, b.left - MOUNT.left, b.top - MOUNT.top, b.width, b.height]);
}

afterEach(() => {
  editor?.destroy();
  editor = null;
  document.body.innerHTML = '';
  vi.restoreAllMocks();
});

describe('the selected annotation’s outline', () => {
  it('is drawn over the annotation’s text, in a layer beside the editor hidden from screen readers', async () => {
    const ed = mount([ann('org', 'entity', 'Harbin Electric'), ann('pct', 'entity', '5.8%')]);
    expect(drawn()).toEqual([]);
    ed.selectAnnotation('org');
    await nextFrame();
    expect(drawn()).toEqual(expected('org', 'Harbin Electric'));
    const layer = mountEl.querySelector('.cd-outline')!;
    expect(layer.getAttribute('aria-hidden')).toBe('true');
    expect(ed.view.dom.contains(layer)).toBe(false);
  });

  it('moves to the next selected annotation and goes away when none is selected', async () => {
    const ed = mount([ann('org', 'entity', 'Harbin Electric'), ann('teaser', 'teaser', 'Related: More news')]);
    ed.selectAnnotation('org');
    await nextFrame();
    ed.selectAnnotation('teaser');
    await nextFrame();
    expect(drawn()).toEqual(expected('teaser', 'Related: More news'));
    ed.selectAnnotation(null);
    await nextFrame();
    expect(drawn()).toEqual([]);
  });

  it('draws one box per line of an annotation that spans lines', async () => {
    const ed = mount([ann('claim', 'claim', 'last year.\nRelated: More')]);
    ed.selectAnnotation('claim');
    await nextFrame();
    expect(drawn()).toEqual(expected('claim', 'last year.\nRelated: More'));
    expect(drawn()).toHaveLength(2);
  });

  it('follows the text when an edit before the annotation moves it', async () => {
    const ed = mount([ann('end', 'teaser', 'The end')]);
    ed.setEditable(true);
    ed.selectAnnotation('end');
    await nextFrame();
    const [[id, left, top, width, height]] = drawn();
    // "Jilin " typed right before it (one section: position = offset + 1) moves it six characters right.
    ed.view.dispatch(ed.view.state.tr.insertText('Jilin ', TEXT.indexOf('The end') + 1));
    await nextFrame();
    expect(drawn()).toEqual([[id, left + 6 * 8, top, width, height]]);
  });

  it('is not drawn over text that clean view hides', async () => {
    const ed = mount([ann('teaser', 'teaser', 'Related: More news | Economy')]);
    ed.selectAnnotation('teaser');
    await nextFrame();
    expect(drawn()).toHaveLength(1);
    // Hidden text has no box in a real layout; the fake one has none once the text is display: none.
    vi.spyOn(Range.prototype, 'getClientRects').mockReturnValue([] as unknown as DOMRectList);
    ed.setCleanView(true);
    await nextFrame();
    expect(drawn()).toEqual([]);
  });

  it('does not re-render the text: selecting leaves every section’s DOM and highlights as they were', async () => {
    const ed = mount([ann('org', 'entity', 'Harbin Electric'), ann('pct', 'entity', '5.8%')]);
    const section = ed.view.dom.firstElementChild!;
    const html = section.innerHTML;
    const nodes = Array.from(section.childNodes);
    ed.selectAnnotation('pct');
    ed.selectAnnotation('org');
    await nextFrame();
    expect(section.innerHTML).toBe(html);
    expect(Array.from(section.childNodes)).toEqual(nodes);
    expect(ed.view.dom.querySelector('.cd-selected')).toBeNull();
  });

  it('measures the text in the next frame, once, however often the selection moved before it', async () => {
    const ed = mount([ann('org', 'entity', 'Harbin Electric'), ann('pct', 'entity', '5.8%'), ann('end', 'teaser', 'The end')]);
    await nextFrame();
    const measure = vi.mocked(Range.prototype.getClientRects);
    measure.mockClear();
    ed.selectAnnotation('pct');
    ed.selectAnnotation('end');
    ed.selectAnnotation('org');
    expect(measure).not.toHaveBeenCalled();
    await nextFrame();
    expect(measure).toHaveBeenCalledTimes(1);
    expect(drawn()).toEqual(expected('org', 'Harbin Electric'));
  });

  it('marks a selected orphan’s marker instead, there being no text to outline', async () => {
    const ed = mount([ann('gone', 'entity', 'Economy', { start: 20, end: 20, orphaned: true })]);
    ed.selectAnnotation('gone');
    await nextFrame();
    expect(ed.view.dom.querySelector('.cd-orphan.cd-selected[data-annotation-id="gone"]')).not.toBeNull();
    expect(drawn()).toEqual([]);
  });
});
