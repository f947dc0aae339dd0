/**
 * How much of each kind of file the importers read (issue 13): nesting depth, element and paragraph
 * counts, bytes after decompression, and the wall time of one parse. A file over a budget is refused
 * with one sentence naming what was too much, before the expensive parser sees it where a cheap scan
 * can tell (html-budget.ts, markdown-budget.ts, docx-zip.ts); the wall time is enforced by the task
 * worker (workers/worker-tasks.ts), which is ended and replaced when a parse runs out of it.
 *
 * Where each figure comes from: the 40 real news pages in ../shared/samples and ../shared/data/boilerplate
 * (measured with parse5, the parser jsdom uses), a 500-page report (≈ 1.5 M characters, 10,000
 * paragraphs), and how long jsdom + Readability and mdast take near each limit on a 2-core machine.
 * The README's "Files Copydesk refuses" table states the same figures.
 */
import { ApiError } from '../../../shared/result';
import { baseName } from './formats';

/**
 * Deepest element nesting of an HTML page, counted inside `<body>`. The deepest real page measured
 * is 29 levels (most are under 23); Chromium's parser itself stops nesting at 512. jsdom's tree
 * costs grow with depth × size: 256 nested divs take 2.3 s to import, 1,000 take 45 s, 100,000
 * never finish.
 */
export const HTML_MAX_DEPTH = 256;

/**
 * The depths of all the elements of an HTML page added up: the work jsdom and Readability do grows
 * with it (each element costs about 70 µs per level it sits below the body), so ten chains of 250
 * nested divs — each within HTML_MAX_DEPTH — take 22 s, a thousand chains of 40 take 29 s. The most
 * deeply built real page measured adds up to 21,415 (kxan.com, 2,005 elements); a 500-page report,
 * about 40,000. Pages at 150,000 read in 7–13 s.
 */
export const HTML_MAX_TOTAL_DEPTH = 150_000;

/**
 * Most elements in an HTML page (or in the HTML a .docx becomes). The largest real page measured
 * has 2,079 (independent.co.uk); a 500-page report as HTML has about 10,000 paragraphs. 50,000
 * short paragraphs import in about 9 s (long ones run into the wall time below); a million would
 * take minutes and gigabytes.
 */
export const HTML_MAX_ELEMENTS = 50_000;

/**
 * Deepest nesting of block quotes and lists in Markdown, counted together — the default
 * `maxNesting` of markdown-it. Real documents rarely go past 5; mdast takes 0.35 s at 100 nested
 * list levels, 40 s at 1,000, and overflows the stack at 5,000 quote levels.
 */
export const MARKDOWN_MAX_NESTING = 100;

/**
 * Most inline markers (`*`, `_`, backticks, brackets) in one Markdown paragraph. Real paragraphs
 * hold a few dozen; pairing them up costs mdast time that grows with the square of their number
 * (10,000 take 0.9 s, 40,000 take 13 s).
 */
export const MARKDOWN_MAX_MARKERS_PER_PARAGRAPH = 10_000;

/**
 * Most bytes the Word XML of a .docx (document, styles, numbering, notes, relationships) may unpack
 * to, enforced while inflating. A 500-page report's XML (10,000 paragraphs in Word's usual markup)
 * unpacks to about 5 MB and reads in 13 s; this allows twice that. One 40 MB run of text was still
 * being read after 20 s.
 */
export const DOCX_MAX_XML_BYTES = 10 * 1024 * 1024;

/** Most bytes a whole .docx package may unpack to, images included: the XML above plus the images of a file at the 25 MB import limit, with room. */
export const DOCX_MAX_UNPACKED_BYTES = 64 * 1024 * 1024;

/** Most paragraphs in a .docx: five times a 500-page report (10,000), the same order as HTML_MAX_ELEMENTS. */
export const DOCX_MAX_PARAGRAPHS = 50_000;

/**
 * Deepest element nesting inside a part of a .docx. Word's own XML goes about 8 levels deeper per
 * table inside a table, so real documents stay well under 100; mammoth reads elements recursively
 * and overflows the stack near 10,000.
 */
export const DOCX_MAX_XML_DEPTH = 256;

/** Most entries in a .docx package: Word writes about 15, one per image beyond that. */
export const DOCX_MAX_ENTRIES = 10_000;

/**
 * Longest a task worker may spend reading one file. A 500-page report (10,000 paragraphs, 1.5 M
 * characters) takes 9 s as HTML and 13 s as .docx on a 2-core machine that is busy with other work;
 * this leaves twice that. A parse still running after it is stopped and the file refused.
 */
export const PARSE_WALL_TIME_MS = 30_000;

/**
 * The task worker's heap (V8 old generation), in MB. Reading a 25 MB page within the budgets above
 * peaks near 1 GB; a file that needs more runs the worker — not the app — out of memory, and the
 * worker is replaced (workers/worker-tasks.ts).
 */
export const TASK_WORKER_MAX_HEAP_MB = 2048;

/** A number as a person reads it: 100000 → "100,000". */
export function count(n: number): string {
  return n.toLocaleString('en-US');
}

/** The refusal of a file over a budget: `what` is the rest of the sentence after the file name. */
export function overBudget(name: string, what: string): ApiError {
  return new ApiError('bad_file', `“${baseName(name)}” ${what}.`);
}
