import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  clampWindowState,
  DEFAULT_WINDOW_STATE,
  loadWindowState,
  parseWindowState,
  saveWindowState,
  type Rect,
  type WindowState,
} from '../../../src/main/window-state';

const laptop: Rect = { x: 0, y: 0, width: 1440, height: 875 };
const monitorOnTheRight: Rect = { x: 1440, y: 0, width: 2560, height: 1400 };

function state(partial: Partial<WindowState>): WindowState {
  return { ...DEFAULT_WINDOW_STATE, ...partial };
}

describe('clampWindowState', () => {
  it('keeps a window that fits on its display as it was', () => {
    const saved = state({ x: 100, y: 50, width: 1000, height: 700 });
    expect(clampWindowState(saved, [laptop])).toEqual(saved);
  });

  it('keeps a window on a second display that is still connected', () => {
    const saved = state({ x: 1600, y: 100, width: 1800, height: 1100 });
    expect(clampWindowState(saved, [laptop, monitorOnTheRight])).toEqual(saved);
  });

  it('reopens centred on the primary display when the window was on a monitor since unplugged', () => {
    const result = clampWindowState(state({ x: 1600, y: 100, width: 1800, height: 1100 }), [laptop]);
    expect(result.x).toBeUndefined();
    expect(result.y).toBeUndefined();
    expect(result.width).toBeLessThanOrEqual(laptop.width);
    expect(result.height).toBeLessThanOrEqual(laptop.height);
  });

  it('shrinks a window larger than the display', () => {
    const result = clampWindowState(state({ x: 0, y: 0, width: 4000, height: 3000 }), [laptop]);
    expect(result).toMatchObject({ x: 0, y: 0, width: laptop.width, height: laptop.height });
  });

  it('pulls a window that hangs off the edge back onto the display', () => {
    const result = clampWindowState(state({ x: 1000, y: 300, width: 1000, height: 700 }), [laptop]);
    expect(result).toMatchObject({ x: 440, y: 175, width: 1000, height: 700 });
  });

  it('drops a position whose title bar would be above the screen', () => {
    const result = clampWindowState(state({ x: 100, y: -500, width: 800, height: 600 }), [laptop]);
    expect(result.x).toBeUndefined();
  });

  it('keeps the maximised and full-screen flags', () => {
    expect(clampWindowState(state({ maximized: true, fullScreen: true }), [laptop])).toMatchObject({ maximized: true, fullScreen: true });
  });

  it('never makes a window smaller than the layout needs when the display allows', () => {
    expect(clampWindowState(state({ width: 200, height: 100 }), [laptop])).toMatchObject({ width: 720, height: 480 });
  });
});

describe('parseWindowState', () => {
  it.each([[null], ['text'], [{}], [{ width: -1, height: 500 }], [{ width: 'big', height: 500 }], [{ width: Number.NaN, height: 5 }]])(
    'rejects %j',
    (value) => expect(parseWindowState(value)).toBeNull(),
  );

  it('ignores a half-given position', () => {
    expect(parseWindowState({ width: 900, height: 700, x: 10 })).toEqual({ width: 900, height: 700, maximized: false, fullScreen: false });
  });
});

describe('loadWindowState / saveWindowState', () => {
  let dir: string | undefined;
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('remembers size, position and maximised state across runs', () => {
    dir = mkdtempSync(join(tmpdir(), 'copydesk-window-'));
    const file = join(dir, 'nested', 'window-state.json');
    const saved = state({ x: 20, y: 30, width: 1100, height: 800, maximized: true });
    saveWindowState(file, saved);
    expect(loadWindowState(file)).toEqual(saved);
  });

  it('falls back to the defaults for a missing or damaged file', () => {
    dir = mkdtempSync(join(tmpdir(), 'copydesk-window-'));
    expect(loadWindowState(join(dir, 'missing.json'))).toEqual(DEFAULT_WINDOW_STATE);
    writeFileSync(join(dir, 'broken.json'), '{"width": 10');
    expect(loadWindowState(join(dir, 'broken.json'))).toEqual(DEFAULT_WINDOW_STATE);
  });
});
