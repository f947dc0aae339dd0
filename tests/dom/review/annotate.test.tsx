/** Tagging, flagging and marking from the keyboard and the toolbar, saved through the API. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { button, cleanup, type EditorSpy, editorSpy as spy, inspector, mountWorkspace, press, select, settle, sidePanel, typeInto, waitFor } from './harness';
import { FakeCore } from './fakeCore';

const TEXT = [
  'Xi Jinping visited Shenyang in September.',
  'The region reported a GDP of 2.7 trillion yuan, a year-on-year increase of 5.8%.',
  'Related: Harbin hosts the 32nd trade fair | economy | Harbin hosts the 32nd trade fair',
].join('\n');
const at = (needle: string, from = 0) => {
  const start = TEXT.indexOf(needle, from);
  return { start, end: start + needle.length };
};

let core: FakeCore;
beforeEach(() => {
  core = new FakeCore(TEXT).install();
});
afterEach(cleanup);

describe('tagging entities', () => {
  it('selecting text and pressing 1 creates a PERSON entity through the API and lists it', async () => {
    await mountWorkspace(core, spy as EditorSpy);
    const { start, end } = at('Xi Jinping');
    await select(spy as EditorSpy, start, end);
    await press('1');
    await waitFor(() => expect(core.ofKind('entity')).toHaveLength(1));

    expect(core.callsOf('annotations:create')[0].annotations[0]).toMatchObject({ kind: 'entity', label: 'PERSON', start, end });
    const panel = sidePanel();
    expect(panel.querySelector('[role="tabpanel"]')!.textContent).toContain('PERSON');
    expect(panel.querySelector('[role="tabpanel"]')!.textContent).toContain('Xi Jinping');
    expect(inspector()!.textContent).toContain('Xi Jinping');
    // The editor paints it too, and the document moved to "in review".
    expect(spy.editor.getAnnotations().map((a: any) => a.label)).toEqual(['PERSON']);
    expect(document.querySelector('.rv-doc-status')!.textContent).toBe('In review');
  });

  it('a label picked in the floating toolbar tags the selection', async () => {
    await mountWorkspace(core, spy as EditorSpy);
    await select(spy as EditorSpy, at('Shenyang').start, at('Shenyang').end);
    const toolbar = await waitFor(() => document.querySelector<HTMLElement>('[role="toolbar"][aria-label^="Annotate"]')!);
    await act(() => button(toolbar, /PLACE/).click());
    await waitFor(() => expect(core.ofKind('entity')[0]).toMatchObject({ label: 'PLACE', quote: 'Shenyang' }));
  });

  it('changing the label and canonical name in the panel saves them', async () => {
    await mountWorkspace(core, spy as EditorSpy);
    await select(spy as EditorSpy, at('Xi Jinping').start, at('Xi Jinping').end);
    await press('2');
    const panel = await waitFor(() => inspector()!);
    await typeInto(panel.querySelector('select')!, 'PERSON', 'change');
    await waitFor(() => expect(core.ofKind('entity')[0].label).toBe('PERSON'));

    const canonical = panel.querySelector<HTMLInputElement>('input[type="text"]')!;
    await typeInto(canonical, 'Xi Jinping (President of China)');
    await act(async () => canonical.dispatchEvent(new FocusEvent('focusout', { bubbles: true })));
    await waitFor(() => expect(core.ofKind('entity')[0].attrs.canonical).toBe('Xi Jinping (President of China)'));
  });
});

describe('flagging teasers and marking claims', () => {
  it('T flags the selection as teaser content with a reason, which the panel can change', async () => {
    await mountWorkspace(core, spy as EditorSpy);
    const line = at('Related: Harbin hosts the 32nd trade fair | economy | Harbin hosts the 32nd trade fair');
    await select(spy as EditorSpy, line.start, line.end);
    await press('t');
    await waitFor(() => expect(core.ofKind('teaser')).toHaveLength(1));
    expect(core.ofKind('teaser')[0].attrs.reason).toBe('related_teaser');

    const reason = inspector()!.querySelector('select')!;
    expect(reason.selectedOptions[0].textContent).toBe('Related-article teaser');
    await typeInto(reason, 'repeated_headline', 'change');
    await waitFor(() => expect(core.ofKind('teaser')[0].attrs.reason).toBe('repeated_headline'));
  });

  it('E flags from the caret’s paragraph to the end of the document', async () => {
    await mountWorkspace(core, spy as EditorSpy);
    const { start } = at('Related:');
    await select(spy as EditorSpy, start + 3, start + 3);
    await press('e');
    await waitFor(() => expect(core.ofKind('teaser')[0]).toMatchObject({ start, end: TEXT.length }));
  });

  it('C marks the selection as a claim that starts unverified', async () => {
    await mountWorkspace(core, spy as EditorSpy);
    const claim = at('a GDP of 2.7 trillion yuan');
    await select(spy as EditorSpy, claim.start, claim.end);
    await press('c');
    await waitFor(() => expect(core.claims.size).toBe(1));
    expect([...core.claims.values()][0].status).toBe('unverified');
    expect(inspector()!.textContent).toContain('Claim · Unverified');
    const pressed = inspector()!.querySelector('[aria-pressed="true"]')!;
    expect(pressed.textContent).toBe('Unverified');
    expect(pressed.className).toContain('rv-status-unverified');
  });

  it('S marks the sentence around the caret as a claim', async () => {
    await mountWorkspace(core, spy as EditorSpy);
    const { start } = at('2.7 trillion');
    await select(spy as EditorSpy, start, start);
    await press('s');
    await waitFor(() => expect(core.ofKind('claim')).toHaveLength(1));
    expect(core.ofKind('claim')[0].quote).toBe('The region reported a GDP of 2.7 trillion yuan, a year-on-year increase of 5.8%.');
  });

  it('says what to do when a key needs a selection', async () => {
    await mountWorkspace(core, spy as EditorSpy);
    await press('c');
    await settle();
    expect(document.querySelector('.toasts')!.textContent).toContain('Select the claim first');
    expect(core.callsOf('annotations:create')).toHaveLength(0);
  });
});

async function act(fn: () => unknown) {
  const { act: reactAct } = await import('react');
  await reactAct(async () => {
    fn();
  });
  await settle();
}

describe('caret actions need a caret the user placed', () => {
  it('E without a caret in the text explains instead of flagging the whole document', async () => {
    await mountWorkspace(core, spy as EditorSpy);
    (document.activeElement as HTMLElement | null)?.blur();
    await press('e', {}, document.body);
    expect(core.callsOf('annotations:create')).toHaveLength(0);
    expect(document.querySelector('.toasts')!.textContent).toContain('Put the caret where the off-topic content begins');
  });
});
