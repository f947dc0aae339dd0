/**
 * The sources consulted for a claim: each with its title (opening in the system browser, never
 * inside the app), address, quoted passage and date; add, edit and remove — all undoable.
 */
import { useState } from 'react';
import type { Annotation, ClaimSource } from '../../shared/types';
import { openExternal } from '../api/client';
import { Button } from '../ui/Button';
import { useReview } from './context';
import { readDraft } from './drafts';
import { SourceForm } from './SourceForm';
import { sourcesOf } from './store';
import { useMay } from '../team/may';

/** The sources part of the claim panel. */
export function ClaimSources({ annotation }: { annotation: Annotation }) {
  const { data, actions } = useReview();
  const sources = sourcesOf(data, annotation.id);
  const [editing, setEditing] = useState<string | 'new' | null>(null);
  // On a team server only fact-checkers (and the chief) add or change sources (team/may.ts).
  const mayChange = useMay('sources:update').allowed;
  const mayAdd = useMay('sources:add').allowed;

  return (
    <section className="rv-section" aria-label="Sources">
      <h3>
        Sources <span className="rv-count">{sources.length}</span>
      </h3>
      {sources.length === 0 && editing !== 'new' && <p className="rv-hint">No sources yet.</p>}
      <ul className="rv-sources">
        {sources.map((source) =>
          editing === source.id ? (
            <li key={source.id}>
              <SourceForm
                initial={source}
                onSubmit={(fields) => actions.updateSource(source.id, fields)}
                onCancel={() => setEditing(null)}
                draftKey={`source:${source.id}`}
              />
            </li>
          ) : (
            <SourceItem
              key={source.id}
              source={source}
              onEdit={mayChange ? () => setEditing(source.id) : undefined}
              onRemove={mayChange ? () => void actions.deleteSource(source.id) : undefined}
            />
          ),
        )}
      </ul>
      {editing === 'new' ? (
        <SourceForm
          onSubmit={async (fields) => (await actions.addSource(annotation.id, fields)) !== null}
          onCancel={() => setEditing(null)}
          draftKey={`${annotation.id}:new-source`}
        />
      ) : (
        mayAdd && (
          <Button small onClick={() => setEditing('new')}>
            {readDraft(`${annotation.id}:new-source`) ? 'Add source (draft kept)' : 'Add source'}
          </Button>
        )
      )}
    </section>
  );
}

/** One source; without `onEdit`/`onRemove` (the person may not change sources) it has no buttons. */
function SourceItem({ source, onEdit, onRemove }: { source: ClaimSource; onEdit?: () => void; onRemove?: () => void }) {
  return (
    <li className="rv-source">
      <button type="button" className="rv-link" title={`Open ${source.url} in your browser`} onClick={() => openExternal(source.url)}>
        {source.title || source.url}
      </button>
      {source.title && <span className="rv-source-url">{source.url}</span>}
      {source.quote && <blockquote className="rv-source-quote">{source.quote}</blockquote>}
      <span className="rv-hint">
        {source.consultedAt ? `Consulted ${new Date(source.consultedAt).toLocaleDateString()}` : 'Date not recorded'}
      </span>
      {onEdit && onRemove && (
        <div className="rv-row">
          <Button small variant="ghost" onClick={onEdit}>
            Edit
          </Button>
          <Button small variant="ghost" onClick={onRemove}>
            Remove
          </Button>
        </div>
      )}
    </li>
  );
}
