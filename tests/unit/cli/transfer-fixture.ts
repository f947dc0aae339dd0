/** A small library worth transferring: a document with an entity, a claim worked to a verdict with a source, a pending suggestion. */
import { createCore } from '../../../src/main/core/service';
import type { Input, OperationName, Output } from '../../../src/shared/api';
import { dispatch } from '../../../src/shared/dispatch';
import type { DocumentBundle } from '../../../src/shared/types';
import { actingAs } from '../../../src/main/core/actor';

const TEXT = 'Harbin, June 3 -- The three northeastern provinces reported a regional GDP of 2.7 trillion yuan, up 5.8%.';

/** Opens `library`, runs `body` with a caller, closes it. */
export async function withCore<T>(library: string, body: (call: <K extends OperationName>(n: K, i: Input<K>) => Promise<Output<K>>) => Promise<T>): Promise<T> {
  const core = /^postgres/.test(library) ? createCore({ postgresUrl: library, logDir: '/tmp' }) : createCore({ dbPath: library });
  try {
    return await body(async (name, input) => {
      const result = await dispatch(core.handlers, name, input);
      if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
      return result.value as never;
    });
  } finally {
    core.close();
  }
}

/** Fills `library` with the fixture; answers the bundle as stored. */
export async function fillLibrary(library: string): Promise<DocumentBundle> {
  return withCore(library, async (call) => {
    await call('labels:create', { name: 'FACILITY', color: '#88ccee', hotkey: null });
    const imported = await call('documents:import', { name: 'gdp.txt', data: Buffer.from(TEXT).toString('base64') });
    if (imported.status !== 'imported') throw new Error('not imported');
    const id = imported.document.id;
    const at = (quote: string) => ({ start: TEXT.indexOf(quote), end: TEXT.indexOf(quote) + quote.length });
    const created = await call('annotations:create', {
      documentId: id,
      annotations: [
        { kind: 'entity', label: 'PLACE', ...at('Harbin') },
        { kind: 'claim', ...at('a regional GDP of 2.7 trillion yuan') },
      ],
    });
    const claimId = created.claims[0].annotationId;
    await actingAs({ id: 'u1', name: 'Mei Chen', role: 'fact-checker' }, () =>
      call('claims:update', { annotationId: claimId, status: 'verified', verdict: 'Matches the statistics bureau.' }),
    );
    await call('sources:add', { annotationId: claimId, url: 'https://stats.example/2024', title: 'Bureau release' });
    await call('documents:setStatus', { id, status: 'reviewed' });
    await call('documents:bulk', { selection: { ids: [id] }, action: { kind: 'assign', assignee: 'Mei Chen' } });
    return call('documents:bundle', { id });
  });
}

/** What must survive a transfer, without ids that belong to the library (document id, timestamps of import). */
export function essence(bundle: DocumentBundle) {
  return {
    title: bundle.document.title,
    status: bundle.document.status,
    assignee: bundle.document.assignee,
    text: bundle.document.text,
    annotations: bundle.annotations.map((a) => ({ id: a.id, kind: a.kind, label: a.label, start: a.start, end: a.end, origin: a.origin, createdBy: a.createdBy })),
    claims: bundle.claims.map((c) => ({ annotationId: c.annotationId, status: c.status, verdict: c.verdict, verdictBy: c.verdictBy })),
    sources: bundle.sources.map((s) => ({ id: s.id, url: s.url, title: s.title })),
  };
}

/** The only document of `library`. */
export function onlyDocument(library: string): Promise<DocumentBundle> {
  return withCore(library, async (call) => {
    const { ids } = await call('documents:ids', { filter: {} });
    if (ids.length !== 1) throw new Error(`expected one document, found ${ids.length}`);
    return call('documents:bundle', { id: ids[0] });
  });
}
