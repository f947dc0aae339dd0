/**
 * The consistency view's data (issue 8): names the library has tagged with more than one label
 * ("Jordan" as PERSON in 3 documents and PLACE in 5). Pure; the view and its relabel action are
 * built on top of it.
 */

export interface TaggedName {
  text: string;
  label: string;
  /** In how many documents the name carries this label. */
  documents: number;
}

export interface LabelConflict {
  /** The spelling used most often. */
  text: string;
  /** Each label with its document count, most used first. */
  labels: Array<{ label: string; documents: number }>;
  /** Documents counted over all labels. */
  documents: number;
}

/** Spellings that differ only in case or spacing are the same name. */
function key(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLowerCase();
}

export function findLabelConflicts(names: TaggedName[]): LabelConflict[] {
  const groups = new Map<string, { spellings: Map<string, number>; labels: Map<string, number> }>();
  for (const name of names) {
    const k = key(name.text);
    if (!k || !name.label || !(name.documents > 0)) continue;
    const group = groups.get(k) ?? { spellings: new Map(), labels: new Map() };
    const spelling = name.text.trim().replace(/\s+/g, ' ');
    group.spellings.set(spelling, (group.spellings.get(spelling) ?? 0) + name.documents);
    group.labels.set(name.label, (group.labels.get(name.label) ?? 0) + name.documents);
    groups.set(k, group);
  }
  const conflicts: LabelConflict[] = [];
  for (const group of groups.values()) {
    if (group.labels.size < 2) continue;
    const labels = [...group.labels].map(([label, documents]) => ({ label, documents })).sort((a, b) => b.documents - a.documents || a.label.localeCompare(b.label));
    const text = [...group.spellings].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0][0];
    conflicts.push({ text, labels, documents: labels.reduce((sum, l) => sum + l.documents, 0) });
  }
  return conflicts.sort((a, b) => b.documents - a.documents || a.text.localeCompare(b.text));
}
