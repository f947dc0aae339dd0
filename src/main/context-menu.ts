/**
 * The native context menu of the desktop window's text fields (verdict, notes, source form, the
 * library search): spelling suggestions for a misspelt word, "Add to Dictionary", then Cut, Copy,
 * Paste and Select All, each enabled only when Chromium says it can be done. Outside a text field a
 * selection gets Copy. The review text has its own in-page menu (the renderer's ContextMenu), which
 * cancels the page's contextmenu event, so this one shows there only while the text is being
 * corrected (spelling and paste are what one needs then).
 *
 * Spell-check dictionaries: macOS and Windows use the system's own spell checker (nothing is
 * downloaded). Elsewhere Chromium would fetch Hunspell dictionaries from Google's servers; the
 * library is local by promise, so the download address is set to a folder inside the app instead
 * (`spellCheckerDictionaryUrl`). No dictionary is shipped: spelling is checked only with dictionaries
 * already on the computer.
 *
 * Only Electron *types* are imported: the template is unit-tested with context-menu params passed in.
 */
import type { ContextMenuParams, MenuItemConstructorOptions } from 'electron';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** What the menu does, on the window it was opened in. */
export interface ContextMenuActions {
  replaceMisspelling(word: string): void;
  addToDictionary(word: string): void;
}

/** At most this many spelling suggestions are offered. */
const MAX_SUGGESTIONS = 5;

/**
 * The menu for a right-click described by `params`; null when there is nothing to offer (no text
 * field and no selection).
 */
export function contextMenuTemplate(
  params: Pick<ContextMenuParams, 'isEditable' | 'selectionText' | 'misspelledWord' | 'dictionarySuggestions' | 'editFlags'>,
  actions: ContextMenuActions,
): MenuItemConstructorOptions[] | null {
  const items: MenuItemConstructorOptions[] = [];
  if (params.isEditable) {
    if (params.misspelledWord) {
      const suggestions = params.dictionarySuggestions.slice(0, MAX_SUGGESTIONS);
      if (suggestions.length === 0) items.push({ label: 'No Spelling Suggestions', enabled: false });
      for (const suggestion of suggestions) items.push({ label: suggestion, click: () => actions.replaceMisspelling(suggestion) });
      items.push({ label: 'Add to Dictionary', click: () => actions.addToDictionary(params.misspelledWord) });
      items.push({ type: 'separator' });
    }
    items.push(
      { role: 'cut', enabled: params.editFlags.canCut },
      { role: 'copy', enabled: params.editFlags.canCopy },
      { role: 'paste', enabled: params.editFlags.canPaste },
      { type: 'separator' },
      { role: 'selectAll', enabled: params.editFlags.canSelectAll },
    );
    return items;
  }
  if (params.selectionText.trim() !== '') return [{ role: 'copy', enabled: params.editFlags.canCopy }];
  return null;
}

/**
 * Where Chromium may fetch Hunspell dictionaries from: a folder inside the installed app (never the
 * network). `resourcesPath` is `process.resourcesPath`.
 */
export function spellCheckerDictionaryUrl(resourcesPath: string): string {
  return pathToFileURL(join(resourcesPath, 'dictionaries')).href + '/';
}
