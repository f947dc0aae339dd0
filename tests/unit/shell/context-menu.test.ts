import type { ContextMenuParams, MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { contextMenuTemplate, spellCheckerDictionaryUrl } from '../../../src/main/context-menu';

const allowed = { canUndo: true, canRedo: true, canCut: true, canCopy: true, canPaste: true, canDelete: true, canSelectAll: true, canEditRichly: false };
type Params = Parameters<typeof contextMenuTemplate>[0];
const params = (partial: Partial<Params>): Params => ({
  isEditable: false,
  selectionText: '',
  misspelledWord: '',
  dictionarySuggestions: [],
  editFlags: allowed as ContextMenuParams['editFlags'],
  ...partial,
});
const actions = () => ({ replaceMisspelling: vi.fn(), addToDictionary: vi.fn() });
const click = (item: MenuItemConstructorOptions | undefined) => (item?.click as () => void)();

describe('the native context menu of text fields', () => {
  it('offers cut, copy, paste and select all in a text field, enabled as Chromium allows', () => {
    const template = contextMenuTemplate(params({ isEditable: true, editFlags: { ...allowed, canCut: false, canCopy: false } as ContextMenuParams['editFlags'] }), actions())!;
    expect(template.map((item) => item.role ?? item.type)).toEqual(['cut', 'copy', 'paste', 'separator', 'selectAll']);
    expect(template.filter((item) => item.role).map((item) => item.enabled)).toEqual([false, false, true, true]);
  });

  it('puts spelling suggestions for a misspelt word first, each replacing it', () => {
    const a = actions();
    const template = contextMenuTemplate(
      params({ isEditable: true, misspelledWord: 'verifed', dictionarySuggestions: ['verified', 'verifies', 'vermifed', 'verifier', 'verify', 'veiled'] }),
      a,
    )!;
    expect(template.slice(0, 7).map((item) => item.label ?? item.type)).toEqual(['verified', 'verifies', 'vermifed', 'verifier', 'verify', 'Add to Dictionary', 'separator']);
    click(template[0]);
    expect(a.replaceMisspelling).toHaveBeenCalledWith('verified');
    click(template.find((item) => item.label === 'Add to Dictionary'));
    expect(a.addToDictionary).toHaveBeenCalledWith('verifed');
  });

  it('says when there is no suggestion', () => {
    const template = contextMenuTemplate(params({ isEditable: true, misspelledWord: 'Xinhuanet' }), actions())!;
    expect(template[0]).toEqual({ label: 'No Spelling Suggestions', enabled: false });
  });

  it('offers Copy for selected text outside a field, and nothing for a bare right-click', () => {
    expect(contextMenuTemplate(params({ selectionText: 'Harbin' }), actions())).toEqual([{ role: 'copy', enabled: true }]);
    expect(contextMenuTemplate(params({ selectionText: '  ' }), actions())).toBeNull();
    expect(contextMenuTemplate(params({}), actions())).toBeNull();
  });
});

describe('spell-check dictionaries', () => {
  it('are looked for inside the app, never downloaded from the network', () => {
    const url = spellCheckerDictionaryUrl('/opt/Copydesk/resources');
    expect(url).toBe('file:///opt/Copydesk/resources/dictionaries/');
    expect(url).not.toMatch(/^https?:/);
  });
});
