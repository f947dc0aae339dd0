/**
 * Hostile cases for text integrity (issue 13, H2): encodings (UTF-16/32 with and without a mark,
 * invalid UTF-8 of every kind, NULs early and late, nothing but invisible characters, the size limit),
 * Copydesk JSON (lone surrogates, deep nesting, huge arrays, `__proto__` keys, wrong types, a newer
 * version, a 10 MB title, offsets out of range), brat (Object.prototype names and over-long types,
 * bad offsets, CRLF) and file names (control characters, a newline, 300 characters, an RTL override).
 * Special files (FIFO, /dev/zero, folders, symlink loops) are not bytes: tests/unit/cli/special-files.test.ts.
 */
import type { HostileCase } from './case';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const bytes = (...values: number[]): Uint8Array => Uint8Array.from(values);
const join = (...parts: Uint8Array[]): Uint8Array => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
};

/** UTF-16 code units of `text` (lone surrogates kept), optionally after a byte-order mark. */
function utf16(text: string, littleEndian: boolean, bom: boolean): Uint8Array {
  const units = (bom ? '\uFEFF' : '') + text;
  const view = new DataView(new ArrayBuffer(units.length * 2));
  for (let i = 0; i < units.length; i++) view.setUint16(i * 2, units.charCodeAt(i), littleEndian);
  return new Uint8Array(view.buffer);
}

/** UTF-32 of `text` (or raw values), optionally after a byte-order mark. */
function utf32(text: string | number[], littleEndian: boolean, bom: boolean): Uint8Array {
  const points = [...(bom ? [0xfeff] : []), ...(typeof text === 'string' ? [...text].map((c) => c.codePointAt(0)!) : text)];
  const view = new DataView(new ArrayBuffer(points.length * 4));
  points.forEach((p, i) => view.setUint32(i * 4, p, littleEndian));
  return new Uint8Array(view.buffer);
}

const ARTICLE = 'Harbin Electric rose 5.8% 😀 in March.\nThe regional GDP reached 2.7 trillion yuan.';

/** One .txt case. */
const txt = (name: string, data: Uint8Array | (() => Uint8Array), expect: HostileCase['expect'], mentions?: string | RegExp, file = 'story.txt'): HostileCase => ({
  name: `text: ${name}`,
  files: [{ name: file, bytes: data }],
  expect,
  ...(mentions ? { mentions } : {}),
});

/** One .copydesk.json case from a value (or raw JSON text). */
const json = (name: string, value: unknown, expect: HostileCase['expect'], mentions?: string | RegExp): HostileCase => ({
  name: `json: ${name}`,
  files: [{ name: 'export.copydesk.json', bytes: () => utf8(typeof value === 'function' ? value() : typeof value === 'string' ? value : JSON.stringify(value)) }],
  expect,
  ...(mentions ? { mentions } : {}),
});

/** A valid Copydesk file with `patch` applied to the top level and `doc` to the document. */
const copydesk = (patch: Record<string, unknown> = {}, doc: Record<string, unknown> = {}) => ({
  format: 'copydesk',
  version: 1,
  document: { title: 'Harbin', text: ARTICLE, ...doc },
  annotations: [{ id: 'a1', kind: 'entity', label: 'ORG', start: 0, end: 15, quote: 'Harbin Electric' }],
  ...patch,
});

/** One brat case: a .txt and its .ann. */
const brat = (name: string, ann: string, expect: HostileCase['expect'], text = ARTICLE, mentions?: string | RegExp): HostileCase => ({
  name: `brat: ${name}`,
  files: [
    { name: 'wire.txt', bytes: utf8(text) },
    { name: 'wire.ann', bytes: utf8(ann) },
  ],
  expect,
  ...(mentions ? { mentions } : {}),
});

const MB = 1024 * 1024;

