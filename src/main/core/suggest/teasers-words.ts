/**
 * Content words of a line, for comparing a block's vocabulary with the article's lead: letters and
 * digits in any script, lower-cased, three characters or more, common function words left out.
 */
const STOPWORDS = new Set(
  (
    'the and for are but not you all any can had her was one our out has his how its may new now ' +
    'old see two who did get him let say she too use that with have this will your from they been ' +
    'were said each which their them then than there these those what when where while would could ' +
    'should about after again also into just more most much only other over some such very upon ' +
    'being both down here off once same under until why own because before between during through ' +
    'above below against further many well even like make made year years first last'
  ).split(' '),
);

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;

export function contentWords(line: string): string[] {
  const words: string[] = [];
  for (const match of line.matchAll(WORD)) {
    const word = match[0].toLowerCase();
    if (word.length >= 3 && !STOPWORDS.has(word) && !/^\d+$/.test(word)) words.push(word);
  }
  return words;
}

/** Share of the line's content words found in `vocabulary`; null when the line has too few to judge. */
export function overlapWith(words: string[], vocabulary: ReadonlySet<string>, minimumWords = 4): number | null {
  if (words.length < minimumWords) return null;
  let shared = 0;
  for (const word of words) if (vocabulary.has(word)) shared++;
  return shared / words.length;
}
