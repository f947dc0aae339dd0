/** "Copy link" addresses (src/renderer/app/address.ts) and the annotation menu entry that copies one. */
import { describe, expect, it, vi } from 'vitest';
import { addressOf } from '../../../src/renderer/app/address';
import { parseHash } from '../../../src/renderer/app/route';
import { annotationEntries, type TextMenuVerbs } from '../../../src/renderer/review/textMenu';
import type { Annotation } from '../../../src/shared/types';

const page = { origin: 'http://127.0.0.1:41234', pathname: '/' };

describe('addressOf', () => {
  it('is a copydesk:// link in the desktop app, which the app opens at the annotation', () => {
    const link = addressOf({ documentId: 'd-1', annotationId: 'a-2' }, 'electron', page);
    expect(link).toBe('copydesk://doc/d-1/annotation/a-2');
    // The desktop app reads it back (tests/unit/shell/launch.test.ts: the same link parsed).
    expect(addressOf({ documentId: 'd-1' }, 'electron', page)).toBe('copydesk://doc/d-1');
  });

  it('is the page address with the route in web mode', () => {
    const address = addressOf({ documentId: 'd-1', annotationId: 'a-2' }, 'web', page);
    expect(address).toBe('http://127.0.0.1:41234/#/doc/d-1/a/a-2');
    expect(parseHash(new URL(address).hash)).toEqual({ name: 'document', id: 'd-1', annotationId: 'a-2' });
  });
});

describe('the annotation menu', () => {
  it('copies the link to the annotation', () => {
    const copy = vi.fn();
    const verbs = { copy } as unknown as TextMenuVerbs;
    const annotation = { id: 'a-2', documentId: 'd-1', kind: 'note', label: null, quote: 'Harbin', attrs: {} } as unknown as Annotation;
    const entry = annotationEntries(annotation, [], undefined, verbs).find((e) => e.label === 'Copy link');
    (entry as { run(): void }).run();
    expect(copy).toHaveBeenCalledWith(`${window.location.origin}${window.location.pathname}#/doc/d-1/a/a-2`);
  });
});
