/** The team server's change feed in the page: one EventSource for all views, closed with the last. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { subscribeChanges } from '../../../src/renderer/team/change-feed';

class FakeEventSource {
  static made: FakeEventSource[] = [];
  closed = false;
  private readonly handlers: Array<() => void> = [];
  constructor(readonly url: string) {
    FakeEventSource.made.push(this);
  }
  addEventListener(type: string, handler: () => void) {
    if (type === 'change') this.handlers.push(handler);
  }
  emit() {
    for (const handler of this.handlers) handler();
  }
  close() {
    this.closed = true;
  }
}

afterEach(() => {
  vi.unstubAllGlobals();
  FakeEventSource.made = [];
});

describe('the change feed', () => {
  it('tells every subscribed view about a change over one stream, and closes it when the last one leaves', () => {
    vi.stubGlobal('EventSource', FakeEventSource);
    const library = vi.fn();
    const claims = vi.fn();
    const leaveLibrary = subscribeChanges(library);
    const leaveClaims = subscribeChanges(claims);
    expect(FakeEventSource.made.map((s) => s.url)).toEqual(['/api/changes']);
    FakeEventSource.made[0].emit();
    expect(library).toHaveBeenCalledTimes(1);
    expect(claims).toHaveBeenCalledTimes(1);
    leaveLibrary();
    FakeEventSource.made[0].emit();
    expect(library).toHaveBeenCalledTimes(1);
    expect(claims).toHaveBeenCalledTimes(2);
    expect(FakeEventSource.made[0].closed).toBe(false);
    leaveClaims();
    expect(FakeEventSource.made[0].closed).toBe(true);
    subscribeChanges(library)();
    expect(FakeEventSource.made).toHaveLength(2); // a new stream for a new subscriber
  });
});
