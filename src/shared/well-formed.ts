/**
 * Well-formed UTF-16: a lone surrogate (half of an emoji, or `\ud800` written in JSON) cannot be
 * stored — SQLite keeps text as UTF-8 and reads such a half back as three U+FFFD, so a 25-character
 * text comes back 27 long and every later offset shifts. Every string that is stored is therefore made
 * well-formed first, by replacing each lone surrogate with U+FFFD. The replacement is one code unit for
 * one code unit, so offsets computed before it still point at the same characters.
 */

type WellFormedString = string & { isWellFormed?: () => boolean; toWellFormed?: () => string };

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** `text` with every lone surrogate replaced by U+FFFD (the same length; `text` itself when already well-formed). */
export function wellFormed(text: string): string {
  const s = text as WellFormedString;
  if (typeof s.isWellFormed === 'function' && typeof s.toWellFormed === 'function') {
    return s.isWellFormed() ? text : s.toWellFormed();
  }
  return text.replace(LONE_SURROGATE, '\uFFFD');
}

/**
 * `value` with every string in it — object keys too — made well-formed; arrays and plain objects are
 * copied only where something changed, so a large well-formed input costs one scan and no copy.
 */
export function wellFormedDeep<T>(value: T): T {
  return fix(value) as T;
}

function fix(value: unknown): unknown {
  if (typeof value === 'string') return wellFormed(value);
  if (Array.isArray(value)) {
    let copy: unknown[] | null = null;
    for (let i = 0; i < value.length; i++) {
      const item = fix(value[i]);
      if (item !== value[i]) (copy ??= value.slice())[i] = item;
    }
    return copy ?? value;
  }
  if (value !== null && typeof value === 'object' && isPlainObject(value)) {
    const record = value as Record<string, unknown>;
    // One pass without allocating; a copy only when some key or value had to change.
    let changed = false;
    for (const key of Object.keys(record)) {
      if (wellFormed(key) !== key || fix(record[key]) !== record[key]) {
        changed = true;
        break;
      }
    }
    if (!changed) return value;
    // Object.fromEntries defines properties, so a "__proto__" key stays an ordinary key.
    const out = Object.fromEntries(Object.keys(record).map((key) => [wellFormed(key), fix(record[key])]));
    return Object.getPrototypeOf(value) === null ? Object.assign(Object.create(null), out) : out;
  }
  return value;
}

function isPlainObject(value: object): boolean {
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}
