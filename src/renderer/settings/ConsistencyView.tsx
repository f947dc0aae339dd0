/**
 * Library memory, checked: names tagged with different labels across the library ("Harbin" as
 * PLACE in 12 documents and ORG in 1), with one action to relabel the odd ones out everywhere.
 */
import { useCallback, useEffect, useState } from 'react';
import type { Output } from '../../shared/api';
import { call } from '../api/client';
import { Button } from '../ui/Button';
import { errorMessage } from '../ui/errors';

type Rows = Output<'suggestions:consistency'>;

export function ConsistencyView() {
  const [rows, setRows] = useState<Rows | null>(null);
  const [message, setMessage] = useState<string | null>(null);

  const load = useCallback(() => {
    call('suggestions:consistency', {}).then(setRows, (e) => setMessage(errorMessage(e)));
  }, []);
  useEffect(load, [load]);

  async function relabel(text: string, from: string, to: string) {
    try {
      const done = await call('suggestions:relabel', { text, from, to });
      setMessage(`“${text}”: ${done.annotations} ${done.annotations === 1 ? 'tag' : 'tags'} in ${done.documents} ${done.documents === 1 ? 'document' : 'documents'} changed from ${from} to ${to}.`);
      load();
    } catch (e) {
      setMessage(errorMessage(e));
    }
  }

  if (!rows) return message ? <p role="alert">{message}</p> : null;
  return (
    <div className="consistency-view">
      {message && <p role="status">{message}</p>}
      {rows.length === 0 ? (
        <p className="settings-hint">Every name in the library is tagged with one label only.</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Tagged as</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => {
              const main = row.labels[0];
              return (
                <tr key={row.text}>
                  <td>{row.text}</td>
                  <td>
                    <ul>
                      {row.labels.map((l) => (
                        <li key={l.label}>
                          {l.label}: {l.annotations} in {l.documents} {l.documents === 1 ? 'document' : 'documents'}{' '}
                          {l !== main && (
                            <Button small onClick={() => void relabel(row.text, l.label, main.label)} title={`Relabel these ${l.label} tags as ${main.label} in every document`}>
                              Make {main.label}
                            </Button>
                          )}
                        </li>
                      ))}
                    </ul>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </div>
  );
}
