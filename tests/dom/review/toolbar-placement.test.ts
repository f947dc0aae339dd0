/** The selection toolbar's placement (issue 11, item 12): inside the text pane, never over the side panel, off the selected line. */
import { describe, expect, it } from 'vitest';
import { placeNear } from '../../../src/renderer/review/useFloatingPosition';

describe('placeNear with the text pane as bounds', () => {
  const viewport = { width: 1400, height: 900 };
  const pane = { left: 0, right: 1000 }; // the side panel starts at 1000

  it('moves a toolbar that would spill over the side panel back inside the pane', () => {
    const at = placeNear({ left: 700, top: 300, bottom: 320 }, { width: 780, height: 26 }, viewport, pane);
    expect(at.left + 780).toBeLessThanOrEqual(pane.right - 8);
    expect(at.left).toBeGreaterThanOrEqual(pane.left + 8);
  });

  it('sits below the selected line, or above it near the bottom, never on it', () => {
    const below = placeNear({ left: 100, top: 300, bottom: 320 }, { width: 500, height: 26 }, viewport, pane);
    expect(below.top).toBeGreaterThanOrEqual(320);
    const above = placeNear({ left: 100, top: 870, bottom: 890 }, { width: 500, height: 26 }, viewport, pane);
    expect(above.top + 26).toBeLessThanOrEqual(870);
  });

  it('falls back to the window when the pane is narrower than the toolbar', () => {
    const at = placeNear({ left: 50, top: 300, bottom: 320 }, { width: 780, height: 26 }, viewport, { left: 0, right: 600 });
    expect(at.left).toBe(50);
  });
});