export const cases: HostileCase[] = [
  // ── encodings ──────────────────────────────────────────────────────────────────────────────
  txt('UTF-8 with a byte-order mark', join(bytes(0xef, 0xbb, 0xbf), utf8(ARTICLE)), 'imported'),
  txt('a UTF-8 byte-order mark and nothing else', bytes(0xef, 0xbb, 0xbf), 'refused', 'empty'),
  txt('UTF-16LE with a byte-order mark', utf16(ARTICLE, true, true), 'imported'),
  txt('UTF-16BE with a byte-order mark', utf16(ARTICLE, false, true), 'imported'),
  txt('UTF-16LE without a mark', utf16(ARTICLE, true, false), 'imported'),
  txt('UTF-16BE without a mark', utf16(ARTICLE, false, false), 'imported'),
  txt('a UTF-16 byte-order mark and nothing else', bytes(0xff, 0xfe), 'refused', 'empty'),
  txt('UTF-16LE with a lone high surrogate', utf16('Harbin \uD800 Electric rose.', true, true), 'imported'),
  txt('UTF-16LE with a lone low surrogate at the end', utf16('Harbin Electric rose.\uDC00', true, true), 'imported'),
  txt('UTF-16LE with an odd number of bytes', join(utf16(ARTICLE, true, true), bytes(0x41)), 'imported'),
  txt('UTF-16LE holding a U+0000 character', utf16('Harbin\u0000Electric rose.', true, true), 'refused', 'binary'),
  txt('UTF-32LE with a byte-order mark', utf32(ARTICLE, true, true), 'imported'),
  txt('UTF-32BE with a byte-order mark', utf32(ARTICLE, false, true), 'imported'),
  txt('UTF-32LE without a mark', utf32(ARTICLE, true, false), 'imported'),
  txt('UTF-32BE without a mark', utf32(ARTICLE, false, false), 'either'),
  txt('UTF-32 with values above U+10FFFF and surrogates', utf32([0x48, 0x69, 0x110000, 0xd800, 0x21, 0xffffffff], true, true), 'imported'),
  txt('a UTF-32 byte-order mark and nothing else', bytes(0xff, 0xfe, 0, 0), 'refused', 'empty'),
  txt('invalid UTF-8: a lone continuation byte', join(utf8('Harbin '), bytes(0x80), utf8(' Electric')), 'imported'),
  txt('invalid UTF-8: an overlong "/"', join(utf8('Harbin '), bytes(0xc0, 0xaf), utf8(' Electric')), 'imported'),
  txt('invalid UTF-8: an overlong NUL', join(utf8('Harbin '), bytes(0xc0, 0x80), utf8(' Electric')), 'imported'),
  txt('invalid UTF-8: a truncated sequence at the end', join(utf8('Harbin Electric '), bytes(0xe2, 0x82)), 'imported'),
  txt('invalid UTF-8: an encoded surrogate', join(utf8('Harbin '), bytes(0xed, 0xa0, 0x80), utf8(' Electric')), 'imported'),
  txt('invalid UTF-8: above U+10FFFF', join(utf8('Harbin '), bytes(0xf4, 0x90, 0x80, 0x80), utf8(' Electric')), 'imported'),
  txt('invalid UTF-8: five- and six-byte forms', join(utf8('Harbin '), bytes(0xf8, 0x88, 0x80, 0x80, 0x80, 0xfc, 0x84, 0x80, 0x80, 0x80, 0x80)), 'imported'),
  txt('invalid UTF-8: stray FE and FF bytes', join(utf8('Harbin '), bytes(0xfe, 0xff, 0xfe), utf8(' Electric')), 'imported'),
  txt('invalid UTF-8: a lead byte followed by ASCII', join(utf8('Harbin '), bytes(0xe4, 0x41, 0x42), utf8(' Electric')), 'imported'),
  txt('8 KB of bytes 0x80–0xFF', () => Uint8Array.from({ length: 8192 }, (_, i) => 0x80 + (i % 128)), 'either'),
  txt('a NUL as the first byte', join(bytes(0), utf8(ARTICLE)), 'refused', 'binary'),
  txt('a NUL at byte 100', join(utf8('a'.repeat(100)), bytes(0), utf8(ARTICLE)), 'refused', 'binary'),
  txt('a NUL just after the first 8 KB', () => join(utf8(`${'Harbin Electric rose. '.repeat(400)}\n`), bytes(0), utf8('tail')), 'refused', 'NUL'),
  txt('a NUL as the last byte of 1 MB', () => join(utf8('word '.repeat(MB / 5)), bytes(0)), 'refused', 'NUL'),
  txt('an empty file', new Uint8Array(0), 'refused', 'empty'),
  txt('only zero-width characters', utf8('\u200B\u200C\u200D\u2060\uFEFF\u200B'), 'refused', 'empty'),
  txt('only soft hyphens, word joiners and bidi marks on several lines', utf8('\u00AD\u2060\n\u200E\u200F\r\n\u2066\u2069'), 'refused', 'empty'),
  txt('only whitespace (spaces, tabs, no-break spaces, ideographic spaces)', utf8(' \t\u00A0\u3000\n  \t\n'), 'refused', 'empty'),
  txt('only CRLF line breaks', utf8('\r\n'.repeat(10_000)), 'refused', 'empty'),
  txt('lone CR line endings', utf8(ARTICLE.replace('\n', '\r')), 'imported'),
  txt('terminal escape sequences in the text', utf8('\u001b]0;pwned\u0007Harbin \u001b[31mElectric\u001b[0m rose.'), 'either'),
  txt('bidi overrides in the text', utf8('Harbin \u202Ecirtcele\u202C rose.\n\u2067Isolated\u2069 text.'), 'imported'),
  txt('25 MB and one byte', () => new Uint8Array(25 * MB + 1).fill(0x61), 'refused', 'limit'),
  txt('one 4 MB line', () => new Uint8Array(4 * MB).fill(0x61), 'imported'),

  // ── Copydesk JSON ──────────────────────────────────────────────────────────────────────────
  json('a lone high surrogate (\\ud800) before an annotation', '{"format":"copydesk","version":1,"document":{"title":"T","text":"\\ud800 Harbin Electric rose."},"annotations":[{"id":"a1","kind":"entity","label":"ORG","start":2,"end":17,"quote":"Harbin Electric"}]}', 'imported'),
  json('a lone low surrogate in the title and a note', '{"format":"copydesk","version":1,"document":{"title":"\\udc00 T","text":"Harbin Electric rose."},"annotations":[{"id":"a1","kind":"note","start":0,"end":6,"quote":"Harbin","attrs":{"note":"\\ud83d"}}]}', 'imported'),
  json('100,000 nested arrays', () => `{"format":"copydesk","version":1,"document":{"title":"T","text":"x"},"annotations":${'['.repeat(100_000)}${']'.repeat(100_000)}}`, 'refused', 'nests'),
  json('10,000 nested objects in attrs', () => `{"format":"copydesk","version":1,"document":{"title":"T","text":"Harbin"},"annotations":[{"id":"a","kind":"note","start":0,"end":6,"quote":"Harbin","attrs":${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}}]}`, 'refused', 'nests'),
  json('1,000,000 annotations', () => JSON.stringify(copydesk({ annotations: Array(1_000_000).fill(0) })), 'refused', '200,000'),
  json('__proto__ keys everywhere', '{"__proto__":{"polluted":true},"format":"copydesk","version":1,"document":{"__proto__":{"x":1},"title":"T","text":"Harbin Electric rose."},"annotations":[{"__proto__":{"kind":"claim"},"id":"a1","kind":"note","start":0,"end":6,"quote":"Harbin","attrs":{"__proto__":"x","constructor":"y"}}],"claims":[],"sources":[]}', 'imported'),
  json('an annotation id and label named constructor', copydesk({ annotations: [{ id: 'constructor', kind: 'entity', label: 'constructor', start: 0, end: 15, quote: 'Harbin Electric' }] }), 'imported'),
  json('a claim checklist keyed __proto__ and toString', copydesk({ annotations: [{ id: 'toString', kind: 'claim', start: 0, end: 15, quote: 'Harbin Electric' }], claims: [{ annotationId: 'toString', status: 'verified', checklist: { toString: true, hasOwnProperty: false } }] }), 'imported'),
  json('the text is a number', copydesk({}, { text: 42 }), 'refused', 'document.text'),
  json('annotations is an object', copydesk({ annotations: { length: 1 } }), 'refused', 'annotations'),
  json('an offset is a string', copydesk({ annotations: [{ id: 'a', kind: 'note', start: '0', end: 6, quote: 'Harbin' }] }), 'refused', 'start'),
  json('a newer file version', copydesk({ version: 99 }), 'refused', 'newer'),
  json('version 1e308', '{"format":"copydesk","version":1e308,"document":{"title":"T","text":"x"},"annotations":[]}', 'refused', 'newer'),
  json('a 10 MB title', () => JSON.stringify(copydesk({}, { title: 'Headline '.repeat(1_200_000) })), 'imported'),
  json('an annotation past the end of the text', copydesk({ annotations: [{ id: 'a', kind: 'note', start: 10, end: 10_000, quote: 'x' }] }), 'refused', 'outside'),
  json('a negative offset', copydesk({ annotations: [{ id: 'a', kind: 'note', start: -5, end: 3, quote: 'Har' }] }), 'refused', 'start'),
  json('an offset of 1e21', copydesk({ annotations: [{ id: 'a', kind: 'note', start: 0, end: 1e21, quote: 'x' }] }), 'refused'),
  json('a NUL (\\u0000) in the text', '{"format":"copydesk","version":1,"document":{"title":"T","text":"Harbin\\u0000Electric"},"annotations":[]}', 'refused', 'NUL'),
  json('not JSON at all', '{"format": "copydesk", version: 1', 'refused', 'JSON'),
  json('a JSON array', '[1, 2, 3]', 'refused', 'object'),
  json('no format field', '{"version":1,"document":{"title":"T","text":"x"},"annotations":[]}', 'refused', 'format'),

  // ── brat ───────────────────────────────────────────────────────────────────────────────────
  brat('an entity type called __proto__', 'T1\t__proto__ 0 15\tHarbin Electric\n', 'imported'),
  brat('an entity type called constructor', 'T1\tconstructor 0 15\tHarbin Electric\nT2\tprototype 21 25\t5.8%\n', 'imported'),
  brat('types named after Object.prototype methods', 'T1\thasOwnProperty 0 6\tHarbin\nT2\ttoString 7 15\tElectric\nT3\tvalueOf 21 25\t5.8%\n', 'imported'),
  brat('an attribute named __proto__', 'T1\tClaim 0 15\tHarbin Electric\nA1\t__proto__ T1 verified\nA2\tconstructor T1\n', 'imported'),
  brat('a 1,000-character entity type', `T1\t${'X'.repeat(1000)} 0 15\tHarbin Electric\n`, 'imported'),
  brat('50 long types sharing their first 60 characters', Array.from({ length: 50 }, (_, i) => `T${i + 1}\t${'LONG_TYPE_'.repeat(7)}${i} 0 6\tHarbin`).join('\n'), 'imported'),
  brat('a span that ends before it starts', 'T1\tORG 15 0\tHarbin Electric\nT2\tORG 0 6\tHarbin\n', 'imported'),
  brat('offsets past the end of the text', 'T1\tORG 5000 5015\tHarbin Electric\nT2\tORG 0 6\tHarbin\n', 'imported'),
  brat('offsets of 1e20', 'T1\tORG 0 100000000000000000000\tHarbin\n', 'imported'),
  brat('CRLF in both files', 'T1\tORG 0 15\tHarbin Electric\r\nT2\tPERCENT 21 25\t5.8%\r\n', 'imported', ARTICLE.replace('\n', '\r\n')),
  brat('an .ann of binary bytes', '\u0001\u0002\u0003\u0004'.repeat(1000), 'either'),
  brat('an .ann with 100,000 unreadable lines', 'not brat at all\n'.repeat(100_000), 'imported'),

  // ── file names ─────────────────────────────────────────────────────────────────────────────
  txt('a file name with control characters', utf8(ARTICLE), 'imported', undefined, 'wire\u0001\u001b[31m\u0007story.txt'),
  txt('a file name with a newline that forges a line', utf8(ARTICLE), 'imported', undefined, 'a.txt\nimported  fake.txt → 0000.txt'),
  txt('a 300-character file name', utf8(ARTICLE), 'imported', undefined, `${'long-name-'.repeat(30)}.txt`),
  txt('a file name with a right-to-left override', utf8(ARTICLE), 'imported', undefined, 'report\u202Etxt.exe\u202C.txt'),
  txt('a file name of emoji and a lone surrogate', utf8(ARTICLE), 'imported', undefined, '😀\uD800 story.txt'),
];
