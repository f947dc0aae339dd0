/**
 * The label an entity type of a brat `.ann` becomes: the type upper-cased, within the one limit every
 * label obeys (MAX_LABEL_LENGTH, the limit of the label editor and `labels:update`) — otherwise the
 * import would create a label the app then refuses to restore, rename or undo. A longer type is
 * shortened with "…", numbered when two long types would shorten alike, and named in a warning.
 * Types are data (`__proto__`, `constructor`): everything is kept in Maps.
 */
import { MAX_LABEL_LENGTH } from '../../../shared/limits';

/** `text` cut to at most `length` code units, never between the halves of a surrogate pair. */
function cutTo(text: string, length: number): string {
  if (text.length <= length) return text;
  const c = text.charCodeAt(length - 1);
  return text.slice(0, c >= 0xd800 && c <= 0xdbff ? length - 1 : length);
}

/** Chooses the label of each entity type of one `.ann` file. */
export class BratLabels {
  /** brat type → label. */
  private readonly chosen = new Map<string, string>();
  /** Labels handed out, upper-cased (label names are unique regardless of case). */
  private readonly used = new Set<string>();
  /** Long types that were shortened: type → label. */
  private readonly shortened = new Map<string, string>();

  /** The label of `type` (the same for the same type, distinct for distinct types). */
  labelFor(type: string): string {
    const known = this.chosen.get(type);
    if (known !== undefined) return known;
    const upper = type.toUpperCase();
    let label = upper;
    if (upper.length > MAX_LABEL_LENGTH) {
      for (let n = 1; ; n++) {
        const suffix = n === 1 ? '…' : `…${n}`;
        label = cutTo(upper, MAX_LABEL_LENGTH - suffix.length) + suffix;
        if (!this.used.has(label.toUpperCase())) break;
      }
      this.shortened.set(type, label);
    }
    this.chosen.set(type, label);
    this.used.add(label.toUpperCase());
    return label;
  }

  /** One warning naming the shortened types, when there were any. */
  warnings(annName: string): string[] {
    if (this.shortened.size === 0) return [];
    const examples = [...this.shortened.values()].slice(0, 3).map((label) => `“${label}”`).join(', ');
    const count = this.shortened.size;
    return [
      `${count === 1 ? '1 entity type' : `${count} entity types`} in “${annName}” ${count === 1 ? 'was' : 'were'} longer than the ${MAX_LABEL_LENGTH} characters a label may have and ${count === 1 ? 'was' : 'were'} shortened: ${examples}${count > 3 ? ' and more' : ''}.`,
    ];
  }
}
