/** The workspace's pure rules: whole-word occurrences, J/K order, toolbar placement, key map, text-save merging. */
import { describe, expect, it } from 'vitest';
import { commandFor, LETTER_COMMANDS, SHORTCUT_GROUPS } from '../../../src/renderer/review/keyboard';
import { RESERVED_HOTKEYS } from '../../../src/shared/keys';
import { neighbour, untaggedOccurrences } from '../../../src/renderer/review/ranges';
import { placeNear } from '../../../src/renderer/review/useFloatingPosition';
import { mergeChanges } from '../../../src/renderer/review/useTextCorrection';
import { DEFAULT_LABELS, type Annotation, type Label } from '../../../src/shared/types';

const labels: Label[] = DEFAULT_LABELS.map((l, i) => ({ id: `l${i}`, kind: 'entity', position: i, ...l }));
const ann = (id: string, start: number, end: number) => ({ id, start, end }) as Annotation;

describe('untaggedOccurrences', () => {
  it('matches whole words only, skips tagged ones, and handles figures with symbols', () => {
    const text = 'Harbin, Harbinger and Harbin; 5.8% and 15.8% and 5.8%.';
    expect(untaggedOccurrences(text, 'Harbin', [{ start: 0, end: 6 }])).toEqual([{ start: 22, end: 28 }]);
    expect(untaggedOccurrences(text, '5.8%', []).map((s) => text.slice(s.start - 1, s.end))).toEqual([' 5.8%', ' 5.8%']);
  });

  it('skips occurrences overlapping any entity, however it nests', () => {
    const text = 'Bank of China and China and China';
    expect(untaggedOccurrences(text, 'China', [{ start: 0, end: 13 }, { start: 18, end: 23 }])).toEqual([{ start: 28, end: 33 }]);
  });
});

describe('neighbour (J/K)', () => {
  const ordered = [ann('a', 0, 5), ann('b', 10, 12), ann('c', 20, 25)];
  it('moves in document order and wraps around', () => {
    expect(neighbour(ordered, 'b', 0, 1)!.id).toBe('c');
    expect(neighbour(ordered, 'c', 0, 1)!.id).toBe('a');
    expect(neighbour(ordered, 'a', 0, -1)!.id).toBe('c');
  });
  it('starts from the caret when nothing is selected', () => {
    expect(neighbour(ordered, null, 11, 1)!.id).toBe('c');
    expect(neighbour(ordered, null, 11, -1)!.id).toBe('b');
  });
});

describe('placeNear (floating toolbar)', () => {
  const viewport = { width: 1000, height: 800 };
  it('goes below the selection, or above it near the bottom, and never leaves the window', () => {
    expect(placeNear({ left: 100, top: 100, bottom: 120 }, { width: 300, height: 60 }, viewport)).toEqual({ left: 100, top: 128 });
    expect(placeNear({ left: 100, top: 760, bottom: 780 }, { width: 300, height: 60 }, viewport)).toEqual({ left: 100, top: 692 });
    expect(placeNear({ left: 900, top: 100, bottom: 120 }, { width: 300, height: 60 }, viewport).left).toBe(692);
    expect(placeNear({ left: -50, top: -400, bottom: -380 }, { width: 300, height: 60 }, viewport)).toEqual({ left: 8, top: 8 });
  });
});

describe('commandFor', () => {
  const key = (key: string, init: KeyboardEventInit = {}, target: Element = document.body) => {
    const event = new KeyboardEvent('keydown', { key, bubbles: true, ...init });
    Object.defineProperty(event, 'target', { value: target });
    return commandFor(event, labels, false);
  };
  it('maps label hotkeys, Shift+digit to tag-all, and letters to actions', () => {
    expect(key('1')).toMatchObject({ type: 'tag', all: false, label: { name: 'PERSON' } });
    expect(key('!', { shiftKey: true, code: 'Digit1' })).toMatchObject({ type: 'tag', all: true, label: { name: 'PERSON' } });
    expect(key('t')).toEqual({ type: 'flag' });
    expect(key('z', { ctrlKey: true })).toEqual({ type: 'undo' });
    expect(key('z', { metaKey: true, shiftKey: true })).toEqual({ type: 'redo' });
  });
  it('the built-in keys are exactly the shared reserved list, each on the shortcuts sheet', () => {
    expect([...Object.keys(LETTER_COMMANDS), '?'].sort()).toEqual(Object.keys(RESERVED_HOTKEYS).sort());
    const sheet = SHORTCUT_GROUPS.flatMap((g) => g.rows.flatMap((r) => r.keys.map((k) => k.toLowerCase())));
    for (const reserved of Object.keys(RESERVED_HOTKEYS)) expect(sheet).toContain(reserved);
  });
  it('never lets a label hotkey shadow a built-in key (a label from an older library)', () => {
    const legacy = [...labels, { id: 'lx', kind: 'entity', position: 9, name: 'TOPIC', color: '#000000', hotkey: 't' } as Label];
    const event = new KeyboardEvent('keydown', { key: 'T', shiftKey: true, bubbles: true });
    Object.defineProperty(event, 'target', { value: document.body });
    expect(commandFor(event, legacy, false)).toBeNull();
    const plain = new KeyboardEvent('keydown', { key: 't', bubbles: true });
    Object.defineProperty(plain, 'target', { value: document.body });
    expect(commandFor(plain, legacy, false)).toEqual({ type: 'flag' });
  });
  it('leaves keys to form fields and to text being edited', () => {
    const input = document.createElement('input');
    expect(key('1', {}, input)).toBeNull();
    const editing = document.createElement('div');
    editing.setAttribute('contenteditable', 'true');
    expect(key('1', {}, editing)).toBeNull();
    editing.setAttribute('aria-readonly', 'true');
    expect(key('1', {}, editing)).toMatchObject({ type: 'tag' });
  });
});

describe('mergeChanges', () => {
  it('keeps every move of both reports, the newer winning', () => {
    const merged = mergeChanges(
      { text: 'a', moves: [{ id: 'x', start: 1, end: 2, orphaned: false }, { id: 'y', start: 3, end: 4, orphaned: false }] },
      { text: 'b', moves: [{ id: 'y', start: 5, end: 6, orphaned: false }] },
    );
    expect(merged.text).toBe('b');
    expect(merged.moves).toEqual([{ id: 'x', start: 1, end: 2, orphaned: false }, { id: 'y', start: 5, end: 6, orphaned: false }]);
  });
});
