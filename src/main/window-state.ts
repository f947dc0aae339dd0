/**
 * Remembers the main window's size, position and maximised/full-screen state between runs, in a
 * small JSON file in the user-data folder. Restoring clamps the saved bounds to a display that is
 * still connected, so a window closed on a since-unplugged monitor never reopens off-screen.
 * Only Electron *types* are imported: the pure parts are unit-tested with displays passed in.
 */
import type { BrowserWindow } from 'electron';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** A rectangle in screen coordinates (a display's work area, a window's bounds). */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** What is remembered. Without x/y the window is centred by Electron. */
export interface WindowState {
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized: boolean;
  fullScreen: boolean;
}

/** The size of a first window. */
export const DEFAULT_WINDOW_STATE: WindowState = { width: 1280, height: 860, maximized: false, fullScreen: false };
/** Smallest window the layout is designed for. */
export const MIN_WINDOW_SIZE = { width: 720, height: 480 } as const;
/** How much of a window must lie on a display for its saved position to be kept. */
const MIN_VISIBLE = { width: 120, height: 60 } as const;

function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/** Reads a saved state from parsed JSON; anything malformed answers null (and the defaults apply). */
export function parseWindowState(value: unknown): WindowState | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  if (!isFiniteNumber(v.width) || !isFiniteNumber(v.height) || v.width <= 0 || v.height <= 0) return null;
  const state: WindowState = {
    width: Math.round(v.width),
    height: Math.round(v.height),
    maximized: v.maximized === true,
    fullScreen: v.fullScreen === true,
  };
  if (isFiniteNumber(v.x) && isFiniteNumber(v.y)) {
    state.x = Math.round(v.x);
    state.y = Math.round(v.y);
  }
  return state;
}

function overlap(a: Rect, b: Rect): { width: number; height: number } {
  return {
    width: Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)),
    height: Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)),
  };
}

/**
 * Fits `state` to the connected displays' work areas (`displays[0]` is the primary one): the size is
 * capped to the display the window is on, and a position that leaves too little of the window visible
 * is dropped so the window opens centred on the primary display.
 */
export function clampWindowState(state: WindowState, displays: readonly Rect[]): WindowState {
  const primary = displays[0];
  if (!primary) return { ...state };
  const result: WindowState = { ...state };
  let host: Rect = primary;
  if (state.x !== undefined && state.y !== undefined) {
    const bounds: Rect = { x: state.x, y: state.y, width: state.width, height: state.height };
    let best: { display: Rect; area: number } | null = null;
    for (const display of displays) {
      const o = overlap(bounds, display);
      const visible = o.width >= Math.min(MIN_VISIBLE.width, state.width) && o.height >= Math.min(MIN_VISIBLE.height, state.height);
      // The title bar must be reachable: the window's top edge lies within the display's height.
      const topReachable = state.y >= display.y && state.y < display.y + display.height;
      if (visible && topReachable && (!best || o.width * o.height > best.area)) best = { display, area: o.width * o.height };
    }
    if (best) host = best.display;
    else {
      delete result.x;
      delete result.y;
    }
  }
  result.width = Math.max(Math.min(state.width, host.width), Math.min(MIN_WINDOW_SIZE.width, host.width));
  result.height = Math.max(Math.min(state.height, host.height), Math.min(MIN_WINDOW_SIZE.height, host.height));
  if (result.x !== undefined && result.y !== undefined) {
    // Pull the window fully onto its display when it fits.
    result.x = Math.min(Math.max(result.x, host.x), host.x + host.width - result.width);
    result.y = Math.min(Math.max(result.y, host.y), host.y + host.height - result.height);
  }
  return result;
}

/** Reads the saved state from `file`; a missing or damaged file answers the defaults. */
export function loadWindowState(file: string): WindowState {
  try {
    return parseWindowState(JSON.parse(readFileSync(file, 'utf8'))) ?? { ...DEFAULT_WINDOW_STATE };
  } catch {
    return { ...DEFAULT_WINDOW_STATE };
  }
}

/** Writes `state` to `file` atomically (temporary file + rename). Errors are logged, never thrown. */
export function saveWindowState(file: string, state: WindowState): void {
  try {
    mkdirSync(dirname(file), { recursive: true });
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify(state));
    renameSync(temporary, file);
  } catch (error) {
    console.error('Could not remember the window size:', error);
  }
}

/** The state of `window` now: the normal (un-maximised) bounds plus the maximised/full-screen flags. */
export function captureWindowState(window: BrowserWindow): WindowState {
  const bounds = window.getNormalBounds();
  return { ...bounds, maximized: window.isMaximized(), fullScreen: window.isFullScreen() };
}

/** Saves the window's state to `file` shortly after every move or resize, and when it closes. */
export function trackWindowState(window: BrowserWindow, file: string): void {
  let timer: NodeJS.Timeout | undefined;
  const schedule = (): void => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      if (!window.isDestroyed()) saveWindowState(file, captureWindowState(window));
    }, 500);
  };
  for (const event of ['resize', 'move', 'maximize', 'unmaximize', 'enter-full-screen', 'leave-full-screen'] as const) {
    window.on(event as 'resize', schedule);
  }
  window.on('close', () => {
    clearTimeout(timer);
    saveWindowState(file, captureWindowState(window));
  });
}
