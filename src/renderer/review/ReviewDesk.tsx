/**
 * The loaded workspace: header bar, legend and text, the floating toolbar at the selection, the
 * overlap chooser, the side panel, dialogs, and the keyboard. It owns the editor handle, the undo
 * manager and the action set for one document, created once and kept for its lifetime.
 */
import { memo, useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore, type ReactNode } from 'react';
import type { Annotation, DocumentStatus, Label } from '../../shared/types';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { useToasts } from '../ui/Toasts';
import { createReviewActions } from './actions';
import { performDeskCommand } from './desk-commands';
import { firstRefusal, useMayCheck } from '../team/may';
import type { OperationName } from '../../shared/api';
import { ReviewContext, type ReviewContextValue } from './context';
import { DocumentBar } from './DocumentBar';
import type { Anchor, EditorSelectionInfo, ReviewEditor } from '../editor';
import { fallbackAnchor, outline } from './editorPlacement';
import { EditorPane, type EditorEvents } from './EditorPane';
import { FloatingToolbar } from './FloatingToolbar';
import { CaretActions } from './CaretActions';
import { ConflictBanner } from './ConflictBanner';
import { EditingBanner } from './EditingBanner';
import { ContextMenu, type MenuEntry } from './ContextMenu';
import { findOccurrences, type Occurrence, type TagAllRequest } from './tag-all';
import { TagAllPreview } from './TagAllPreview';
import { annotationEntries, selectionEntries, type TextMenuVerbs } from './textMenu';
import { useLabelTags } from './useLabelTags';
import type { ReviewCommand } from './keyboard';
import { Legend } from './Legend';
import { OriginalTextDialog } from './OriginalTextDialog';
import { OverlapChooser } from './OverlapChooser';
import { ShortcutsSheet } from './ShortcutsSheet';
import { SidePanel, type PanelTab } from './SidePanel';
import type { ReviewData, ReviewStore } from './store';
import { createEditGuard } from './editGuard';
import { ReviewerNameDialog } from './ReviewerNameDialog';
import { createSync } from './sync';
import { UndoManager } from './undo';
import { useAnnotationHash } from './useAnnotationHash';
import { useMenuHistory } from './useMenuHistory';
import { useWorkspaceKeys } from './useWorkspaceKeys';
import { useTextCorrection } from './useTextCorrection';
import { useSuggest } from './suggestions/useSuggest';

/** Props of `ReviewDesk`: the loaded document and what the shell passed on. */
export interface ReviewDeskProps {
  store: ReviewStore;
  data: ReviewData;
  labels: Label[];
  initialAnnotationId?: string;
  onClose(): void;
  onChanged?(): void;
  reload(): void;
  /** More controls for the document bar (the "Double review…" offer). */
  barControls?: ReactNode;
}

const NO_SELECTION: EditorSelectionInfo = { range: null, rect: null, sentence: null, block: null };

/**
 * The workspace for a loaded document. Memoised: the workspace around it draws again on every
 * library change (the double-review state is polled), and this desk need not follow.
 */
