/**
 * The app shell: top bar, the current view (library, claims desk, an open document, settings), the
 * import machinery shared by every view (picker, window drop, progress panel), the batch export
 * dialog (library button, File ▸ Export…) and the toast layer.
 */
import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore, type ReactNode } from 'react';
import { hasNoAccess, subscribeAccess } from './api/access';
import { onOpenFiles } from './api/client';
import { ErrorBoundary } from './app/ErrorBoundary';
import { useHashRoute, type Route } from './app/route';
import { AdjudicateView } from './adjudicate/AdjudicateView';
import { TopBar } from './app/TopBar';
import { useGlobalKeys } from './app/useGlobalKeys';
import { ClaimsView } from './claims/ClaimsView';
import { ExportDialog } from './export/ExportDialog';
import { DropOverlay } from './import/DropOverlay';
import { FilePicker, type FilePickerHandle } from './import/FilePicker';
import { ImportPanel } from './import/ImportPanel';
import { useFileDrop } from './import/useFileDrop';
import { useImporter } from './import/useImporter';
import { LibraryView } from './library/LibraryView';
import { isTeamPage, TeamGate } from './team/TeamGate';
import { SettingsView } from './settings/SettingsView';
import { ToastProvider, useToasts } from './ui/Toasts';
import { useMay } from './team/may';

// The editor (ProseMirror and the review UI) is its own chunk, so the library shows without it. It is
// fetched once the window is idle after start-up — on the library, after its first rows (evaluating
// it, 50–80 ms, had landed between the first page's arrival and its rows) — so opening the first
// document does not wait for it (≈ 250 ms of an open at 100,000 documents was this chunk). Once the chunk is here the workspace
// renders directly, not through lazy(): a lazy component suspends on its first render even when its
// module has arrived, and React then holds the content back behind the fallback for its 300 ms
// Suspense throttle — the document's data was requested only after that (an open took 430 ms, not 90).
let workspaceModule: typeof import('./review/ReviewWorkspace') | null = null;
const loadReviewWorkspace = () => import('./review/ReviewWorkspace').then((m) => (workspaceModule = m));
const LazyReviewWorkspace = lazy(() => loadReviewWorkspace().then((m) => ({ default: m.ReviewWorkspace })));

function prefetchReviewWorkspace(): void {
  const whenIdle = window.requestIdleCallback ?? ((run: () => void) => window.setTimeout(run, 500));
  whenIdle(() => void loadReviewWorkspace().catch(() => undefined));
}

const TITLES: Record<Route['name'], string> = { library: 'Library', claims: 'Claims', document: 'Review', settings: 'Settings', adjudicate: 'Adjudicate' };

function focusSearch(): boolean {
  const input = document.getElementById('library-search');
  if (!(input instanceof HTMLInputElement)) return false;
  input.focus();
  input.select();
  return true;
}

/**
 * Changes made in this window that the library and the claims desk show (an import; an open
 * document's annotations, status or text), counted outside React: a change re-renders only a view
 * that shows them, never the shell. (A rejected suggestion rendered the whole app again, the open
 * document's workspace included: a second render of thousands of annotations per key.) Those views
 * also load afresh when shown and poll `library:version` for changes made elsewhere.
 */
function createLocalChanges() {
  let count = 0;
  const listeners = new Set<() => void>();
  return {
    count: () => count,
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    bump() {
      count++;
      for (const listener of listeners) listener();
    },
  };
}
type LocalChanges = ReturnType<typeof createLocalChanges>;

/** Renders a view with the count of local changes as its refresh key; only it re-renders when the count grows. */
function WithLocalChanges({ changes, children }: { changes: LocalChanges; children(refreshKey: number): ReactNode }) {
  return children(useSyncExternalStore(changes.subscribe, changes.count));
}

