/**
 * The peer: @recogito/text-annotator 4.1.1 with its default renderer (SPANS: absolutely positioned
 * spans for the annotations in the viewport, found through an R-tree of cached rectangles), the
 * W3C format adapter, and the text in the DOM as one <p> per canonical block.
 */
import { createTextAnnotator, W3CTextFormat, type Color, type TextAnnotator, type TextAnnotation, type W3CTextAnnotation } from '@recogito/text-annotator';
import '@recogito/text-annotator/text-annotator.css';
import { blockOf, install, type ActionsData, type DocData, type Impl } from './common';
import './bench.css';

const SOURCE_IRI = 'urn:copydesk:bench:moby-dick';

let anno: TextAnnotator<TextAnnotation, W3CTextAnnotation> | null = null;
let doc: DocData | null = null;
let paragraphs: HTMLParagraphElement[] = [];
const container = document.getElementById('doc') as HTMLDivElement;

/** Annotation ids per block, for the targeted refresh after a text edit (built before typing). */
let byBlock: Map<number, string[]> | null = null;
let caretBlock = -1;
let caretBlockHeight = 0;

function buildByBlock(): Map<number, string[]> {
  const map = new Map<number, string[]>();
  for (const a of anno!.state.store.all()) {
    const node = a.target.selector[0]?.range?.startContainer;
    const p = node ? (node.nodeType === Node.TEXT_NODE ? node.parentElement : (node as Element)) : null;
    const i = p ? paragraphIndex.get(p) : undefined;
    if (i === undefined) continue;
    const list = map.get(i);
    if (list) list.push(a.id);
    else map.set(i, [a.id]);
  }
  return map;
}
const paragraphIndex = new WeakMap<Element, number>();

const impl: Impl = {
  name: 'peer',
  method:
    '@recogito/text-annotator 4.1.1, default SPANS renderer, W3CTextFormat adapter; open = <p> per block + createTextAnnotator + setAnnotations(w3c); ' +
    'add = anno.addAnnotation(w3c); type = native key press in the contenteditable container, then on "input" store.bulkUpdateTargets() for the ' +
    "edited block's annotations (its cheapest correct refresh; store.recalculatePositions() + renderer.redraw() if the block's height changed)",
  open(d: DocData, annotations: unknown[]) {
    doc = d;
    const frag = document.createDocumentFragment();
    paragraphs = d.text.split('\n').map((line, i) => {
      const p = document.createElement('p');
      p.textContent = line;
      paragraphIndex.set(p, i);
      frag.appendChild(p);
      return p;
    });
    container.appendChild(frag);
    const colors = new Map(d.labels.map((l) => [l.name, l.color as Color]));
    anno = createTextAnnotator<TextAnnotation, W3CTextAnnotation>(container, {
      adapter: W3CTextFormat<TextAnnotation, W3CTextAnnotation>(SOURCE_IRI, container),
      style: (a) => ({ fill: colors.get(String(a.bodies[0]?.value)) ?? ('#868e96' as Color), fillOpacity: 0.3 }),
    });
    anno.setAnnotations(annotations as W3CTextAnnotation[]);
    Object.assign(window, { __anno: anno }); // for debugging from the console
  },
  painted() {
    return container.querySelector('.r6o-span-highlight-layer .r6o-annotation') !== null;
  },
  add(i: number, actions: ActionsData, idSuffix: string) {
    const a = actions.addsW3C[i] as W3CTextAnnotation;
    anno!.addAnnotation(idSuffix ? { ...a, id: a.id + idSuffix } : a);
  },
  rectAt(offset: number) {
    const b = blockOf(doc!.blockStarts, offset);
    const text = paragraphs[b]?.firstChild;
    if (!text) return paragraphs[b]?.getBoundingClientRect() ?? null;
    const r = document.createRange();
    const local = Math.min(offset - doc!.blockStarts[b], (text.textContent ?? '').length);
    r.setStart(text, local);
    r.setEnd(text, local);
    return r.getBoundingClientRect();
  },
  enterTypeMode() {
    anno!.setAnnotatingEnabled(false);
    container.contentEditable = 'plaintext-only';
    byBlock = buildByBlock();
    container.addEventListener('input', () => {
      const store = anno!.state.store;
      const p = paragraphs[caretBlock];
      if (p.offsetHeight !== caretBlockHeight) {
        caretBlockHeight = p.offsetHeight;
        store.recalculatePositions();
        anno!.renderer.redraw();
        return;
      }
      const targets = (byBlock!.get(caretBlock) ?? []).map((id) => store.getAnnotation(id)?.target).filter((t) => t !== undefined);
      if (targets.length > 0) store.bulkUpdateTargets(targets);
    });
  },
  placeCaret(offset: number) {
    const b = blockOf(doc!.blockStarts, offset);
    const p = paragraphs[b];
    const text = p.firstChild!;
    caretBlock = b;
    caretBlockHeight = p.offsetHeight;
    container.focus({ preventScroll: true });
    document.getSelection()!.collapse(text, Math.min(offset - doc!.blockStarts[b], (text.textContent ?? '').length));
  },
  root() {
    return container;
  },
};

install(impl);
