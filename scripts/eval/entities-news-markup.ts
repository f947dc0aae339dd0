/**
 * The labellers' markup for the English news entity sets: the text exactly as given, each entity
 * written as [[LABEL|its text]]. `readMarkup` strips it back to the text, checks that nothing else
 * changed, and answers the gold spans in UTF-16 offsets (DESIGN.md "Text, offsets and anchoring").
 */
export const NEWS_LABELS = ['PERSON', 'ORG', 'PLACE', 'MONEY', 'PERCENT', 'DATE'] as const;

export interface LabelledSpan {
  start: number;
  end: number;
  label: string;
  text: string;
}

export function readMarkup(marked: string, original: string, name: string): LabelledSpan[] {
  const spans: LabelledSpan[] = [];
  let plain = '';
  let at = 0;
  const pattern = /\[\[([A-Z]+)\|([^\]]*)\]\]/g;
  for (let m = pattern.exec(marked); m; m = pattern.exec(marked)) {
    plain += marked.slice(at, m.index);
    const [, label, inner] = m;
    if (!(NEWS_LABELS as readonly string[]).includes(label)) throw new Error(`${name}: unknown label ${label} at “${inner}”`);
    if (inner.trim() !== inner || inner === '') throw new Error(`${name}: span “${inner}” starts or ends with a space, or is empty`);
    spans.push({ start: plain.length, end: plain.length + inner.length, label, text: inner });
    plain += inner;
    at = m.index + m[0].length;
  }
  plain += marked.slice(at);
  if (plain.includes('[[') || plain.includes(']]')) throw new Error(`${name}: malformed markup near “${plain.slice(Math.max(0, plain.indexOf('[[') - 20), plain.indexOf('[[') + 40)}”`);
  if (plain !== original) {
    let i = 0;
    while (i < plain.length && plain[i] === original[i]) i++;
    throw new Error(`${name}: the text differs from the original at ${i}: marked “${plain.slice(i, i + 40)}” vs original “${original.slice(i, i + 40)}”`);
  }
  return spans;
}