function Shell() {
  const toasts = useToasts();
  const { route, navigate } = useHashRoute();
  const [changes] = useState(createLocalChanges);
  const refresh = changes.bump;
  /** The export dialog, when open: the documents to export (null: the whole library). */
  const [exporting, setExporting] = useState<{ ids: string[] | null } | null>(null);
  const picker = useRef<FilePickerHandle>(null);
  const librarySelection = useRef<string[]>([]);
  /** Where closing a document goes back to: the library, or the claims desk it was opened from. */
  const backTo = useRef<Route>({ name: 'library' });
  const importer = useImporter(refresh);
  // On a team server a fact-checker cannot import: Ctrl+O and a drop say so instead of importing (team/may.ts).
  const mayImport = useMay('documents:import');
  const { importFiles } = importer;
  const importIfAllowed = useCallback(
    (files: Parameters<typeof importFiles>[0]) => (mayImport.allowed ? importFiles(files) : toasts.show(mayImport.reason ?? '', 'info')),
    [importFiles, mayImport.allowed, mayImport.reason, toasts],
  );
  const { dragging } = useFileDrop(importIfAllowed);
  // Files the desktop app was asked to open go through the same import queue as a drop.
  useEffect(() => onOpenFiles(importer.importFiles, (problem) => toasts.show(problem, 'error')), [importer.importFiles, toasts]);
  const openPicker = useCallback(
    () => (mayImport.allowed ? picker.current?.open() : toasts.show(mayImport.reason ?? '', 'info')),
    [mayImport.allowed, mayImport.reason, toasts],
  );
  const goLibrary = useCallback(() => navigate({ name: 'library' }), [navigate]);
  const goBack = useCallback(() => navigate(backTo.current), [navigate]);
  useEffect(() => {
    if (route.name === 'library' || route.name === 'claims') backTo.current = route;
  }, [route]);
  const startedOn = useRef(route.name);
  useEffect(() => {
    if (startedOn.current !== 'library') prefetchReviewWorkspace();
  }, []);

  const exportFromMenu = () => {
    if (route.name === 'document') setExporting({ ids: [route.id] });
    else if (route.name === 'library' && librarySelection.current.length > 0) setExporting({ ids: [...librarySelection.current] });
    else setExporting({ ids: null });
  };

  useGlobalKeys({ onImport: openPicker, onExport: exportFromMenu, onSearchKey: () => route.name === 'library' && focusSearch() }, toasts);

  useEffect(() => {
    document.title = `${TITLES[route.name]} · Copydesk`;
  }, [route.name]);

  // Chosen once per open document: switching from the lazy wrapper to the module's component while a
  // document is open would remount the workspace and lose its editor.
  const openId = route.name === 'document' ? route.id : null;
  const ReviewWorkspace = useMemo(() => workspaceModule?.ReviewWorkspace ?? LazyReviewWorkspace, [openId]);

  let view;
  if (route.name === 'document') {
    view = (
      <ErrorBoundary key={route.id} onEscape={goLibrary} escapeLabel="Back to library">
        <Suspense fallback={<main className="view loading">Opening the document…</main>}>
          <ReviewWorkspace documentId={route.id} initialAnnotationId={route.annotationId} onClose={goBack} onChanged={refresh} />
        </Suspense>
      </ErrorBoundary>
    );
  } else if (route.name === 'adjudicate') {
    view = (
      <ErrorBoundary key={route.id} onEscape={goLibrary} escapeLabel="Back to library">
        <AdjudicateView documentId={route.id} onClose={() => navigate({ name: 'document', id: route.id })} />
      </ErrorBoundary>
    );
  } else if (route.name === 'claims') {
    view = (
      <ErrorBoundary onEscape={goLibrary} escapeLabel="Back to library">
        <WithLocalChanges changes={changes}>
          {(refreshKey) => (
            <ClaimsView
              refreshKey={refreshKey}
              onOpenClaim={(id, annotationId) => navigate({ name: 'document', id, annotationId })}
              onLibrary={goLibrary}
            />
          )}
        </WithLocalChanges>
      </ErrorBoundary>
    );
  } else if (route.name === 'settings') {
    view = (
      <ErrorBoundary onEscape={goLibrary} escapeLabel="Back to library">
        <SettingsView />
      </ErrorBoundary>
    );
  } else {
    view = (
      <ErrorBoundary onEscape={() => window.location.reload()} escapeLabel="Reload">
        <WithLocalChanges changes={changes}>
          {(refreshKey) => (
            <LibraryView
              refreshKey={refreshKey}
              onOpen={(id) => navigate({ name: 'document', id })}
              onImport={openPicker}
              onExport={(ids) => setExporting({ ids })}
              onSelectionChange={(ids) => {
                librarySelection.current = ids;
              }}
              onRowsShown={prefetchReviewWorkspace}
            />
          )}
        </WithLocalChanges>
      </ErrorBoundary>
    );
  }

  return (
    <div className={`app route-${route.name}`}>
      <TopBar route={route} onNavigate={navigate} onImport={openPicker} importing={importer.state.running} />
      {view}
      <FilePicker pickerRef={picker} onFiles={importer.importFiles} />
      <ImportPanel
        state={importer.state}
        onStop={importer.stop}
        onClose={importer.reset}
        onOpen={(id) => {
          importer.reset();
          navigate({ name: 'document', id });
        }}
        onOpenExisting={(id) => navigate({ name: 'document', id })}
        onImportAnyway={importer.importAnyway}
      />
      {exporting && <ExportDialog documentIds={exporting.ids} onClose={() => setExporting(null)} />}
      <DropOverlay visible={dragging} />
    </div>
  );
}

/** Web mode without the access key: one page that says how to get in, instead of an error per request. */
function NoAccess() {
  useEffect(() => {
    document.title = 'No access · Copydesk';
  }, []);
  return (
    <main className="no-access" role="alert">
      <h1>Copydesk</h1>
      <p>
        This tab has no access key. Open Copydesk from the address printed by <code>npm run web</code> (it ends with{' '}
        <code>?token=…</code>).
      </p>
    </main>
  );
}

/** The whole renderer: providers around the shell (or, without access, the page that explains it). */
export function App() {
  const noAccess = useSyncExternalStore(subscribeAccess, hasNoAccess);
  // On a team server the gate shows the sign-in page instead of the shell when nobody is signed in.
  return (
    <TeamGate enabled={isTeamPage()} noAccess={noAccess} localNoAccess={<NoAccess />}>
      <ToastProvider>
        <Shell />
      </ToastProvider>
    </TeamGate>
  );
}
