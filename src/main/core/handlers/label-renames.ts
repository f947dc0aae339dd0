/**
 * Label renames as the audit log records them: a `label.updated` event whose name changed. An undo
 * follows them to bring an entity back under its label's current name (restore.ts).
 */

/** The renames among the data of `label.updated` events (oldest first), as `{ from, to }` names. */
export function labelRenames(updates: ReadonlyArray<Record<string, unknown>>): Array<{ from: string; to: string }> {
  const renames: Array<{ from: string; to: string }> = [];
  for (const data of updates) {
    const { before, after } = data as { before?: { name?: unknown }; after?: { name?: unknown } };
    const from = before?.name;
    const to = after?.name;
    if (typeof from === 'string' && typeof to === 'string' && from !== to) renames.push({ from, to });
  }
  return renames;
}
