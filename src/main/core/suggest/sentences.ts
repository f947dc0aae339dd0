/**
 * Sentences and "; "-joined clauses of a canonical text, with UTF-16 offsets into it.
 *
 * Base: `Intl.Segmenter` (sentence granularity, ICU's UAX #29 rules, built into Node and Chromium):
 * no dependency, linear time, and it already keeps decimals ("5.8%"), "U.S. on", closing quotes
 * ("said \"It is big.\" ") and lower-case continuations together. Its known gaps, fixed here:
 * - it breaks after title abbreviations followed by a capital ("Mr. Smith", "Dr. Jones", "St. Louis",
 *   "No. 5") and after a middle initial ("John F. Kennedy") — those pieces are joined again;
 * - it does not split clauses joined by "; " — news copy (and the Xinhua sample) strings separate
 *   facts together that way, each one a claim of its own, so long enough clauses are split.
 * Line breaks always end a sentence: a scraped headline has no full stop.
 */

export interface Sentence {
  start: number;
  end: number;
  text: string;
}

/** Abbreviations that are followed by a name or a number, never end a sentence in news copy. */
const NEVER_FINAL = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'gen', 'sen', 'rep', 'gov', 'lt', 'col', 'capt', 'sgt', 'rev',
  'hon', 'pres', 'cmdr', 'adm', 'maj', 'brig', 'cpl', 'pvt', 'atty', 'insp', 'det', 'fr', 'supt', 'mt', 'ft', 'no', 'nos', 'vs', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug',
  'sep', 'sept', 'oct', 'nov', 'dec', 'e.g', 'i.e', 'cf', 'approx', 'fig', 'jr', 'sr',
]);

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/** A clause after "; " must have at least this many words on both sides to stand as its own sentence. */
const MIN_CLAUSE_WORDS = 4;

/** Does this piece end with an abbreviation or initial that cannot end a sentence? */
function endsWithNonFinalAbbreviation(piece: string): boolean {
  const m = /(?:^|[\s("'“‘])([A-Za-z](?:\.[A-Za-z])*|[A-Za-z]{1,6})\.\s*$/.exec(piece);
  if (!m) return false;
  const word = m[1];
  // A single capital initial ("F.") — but not a one-letter word that ends a sentence ("plan B.").
  if (word.length === 1) return /[A-Z]/.test(word) && !/\b(?:plan|type|class|grade|vitamin|section)\s+[A-Z]\.\s*$/i.test(piece);
  return NEVER_FINAL.has(word.toLowerCase());
}

/** "U.S.", "U.N.", "U.K." at the end of a piece. */
const DOTTED_ACRONYM_END = /(?:^|[\s(])(?:\p{Lu}\.){2,}\s*$/u;

/** Words that start a new sentence after "the U.S." rather than naming something ("U.S. Army"). */
const SENTENCE_OPENERS = new Set(
  'a an the this that these those it its he she they we i you there here but and or so yet if when while as after before although though because since in on at for from with by of to during over under some many most all each every no not one another such what which who how why where then now still also even only just last next first his her their our my your'.split(' '),
);

/** Does the piece after a dotted acronym carry on its name ("Securities and Exchange Commission")? */
function continuesAfterAcronym(next: string): boolean {
  const m = /^\s*(\p{L}[\p{L}’'-]*)/u.exec(next);
  return !!m && /^\p{Lu}/u.test(m[1]) && !SENTENCE_OPENERS.has(m[1].toLowerCase());
}

function wordCount(text: string): number {
  const m = text.match(/[\p{L}\p{N}]+/gu);
  return m ? m.length : 0;
}

/**
 * Split one sentence at "; " where the pieces on both sides (from the neighbouring semicolons) are
 * real clauses; "Li; Wang; and Zhao" stays one sentence.
 */
function splitClauses(start: number, text: string, out: Sentence[]): void {
  const cuts: Array<[number, number]> = []; // [index of ";", index after its spaces]
  const re = /;\s+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) cuts.push([m.index, m.index + m[0].length]);
  // Four words fit in 200 characters: counting only a window keeps a million semicolons linear.
  const words = (from: number, to: number): number => wordCount(text.slice(from, Math.min(to, from + 200)));
  let from = 0;
  for (let i = 0; i < cuts.length; i += 1) {
    const pieceStart = i > 0 ? cuts[i - 1][1] : 0;
    const nextEnd = i + 1 < cuts.length ? cuts[i + 1][0] : text.length;
    if (words(pieceStart, cuts[i][0]) >= MIN_CLAUSE_WORDS && words(cuts[i][1], nextEnd) >= MIN_CLAUSE_WORDS) {
      pushTrimmed(start + from, text.slice(from, cuts[i][0] + 1), out);
      from = cuts[i][1];
    }
  }
  pushTrimmed(start + from, text.slice(from), out);
}

function pushTrimmed(start: number, text: string, out: Sentence[]): void {
  const lead = text.length - text.trimStart().length;
  const trimmed = text.trim();
  if (!trimmed) return;
  out.push({ start: start + lead, end: start + lead + trimmed.length, text: trimmed });
}

/** The sentences (and "; " clauses) of `text`, in order, trimmed, with offsets into `text`. */
/**
 * ICU pieces of `text` as [start, end) offsets. V8's segment iterator slows down with the length of
 * its input (16,000 sentences in one string take seconds), so it is fed one line at a time, and long
 * lines in windows: every piece but the window's last is final, the last one is read again at the
 * start of the next window. Linear in the text's length.
 */
function* icuPieces(text: string): Generator<[number, number]> {
  const WINDOW = 4000;
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    let pos = lineStart;
    while (pos < lineEnd) {
      const end = Math.min(lineEnd, pos + WINDOW);
      const segs = Array.from(segmenter.segment(text.slice(pos, end)), (x) => x.index);
      const more = end < lineEnd;
      const keep = more && segs.length > 1 ? segs.length - 1 : segs.length;
      for (let i = 0; i < keep; i += 1) {
        const segEnd = i + 1 < segs.length ? pos + segs[i + 1] : end;
        yield [pos + segs[i], segEnd];
      }
      pos = keep < segs.length ? pos + segs[keep] : end;
    }
    // The line break ends whatever came before it.
    yield [lineEnd, lineEnd];
    lineStart = lineEnd + 1;
  }
}

/** The sentences (and "; " clauses) of `text`, in order, trimmed, with offsets into `text`. */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  // The sentence being built runs from pendingStart to pendingEnd in `text`.
  let pendingStart = -1;
  let pendingEnd = -1;
  const flush = (): void => {
    if (pendingStart >= 0) splitClauses(pendingStart, text.slice(pendingStart, pendingEnd), out);
    pendingStart = -1;
  };
  // After "the U.S." the next piece decides: "Securities and Exchange Commission …" goes on the
  // same sentence, "The company …" starts a new one.
  let afterAcronym = false;
  for (const [start, end] of icuPieces(text)) {
    if (start === end) {
      afterAcronym = false;
      flush(); // a line break
      continue;
    }
    if (afterAcronym && !continuesAfterAcronym(text.slice(start, Math.min(end, start + 40)))) flush();
    afterAcronym = false;
    if (pendingStart < 0) pendingStart = start;
    pendingEnd = end;
    const tail = text.slice(Math.max(pendingStart, end - 24), end);
    if (endsWithNonFinalAbbreviation(tail)) continue;
    if (DOTTED_ACRONYM_END.test(tail)) afterAcronym = true;
    else flush();
  }
  flush();
  return out;
}