export const ReviewDesk = memo(function ReviewDesk({ store, data, labels, initialAnnotationId, onClose, onChanged, reload, barControls }: ReviewDeskProps) {
  const documentId = data.document.id;
  const toasts = useToasts();
  const editorRef = useRef<ReviewEditor | null>(null);
  const [selection, setSelection] = useState<EditorSelectionInfo>(NO_SELECTION);
  /** The text selection the latest command or toolbar action started from (collapsed once used). */
  const usedSelection = useRef<{ start: number; end: number } | null>(null);
  const [toolbarHidden, setToolbarHidden] = useState(false);
  // The route's annotation is selected from the first render, so the address never loses it meanwhile.
  const [selectedId, setSelectedId] = useState<string | null>(() =>
    initialAnnotationId && data.annotations.has(initialAnnotationId) ? initialAnnotationId : null,
  );
  const [tab, setTab] = useState<PanelTab>('entities');
  const [chooser, setChooser] = useState<{ ids: string[]; anchor: Anchor } | null>(null);
  const [dialog, setDialog] = useState<'help' | 'original' | null>(null);
  const [clean, setClean] = useState(false);
  const [editing, setEditing] = useState(false);
  const [inlineLabels, toggleInlineLabels] = useLabelTags();
  const [tagAllPreview, setTagAllPreview] = useState<{ request: TagAllRequest; occurrences: Occurrence[] } | null>(null);
  const [menu, setMenu] = useState<{ anchor: Anchor; entries: MenuEntry[]; label: string } | null>(null);
  /** The core refused a write because the text changed elsewhere; shown until the document is reloaded. */
  const [conflict, setConflict] = useState<string | null>(null);
  /** Set by Reload: from then on this desk sends no writes (sync.ts `closed`), so fields leaving keep their drafts. */
  const closed = useRef(false);
  const reloadKeepingDrafts = useCallback(() => {
    closed.current = true;
    reload();
  }, [reload]);
  const may = useMayCheck();
  const mayCall = (operation: OperationName) => may(operation).allowed;
  const notify = useCallback((message: string, kind: 'info' | 'success' | 'error' = 'info') => toasts.show(message, kind), [toasts]);
  const editorNow = useCallback(() => editorRef.current, []);
  const suggestions = useSuggest(documentId, store, editorNow, notify, setConflict);

  const show = useCallback(
    (id: string | null, scroll = true) => {
      setChooser(null);
      setSelectedId(id);
      const annotation = id ? store.get()?.annotations.get(id) : undefined;
      outline(editorRef.current, annotation && !annotation.orphaned ? annotation.id : null, scroll);
    },
    [store],
  );

  // A Reviewed document is changed only after the editor said so (editGuard.ts); the answer resolves this.
  const [askEdit, setAskEdit] = useState<((ok: boolean) => void) | null>(null);
  const [askName, setAskName] = useState<(() => void) | null>(null);
  const guard = useMemo(
    () =>
      createEditGuard({
        documentId,
        store,
        notify,
        ask: () => new Promise<boolean>((resolve) => setAskEdit(() => resolve)),
        askName: () => new Promise<void>((resolve) => setAskName(() => resolve)),
      }),
    [documentId, store, notify],
  );
  const answerEdit = (ok: boolean) => {
    askEdit?.(ok);
    setAskEdit(null);
  };

  // One undo history, persistence layer and action set per open document.
  const undo = useMemo(() => new UndoManager(), []);
  // On a team server an undo or redo that would send what this role may not is neither offered nor sent.
  undo.setGate((operations) => firstRefusal(may, operations));
  const actions = useMemo(() => {
    const sync = createSync({
      documentId,
      data: store.get,
      dispatch: store.dispatch,
      editor: () => editorRef.current,
      closed: () => closed.current,
      onCreated: () => {
        if (store.get()?.document.status === 'new') store.dispatch({ type: 'status', status: 'in_review' });
      },
    });
    return createReviewActions({
      store,
      sync,
      undo,
      select: (id) => {
        show(id, false);
        setToolbarHidden(true);
        // The selection is used up: collapse it, so the next digit acts on what was just made
        // (a claim's status, an entity's label) instead of tagging the same text again. Only the
        // selection the action started from: one made meanwhile, while saving, is left alone.
        const editor = editorRef.current;
        const now = id ? editor?.getSelection() : null;
        const was = usedSelection.current;
        if (editor && now && was && now.start === was.start && now.end === was.end && now.end > now.start) editor.selectRange(now.end, now.end);
      },
      notify,
      onConflict: setConflict,
      selectedText: () => editorRef.current?.getSelection() ?? null,
      outlinedId: () => editorRef.current?.getSelectedAnnotation() ?? null,
      guard,
    });
  }, [documentId, store, undo, show, notify, guard]);
  useMenuHistory({ editor: () => editorRef.current, undo: () => void actions.undo(), redo: () => void actions.redo() });
  const undoLabel = useSyncExternalStore(undo.subscribe, () => undo.undoLabel);
  const redoLabel = useSyncExternalStore(undo.subscribe, () => undo.redoLabel);
  const undoRefusal = useSyncExternalStore(undo.subscribe, () => undo.undoRefusal);
  const redoRefusal = useSyncExternalStore(undo.subscribe, () => undo.redoRefusal);
  const text = useTextCorrection({ documentId, store, undo, editor: () => editorRef.current, notify, reload });

  // The library's counts and status follow what happens here.
  const changedRef = useRef(onChanged);
  changedRef.current = onChanged;
  const firstRun = useRef(true);
  useEffect(() => {
    if (firstRun.current) firstRun.current = false;
    else changedRef.current?.();
  }, [data.annotations.size, data.document.status, data.document.revision]);

  const selected = selectedId ? (data.annotations.get(selectedId) ?? null) : null;
  useAnnotationHash(documentId, selected ? selected.id : null);

  const events: EditorEvents = {
    onSelectionChange(next) {
      setSelection(next);
      setToolbarHidden(false);
    },
    onAnnotationClick(ids, anchor) {
      const known = ids.filter((id) => store.get()?.annotations.has(id));
      if (known.length === 1) show(known[0], false);
      else if (known.length > 1) setChooser({ ids: known, anchor });
    },
    onContextMenu(ids, point, inSelection) {
      const annotation = ids.map((id) => store.get()?.annotations.get(id)).find((a) => a !== undefined);
      if (annotation && !inSelection) show(annotation.id, false);
      openMenu(point, inSelection ? null : (annotation ?? null));
    },
    onTextEdit: text.onTextEdit,
  };

  /** Shows what "tag all" would tag, or says there is nothing left to tag. */
  function previewTagAll(request: TagAllRequest) {
    const current = store.get();
    if (!current || !request.label) return;
    const occurrences = findOccurrences(current.document.text, request.needle, current.annotations.values());
    if (occurrences.length === 0) notify(`Every occurrence of “${request.needle.trim()}” is already tagged.`, 'info');
    else setTagAllPreview({ request, occurrences });
  }

  const menuVerbs: TextMenuVerbs = {
    tag: (label) => selection.range && void actions.tag(label, selection.range),
    tagAll: (label) => selection.range && previewTagAll({ label: label.name, needle: selection.range.text, focus: selection.range }),
    flag: () => selection.range && void actions.flag(selection.range),
    claim: () => selection.range && void actions.markClaim(selection.range),
    copy: (value) => {
      navigator.clipboard?.writeText(value).then(
        () => notify('Copied.', 'info'),
        () => notify('Could not reach the clipboard: select the text and press Ctrl+C instead.', 'error'),
      ) ?? notify('Could not reach the clipboard: select the text and press Ctrl+C instead.', 'error');
    },
    open: (annotation) => show(annotation.id, true),
    relabel: (annotation, label) => void actions.changeLabel(annotation, label.name),
    setStatus: (annotation, status) => void actions.setClaimStatus(annotation.id, status),
    confirm: (annotation) => void actions.confirmCandidate(annotation.id),
    reject: (annotation) => void actions.rejectCandidate(annotation.id),
    remove: (annotation) => void actions.remove([annotation.id]),
  };

  /** Opens the context menu at `anchor`: for the annotation given, else for the text selection. */
  function openMenu(anchor: Anchor, annotation: Annotation | null): boolean {
    usedSelection.current = selection.range;
    if (annotation) {
      const status = store.get()?.claims.get(annotation.id)?.status;
      setMenu({ anchor, entries: annotationEntries(annotation, labels, status, menuVerbs, mayCall), label: `Annotation “${annotation.quote.slice(0, 40)}”` });
    } else if (selection.range) {
      setToolbarHidden(true);
      setMenu({ anchor, entries: selectionEntries(selection.range.text, labels, menuVerbs, mayCall), label: `Selection “${selection.range.text.slice(0, 40)}”` });
    } else return false;
    return true;
  }

  function escape(): boolean {
    if (menu) setMenu(null);
    else if (chooser) setChooser(null);
    else if (selection.range && !toolbarHidden) setToolbarHidden(true);
    else if (selectedId) show(null, false);
    else return false;
    return true;
  }

  const perform = (command: ReviewCommand) => {
    usedSelection.current = selection.range;
    return performDeskCommand(command, {
      actions,
      store,
      editor: editorRef.current,
      selection,
      selected,
      may,
      notify: (message) => notify(message, 'info'),
      show: (id) => show(id, true),
      escape,
      previewTagAll,
      toggleClean: () => setClean((on) => !on),
      openHelp: () => setDialog('help'),
      toggleEdit,
      toggleInlineLabels,
      openMenu,
      suggest: () => {
        setTab('suggestions');
        suggestions.run();
      },
    });
  };
  useWorkspaceKeys({ labels, editing, perform });

  // Open on the annotation the route names (the editor is mounted by now: child effects run first).
  useEffect(() => {
    if (initialAnnotationId && store.get()?.annotations.has(initialAnnotationId)) show(initialAnnotationId, true);
    // A link (the claims desk's N, a copied address) to an annotation deleted since: say so.
    else if (initialAnnotationId) notify('The annotation this link pointed to is no longer in this document: it was deleted.');
    // Once per document load.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => editorRef.current?.setCleanView(clean), [clean]);
  useEffect(() => editorRef.current?.setInlineLabels(inlineLabels), [inlineLabels]);
  useEffect(() => editorRef.current?.setLabels(labels), [labels]);
  async function toggleEdit() {
    const next = !editing;
    // Correcting the text of a Reviewed document asks first, like any other edit.
    const question = next ? guard.confirmEdit() : null;
    if (question && !(await question)) return;
    setEditing(next);
    setChooser(null);
    setMenu(null);
    editorRef.current?.setEditable(next); // leaving edit mode flushes a pending correction
    if (next) editorRef.current?.focus();
  }

  const context: ReviewContextValue = { data, labels, actions, selectedId, show: (id) => show(id, true), previewTagAll };
  // Measured only for a toolbar to place: with no text selected it would lay the page out on every ] (triage).
  const anchor = selection.range ? (selection.rect ?? fallbackAnchor(editorRef.current)) : null;
  const showToolbar = selection.range !== null && !toolbarHidden && !editing && anchor !== null && !menu;

  return (
    <ReviewContext.Provider value={context}>
      <div className={`rv-workspace${editing ? ' rv-editing' : ''}${clean ? ' rv-clean' : ''}`}>
        <DocumentBar
          documentId={documentId}
          title={data.document.title}
          status={data.document.status}
          assignee={data.document.assignee}
          controls={barControls}
          onStatus={(status: DocumentStatus) => store.dispatch({ type: 'status', status })}
          onClose={onClose}
          undoLabel={undoLabel}
          redoLabel={redoLabel}
          undoRefusal={undoRefusal}
          redoRefusal={redoRefusal}
          onUndo={() => void actions.undo()}
          onRedo={() => void actions.redo()}
          clean={clean}
          onToggleClean={() => setClean(!clean)}
          editing={editing}
          onToggleEdit={toggleEdit}
          textState={editing || text.state === 'failed' || text.state === 'saving' ? TEXT_STATE_WORDS[text.state] : null}
          onRetryText={text.state === 'failed' ? text.retry : undefined}
          onShowOriginal={() => setDialog('original')}
          onHelp={() => setDialog('help')}
          suggesting={suggestions.running}
          onSuggest={() => {
            setTab('suggestions');
            suggestions.run();
          }}
        />
        {conflict && <ConflictBanner message={conflict} onReload={reloadKeepingDrafts} />}
        {editing && <EditingBanner />}
        <div className="rv-body">
          <main className="rv-main">
            <div className="rv-main-head">
              <Legend labels={labels} />
              {mayCall('annotations:create') && (
                <CaretActions
                  disabled={editing}
                  onFlagParagraph={() => perform({ type: 'flagBlock' })}
                  onFlagToEnd={() => perform({ type: 'flagToEnd' })}
                  onMarkSentence={() => perform({ type: 'sentence' })}
                />
              )}
            </div>
            <EditorPane
              initial={() => ({ text: data.document.text, annotations: [...data.annotations.values()] })}
              status={(id) => store.get()?.claims.get(id)?.status}
              labels={labels}
              events={events}
              onReady={(editor) => (editorRef.current = editor)}
            />
          </main>
          <SidePanel tab={tab} onTab={setTab} onCloseInspector={() => show(null, false)} suggesting={suggestions.running} suggestStep={suggestions.step} suggestNotice={suggestions.notice} onSuggest={suggestions.run} />
        </div>
        {showToolbar && selection.range && anchor && mayCall('annotations:create') && (
          <FloatingToolbar
            anchor={anchor}
            labels={labels}
            text={selection.range.text}
            bounds={() => editorRef.current?.view.dom.closest('.rv-main')?.getBoundingClientRect() ?? null}
            onTag={(label, all) => {
              const range = selection.range!;
              usedSelection.current = range;
              if (all) previewTagAll({ label: label.name, needle: range.text, focus: range });
              else void actions.tag(label, range);
            }}
            onFlag={() => {
              usedSelection.current = selection.range;
              void actions.flag(selection.range!);
            }}
            onClaim={() => {
              usedSelection.current = selection.range;
              void actions.markClaim(selection.range!);
            }}
          />
        )}
        {chooser && (
          <OverlapChooser
            anchor={chooser.anchor}
            annotations={chooser.ids.map((id) => data.annotations.get(id)).filter((a) => a !== undefined)}
            onChoose={(id) => show(id, false)}
            onClose={() => setChooser(null)}
          />
        )}
        {menu && <ContextMenu anchor={menu.anchor} entries={menu.entries} label={menu.label} onClose={() => setMenu(null)} />}
        {tagAllPreview && (
          <TagAllPreview
            request={tagAllPreview.request}
            occurrences={tagAllPreview.occurrences}
            onClose={() => setTagAllPreview(null)}
            onApply={(chosen) => {
              const { request } = tagAllPreview;
              setTagAllPreview(null);
              void actions.tagAll(request.label, request.needle, chosen, request.canonical, request.focus);
            }}
          />
        )}
        {askName && (
          <ReviewerNameDialog
            onDone={(name) => {
              askName();
              setAskName(null);
              if (name) notify(`Your work is recorded as ${name}. You can change the name in Settings.`, 'success');
            }}
          />
        )}
        {askEdit && (
          <ConfirmDialog
            title="This document is marked reviewed"
            confirmLabel="Edit anyway"
            danger={false}
            onConfirm={() => answerEdit(true)}
            onCancel={() => answerEdit(false)}
          >
            <p>Edit it anyway? It goes back to In review.</p>
          </ConfirmDialog>
        )}
        {dialog === 'help' && <ShortcutsSheet labels={labels} onClose={() => setDialog(null)} />}
        {dialog === 'original' && (
          <OriginalTextDialog
            title={data.document.title}
            importedText={data.document.importedText}
            currentText={data.document.text}
            onClose={() => setDialog(null)}
          />
        )}
      </div>
    </ReviewContext.Provider>
  );
});

const TEXT_STATE_WORDS = { idle: 'All changes saved', saving: 'Saving…', saved: 'All changes saved', failed: 'Correction not saved' } as const;
