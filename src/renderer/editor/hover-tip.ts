/**
 * The hover tip: resting the pointer on annotated text shows what is there, innermost first
 * ("ORG", "Claim · Unverified", "Suggested teaser"), so a colour never has to be decoded. One
 * fixed-position element per editor, positioned through CSSOM (the CSP forbids style attributes);
 * the lookup runs at most once a frame, and never while a mouse button is down (a drag selects).
 * It goes away when the pointer leaves or moves off annotated text, on a click, a key or a scroll;
 * not on every editor transaction (the viewport tracker dispatches some while the pointer rests).
 */
import { Plugin } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';
import { annotationWords } from './annotation-words';
import { clickedAnnotations } from './interaction';

const OFFSET = 14;

/** The hover tip plugin. */
export function hoverTip(): Plugin {
  return new Plugin({ view: (view) => new HoverTip(view) });
}

class HoverTip {
  private readonly tip: HTMLDivElement;
  private frame = 0;
  private last: MouseEvent | null = null;

  constructor(private readonly view: EditorView) {
    const doc = view.dom.ownerDocument;
    this.tip = doc.createElement('div');
    this.tip.className = 'cd-tip';
    this.tip.setAttribute('role', 'tooltip');
    this.tip.hidden = true;
    doc.body.appendChild(this.tip);
    view.dom.addEventListener('mousemove', this.onMove);
    view.dom.addEventListener('mouseleave', this.hide);
    view.dom.addEventListener('mousedown', this.hide);
    doc.addEventListener('keydown', this.hide, true);
    doc.addEventListener('scroll', this.hide, true);
  }

  destroy(): void {
    const doc = this.view.dom.ownerDocument;
    this.view.dom.removeEventListener('mousemove', this.onMove);
    this.view.dom.removeEventListener('mouseleave', this.hide);
    this.view.dom.removeEventListener('mousedown', this.hide);
    doc.removeEventListener('keydown', this.hide, true);
    doc.removeEventListener('scroll', this.hide, true);
    if (this.frame) doc.defaultView?.cancelAnimationFrame(this.frame);
    this.tip.remove();
  }

  private readonly onMove = (event: MouseEvent): void => {
    if (event.buttons !== 0) return;
    this.last = event;
    const win = this.view.dom.ownerDocument.defaultView;
    if (!this.frame && win) this.frame = win.requestAnimationFrame(this.show);
  };

  private readonly show = (): void => {
    this.frame = 0;
    const event = this.last;
    if (!event) return;
    const at = this.view.posAtCoords({ left: event.clientX, top: event.clientY });
    const items = at ? clickedAnnotations(this.view, at.pos, event) : [];
    if (items.length === 0) {
      this.hide();
      return;
    }
    this.tip.textContent = items.map((item) => annotationWords(item.data)).join('\n');
    this.tip.hidden = false;
    const win = this.view.dom.ownerDocument.defaultView!;
    const { offsetWidth: width, offsetHeight: height } = this.tip;
    const left = Math.min(event.clientX + OFFSET, win.innerWidth - width - 4);
    const below = event.clientY + OFFSET;
    const top = below + height > win.innerHeight - 4 ? event.clientY - OFFSET - height : below;
    this.tip.style.left = `${Math.max(4, left)}px`;
    this.tip.style.top = `${Math.max(4, top)}px`;
  };

  private readonly hide = (): void => {
    this.last = null;
    this.tip.hidden = true;
  };
}
