/**
 * Typed proper-noun runs: consecutive capitalised words the model tags as names ("Harbin Electric
 * Power Group Co., Ltd.", "President Xi Jinping", "Heilongjiang Province"), typed PERSON, ORG or
 * PLACE by the gazetteer — titles, organisation and place suffixes, place names, first names and
 * family names. A run with no such evidence is not suggested.
 */
import type { SuggestedSpan } from './types';
import type { Analysis, Token } from './entities-nlp';
import type { Gazetteer } from './gazetteer';
import { spreadAlongLists, type Segment } from './entities-lists';
import { attributionCue, organisationCue } from './entities-cues';
import { inTitleCaseLine } from './entities-headlines';

/** Particles that sit inside a person's name ("Laurence des Cars", "Ludwig van Beethoven"). */
const NAME_PARTICLES_INSIDE = new Set(['de', 'del', 'la', 'le', 'du', 'des', 'da', 'di', 'dos', 'das', 'von', 'van', 'der', 'den', 'ter', 'al', 'bin', 'ibn']);
/** Lower-case words allowed inside a name when a capitalised word follows: "Bank of China", and the particles. */
const CONNECTORS = new Set(['of', 'and', '&', 'for', ...NAME_PARTICLES_INSIDE]);
/**
 * Parts of speech a capitalised word may have inside a name (the model calls "Electric" an
 * adjective, and "Ford" in "Neil Ford" or "Associated" in "Associated Press" a verb).
 */
const NAME_POS = new Set(['PROPN', 'NOUN', 'ADJ', 'X', 'VERB']);
/** A word of a person's name: "Smith", "McFarland", "O'Brien", "Torres-Guillén", "LeBron", "DiCaprio". */
const NAME_WORD = /^(?:Mc|Mac|O['’]|D['’])?\p{Lu}[\p{Ll}\p{M}'’.]*(?:\p{Lu}\p{Ll}{2,})?(?:-\p{Lu}?[\p{Ll}\p{M}'’.]+)*$/u;

/** Whether a word is a known first name, as spelled or with the name lists' capitals ("LeBron" → "Lebron"). */
function isFirstName(word: string, gaz: Gazetteer): boolean {
  return gaz.firstNames.has(word) || gaz.firstNames.has(word[0] + word.slice(1).toLowerCase());
}
const CAPITALISED = /^\p{Lu}[\p{L}\p{M}.'’-]*$/u;

function isCapitalised(token: Token): boolean {
  return CAPITALISED.test(token.text) && /\p{L}/u.test(token.text);
}

/** Abbreviations that start a place's name, after which the model may wrongly end a sentence. */
const PLACE_ABBREVIATIONS = new Set(['St.', 'Ft.', 'Mt.']);

/** Whether `b` follows `a` with at most one space and no line break between. */
function adjacent(text: string, a: Token, b: Token): boolean {
  if (a.sentence !== b.sentence && !PLACE_ABBREVIATIONS.has(a.text)) return false;
  const gap = text.slice(a.end, b.start);
  return gap === '' || gap === ' ';
}

/** Token index ranges [first, last] of capitalised runs. */
export function properNounRuns(text: string, tokens: Token[], gaz: Gazetteer): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i];
    const sentenceStart = i === 0 || tokens[i - 1].sentence !== token.sentence || /^["“‘(]$/.test(tokens[i - 1].text);
    const startsName = isCapitalised(token) && !gaz.postNominals.has(token.text) && (token.pos === 'PROPN' || (!sentenceStart && NAME_POS.has(token.pos)) || gaz.personTitles.has(token.text));
    if (!startsName) { i++; continue; }
    let last = i;
    let j = i + 1;
    while (j < tokens.length && adjacent(text, tokens[j - 1], tokens[j])) {
      const t = tokens[j];
      // "Neil Ford QC": the letters after a name end it.
      if (gaz.postNominals.has(t.text)) break;
      // A title-case headline's verb ends the name before it: "President Biden Meets With…",
      // "Jimmy Kimmel Reveals…" (but "Sports Illustrated", "Associated Press" start with theirs).
      if (j - i >= 2 && (t.pos === 'VERB' || t.pos === 'ADV' || t.pos === 'AUX') && /(?:s|ed|ly)$/.test(t.text)) break;
      if (isCapitalised(t) && (NAME_POS.has(t.pos) || gaz.orgSuffixes.has(t.text))) { last = j; j++; continue; }
      const next = tokens[j + 1];
      if (hyphenatedName(text, tokens, i, j, gaz) || hyphenatedWithinName(text, tokens, i, j)) { last = j + 1; j += 2; continue; }
      // "Co., Ltd.": a comma inside a company's legal form.
      if (t.text === ',' && next && gaz.orgSuffixes.has(next.text) && gaz.orgSuffixes.has(tokens[j - 1].text) && next.start - t.end <= 1) { last = j + 1; j += 2; continue; }
      if (CONNECTORS.has(t.text) && next && isCapitalised(next) && adjacent(text, t, next)) { j++; continue; }
      break;
    }
    runs.push([i, last]);
    i = last + 1;
  }
  return runs;
}

/**
 * Whether the hyphen at token `j` joins two halves of one person's name: a double first name
 * ("Jean-Paul", "Jacques-Louis") or a double-barrelled surname after a first name ("Alexandra
 * Tremayne-Pengelly", "Sylvia Torres-Guillén"). "Israel-Hamas" and "Concord-Carlisle" stay apart.
 */
function hyphenatedName(text: string, tokens: Token[], runStart: number, j: number, gaz: Gazetteer): boolean {
  const [before, hyphen, after] = [tokens[j - 1], tokens[j], tokens[j + 1]];
  if (!after || !/^[-‐]$/.test(hyphen.text) || before.end !== hyphen.start || hyphen.end !== after.start) return false;
  if (!isCapitalised(after) || !/^\p{Lu}\p{Ll}+$/u.test(before.text) || !/^\p{Lu}\p{Ll}+$/u.test(after.text)) return false;
  if (gaz.firstNames.has(before.text) && gaz.firstNames.has(after.text)) return true;
  return j - 1 > runStart && gaz.firstNames.has(tokens[runStart].text) && !gaz.places.has(before.text) && !gaz.places.has(after.text);
}

/**
 * Whether the hyphen at token `j` joins two capitalised words inside a longer name: "Miami-Dade
 * Police", "Southwest Miami-Dade", "Medium-Range Weather Forecasts". Alone ("Israel-Hamas
 * fighting") the two words stay two names.
 */
function hyphenatedWithinName(text: string, tokens: Token[], runStart: number, j: number): boolean {
  const [before, hyphen, after, then] = [tokens[j - 1], tokens[j], tokens[j + 1], tokens[j + 2]];
  if (!after || !/^[-‐]$/.test(hyphen.text) || before.end !== hyphen.start || hyphen.end !== after.start || !isCapitalised(after)) return false;
  const continues = then !== undefined && isCapitalised(then) && then.start === after.end + 1 && then.sentence === after.sentence;
  return continues || j - 1 > runStart;
}

/** Length in tokens of a title at `from` ("Deputy General Manager" → 3), or 0. */
function titleAt(tokens: Token[], from: number, to: number, gaz: Gazetteer): number {
  for (let n = Math.min(gaz.longestTitle, to - from + 1); n >= 1; n--) {
    const phrase = tokens.slice(from, from + n).map((t) => t.text).join(' ');
    if (gaz.personTitles.has(phrase)) return n;
  }
  return 0;
}

function entity(label: string, tokens: Token[], first: number, last: number, reason: string, score: number): SuggestedSpan {
  const start = tokens[first].start;
  const end = tokens[last].end;
  return { kind: 'entity', start, end, label, reasons: [reason], score };
}

/** Particles that start a surname or a sentence in other languages, never a first name ("De Coninck"). */
const NAME_PARTICLES = new Set(['De', 'Di', 'Da', 'Du', 'Del', 'La', 'Le', 'Van', 'Von', 'Der', 'Den', 'El', 'Los', 'Las']);
const ROMAN_NUMERAL = /^M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$/;

/** Acronyms that are not organisations. */
const NOT_ORG_ACRONYMS = new Set(['AM', 'PM', 'GDP', 'GNP', 'CPI', 'PPI', 'PMI', 'TV', 'OK', 'ID', 'PC', 'AI', 'IT', 'EV', 'USB', 'PDF', 'FAQ', 'DNA', 'RNA', 'HIV', 'AIDS', 'COVID', 'CEO', 'CFO', 'VIP', 'BC', 'AD', 'CO', 'WWW', 'URL', 'HTML', 'PS', 'NB', 'FYI', 'ASAP',
  'EVP', 'SVP', 'VP', 'RSS', 'MORE', 'FROM', 'READ', 'WATCH', 'LIVE', 'NEW', 'NEWS', 'VIDEO', 'PHOTO', 'PHOTOS', 'SHARE', 'SKIP', 'MENU', 'HOME', 'TOP', 'BEST', 'UPDATE', 'ALERT', 'OPINION', 'SPORTS',
  'RSVP', 'UTC', 'GMT', 'EST', 'EDT', 'PST', 'PDT', 'CST', 'CDT', 'BST', 'CET', 'TBD', 'RIP', 'DIY', 'PR', 'HR', 'VR', 'UI', 'UX', 'API', 'SUV', 'ATM', 'GPS', 'LED', 'ICU', 'ER', 'MRI', 'PPE', 'STEM', 'LGBT', 'LGBTQ', 'ESG', 'IPO', 'ETF', 'VAT', 'GST', 'PIN', 'SMS', 'FM', 'HD', 'CCTV', 'DJ', 'MVP', 'NFT', 'OTC']);

/** The label of a facility's name, which holds back the names inside it and is itself not suggested. */
export const FACILITY = 'FACILITY';

/** Days and months, which name no one: "Black Friday", "Super Tuesday". */
const CALENDAR_WORD = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|June|July|August|September|October|November|December)$/;

/** Organisations' head words in other languages, which come first and need no "of": "Fondation Louis Vuitton". */
const FOREIGN_HEADS = /^(?:Musée|Museo|Fondation|Fundación|Fondazione|Stiftung|Société|Sociedad|Banco|Banque|Universidad|Université|Università|Universität|Instituto|Institut|Ministère|Ministerio)$/u;

/** Nationality and region adjectives, which start names ("German Empire") but are none alone. */
export const NATIONALITY = /^(?:American|British|German|French|Chinese|Japanese|Russian|Indian|African|European|Asian|Italian|Spanish|Mexican|Canadian|Australian|Israeli|Iranian|Iraqi|Arab|Turkish|Ukrainian|Polish|Dutch|Swiss|Swedish|Norwegian|Danish|Korean|Brazilian|Egyptian|Syrian|Saudi|Palestinian|Pakistani|Afghan|Greek|Irish|Scottish|Welsh|English|Nigerian|Kenyan|Latin|Cuban|Venezuelan|Argentine|Colombian|Vietnamese|Thai|Filipino|Indonesian|Portuguese|Belgian|Austrian|Hungarian|Czech|Romanian|Serbian|Croatian|Finnish|Lebanese|Jordanian|Qatari|Emirati|Yemeni|Libyan|Tunisian|Moroccan|Algerian|Ethiopian|Somali|Sudanese|Taiwanese|Tibetan|Mongolian|Western|Eastern|Northern|Southern)$/;

/** Words of direction that make a region of a place: "South Texas", "Northern California". */
const DIRECTIONS = new Set(['North', 'South', 'East', 'West', 'Northern', 'Southern', 'Eastern', 'Western', 'Central', 'Northeast', 'Northwest', 'Southeast', 'Southwest', 'Northeastern', 'Northwestern', 'Southeastern', 'Southwestern', 'Upper', 'Lower', 'Greater', 'Downtown', 'Inner', 'Outer', 'Mid']);

/**
 * Whether the token's line has no lower-case letter (a shouted heading, where "US" is "us"). Looks
 * at most 120 characters either side, so that a book on one line is not read once per name.
 */
function inCapitals(text: string, token: Token): boolean {
  let from = token.start;
  while (from > 0 && token.start - from < 120 && text[from - 1] !== '\n') from--;
  let to = token.end;
  while (to < text.length && to - token.end < 120 && text[to] !== '\n') to++;
  return !/\p{Ll}/u.test(text.slice(from, to));
}

/** Two to four title-case words, none a country or region ("Asia Expo" is not a person) nor an acronym ("Audi FAW"). */
function looksLikePersonName(words: string[], gaz: Gazetteer): boolean {
  const named = words.filter((w) => !NAME_PARTICLES_INSIDE.has(w));
  if (named.length > 4 || named.some((w) => CALENDAR_WORD.test(w) || NATIONALITY.test(w)) || DIRECTIONS.has(words[0]) || NAME_PARTICLES.has(words[0]) || NAME_PARTICLES_INSIDE.has(words[words.length - 1])) return false;
  const firstPlace = gaz.places.get(words[0]);
  if (firstPlace && firstPlace !== 'city') return false;
  // A town's name is often a family name ("James Warrington", "Andrew Hartley"); a country's or a state's is not.
  return words.every((w, k) => (k > 0 && NAME_PARTICLES_INSIDE.has(w)) || (NAME_WORD.test(w) && (k === 0 || (gaz.places.get(w) ?? 'city') === 'city' || gaz.firstNames.has(w) || gaz.surnames.has(w))));
}

/** Types one run (without a title) or returns null when nothing speaks for a type. */
function typeRun(text: string, tokens: Token[], first: number, last: number, gaz: Gazetteer, titled: string | null): SuggestedSpan | null {
  // "The Group" and "the Ministry" are references, not names.
  if (/^the$/i.test(tokens[first].text) && first < last) first++;
  const phrase = text.slice(tokens[first].start, tokens[last].end);
  // Words as written, a hyphenated name as one ("Jean-Paul").
  const words = phrase.split(' ');
  if (titled) return entity('PERSON', tokens, first, last, `title: ${titled}`, 0.85);
  // Asked only of a name in capitals ("US", "WHO"): whether its whole line is.
  const shouted = () => /^\p{Lu}+$/u.test(phrase) && inCapitals(text, tokens[first]);
  // "the Amazon" is the river and its forest, "Amazon" the company.
  const riverOrRegion = gaz.places.get(phrase) === 'region' && tokens[first - 1]?.text === 'the';
  if (gaz.organisations.has(phrase) && !riverOrRegion && !shouted()) return entity('ORG', tokens, first, last, 'known organisation', 0.8);
  // "J. K. Rowling", "George W. Bush" starts with a first name and is caught below.
  const initials = words.findIndex((w) => !/^\p{Lu}\.$/u.test(w));
  if (initials > 0 && initials === words.length - 1 && /^\p{Lu}\p{Ll}+$/u.test(words[initials])) {
    return entity('PERSON', tokens, first, last, `initials: ${words.slice(0, initials).join(' ')}`, 0.75);
  }
  const place = gaz.places.get(phrase);
  // "US" in a line of capitals is "us" shouted.
  if (place && !shouted()) {
    // A town's name alone is often a family name ("Hartley", "Clinton"): a person found in the document wins.
    return entity('PLACE', tokens, first, last, `gazetteer: ${place}`, place === 'city' && words.length === 1 ? 0.6 : 0.8);
  }
  // "South Texas", "Central Mass.", "Northern California": a direction before a place.
  if (words.length > 1 && DIRECTIONS.has(words[0]) && (gaz.places.has(words.slice(1).join(' ')) || (words.length === 2 && gaz.places.has(words[1].split('-')[0])))) {
    return entity('PLACE', tokens, first, last, `direction and place: ${words.slice(1).join(' ')}`, 0.8);
  }
  // "District of Massachusetts", "Central District of California", "Province of Quebec".
  const of = words.indexOf('of');
  if (of > 0 && gaz.placeSuffixes.has(words[of - 1]) && !gaz.orgSuffixes.has(words[of - 1]) && gaz.places.has(words.slice(of + 1).join(' '))) {
    return entity('PLACE', tokens, first, last, `place suffix: ${words[of - 1]}`, 0.8);
  }
  // Datelines shout: "WASHINGTON (Reuters) -", "NEW YORK —".
  if (/^[\p{Lu} .'-]+$/u.test(phrase) && /\p{Lu}{3}/u.test(phrase)) {
    const spoken = gaz.places.get(phrase.toLowerCase().replace(/(^|[ .'-])\p{Ll}/gu, (m) => m.toUpperCase()));
    if (spoken) return entity('PLACE', tokens, first, last, `gazetteer: ${spoken} (in capitals)`, 0.75);
  }
  if (words.length > 1) {
    // "Miller Drive", "Fort Lauderdale Executive Airport": a facility, neither a place nor a person,
    // and the town in its name is not suggested either (the suggester drops FACILITY at the end).
    if (gaz.facilitySuffixes.has(words[words.length - 1])) return entity(FACILITY, tokens, first, last, `facility: ${words[words.length - 1]}`, 0.9);
    const suffix = [...words].reverse().find((w, k) => k < words.length - 1 && gaz.orgSuffixes.has(w)) ?? (gaz.orgSuffixes.has(words[0]) && (words.includes('of') || FOREIGN_HEADS.test(words[0])) ? words[0] : undefined);
    // "KXAN Austin", "BBC Scotland", "CW Austin": a broadcaster's letters and its place.
    if (words.length === 2 && /^\p{Lu}{2,5}$/u.test(words[0]) && !gaz.places.has(words[0]) && !NOT_ORG_ACRONYMS.has(words[0]) && gaz.places.has(words[1])) {
      return entity('ORG', tokens, first, last, `letters and place: ${words[0]}`, 0.65);
    }
    const placeSuffix = gaz.placeSuffixes.has(words[words.length - 1]) ? words[words.length - 1] : undefined;
    if (placeSuffix && !suffix) return entity('PLACE', tokens, first, last, `place suffix: ${placeSuffix}`, 0.75);
    // In a title-case line, common words before a suffix are a heading ("Breaking News", "Marketing Agency").
    if (suffix && inTitleCaseLine(text, tokens[first]) && words.every((w) => gaz.orgSuffixes.has(w) || CONNECTORS.has(w) || gaz.commonWords.has(w.toLowerCase()))) return null;
    if (suffix) return entity('ORG', tokens, first, last, `organisation suffix: ${suffix}`, 0.8);
    if (looksLikePersonName(words, gaz)) {
      if (gaz.surnames.has(words[0]) && words.length <= 3) return entity('PERSON', tokens, first, last, `family name: ${words[0]}`, 0.7);
      const given = words[0].split('-')[0];
      // In a title-case line a first name before common words is a heading ("Land Degradation", "Echo Dot").
      const heading = inTitleCaseLine(text, tokens[first]) && words.slice(1).every((w) => gaz.commonWords.has(w.toLowerCase()));
      if (isFirstName(given, gaz) && !heading) return entity('PERSON', tokens, first, last, `first name: ${given}`, 0.75);
    }
    return null;
  }
  const word = words[0];
  if (/^\p{Lu}\p{Ll}+shire$/u.test(word)) return entity('PLACE', tokens, first, last, 'place name ending: -shire', 0.7);
  // "YouTube", "DoubleClick": a capital inside the word is a brand's, rarely a sentence's.
  if (/^\p{Lu}\p{Ll}+\p{Lu}\p{Ll}/u.test(word)) return entity('ORG', tokens, first, last, 'mixed-case brand name', 0.55);
  if (/^\p{Lu}{2,5}$/u.test(word) && tokens[first].pos === 'PROPN' && !NOT_ORG_ACRONYMS.has(word) && !gaz.postNominals.has(word) && !ROMAN_NUMERAL.test(word) && !shouted()) return entity('ORG', tokens, first, last, 'acronym', 0.5);
  return null;
}

/**
 * "Northern Heavy Industry and Harbin Bearing" is two names; "National Development and Reform
 * Commission" is one. Split at "and" when the words before it already end an organisation or a
 * place, or a place name starts what follows ("… Vehicles and Shenyang Huachen"). "of" binds only after an institution's head word ("Bank of China", "Gulf of Mexico"):
 * "Li Runyu of Harbin Electric" is a person and an employer.
 */
function splitConjoined(text: string, tokens: Token[], runs: Array<[number, number]>, gaz: Gazetteer): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const ends = (word: string) => gaz.orgSuffixes.has(word) || gaz.placeSuffixes.has(word);
  for (const [first, last] of runs) {
    const whole = text.slice(tokens[first].start, tokens[last].end);
    if (gaz.places.has(whole) || gaz.organisations.has(whole)) {
      out.push([first, last]);
      continue;
    }
    let from = first;
    for (let k = first + 1; k < last; k++) {
      const word = tokens[k].text;
      const before = tokens[k - 1].text;
      const after = tokens[k + 1].text;
      const split = word === 'of' ? !ends(before) && !gaz.personTitles.has(before) : (word === 'and' || word === '&') && (ends(before) || gaz.places.has(before) || gaz.places.has(after));
      if (!split) continue;
      out.push([from, k - 1]);
      from = k + 1;
    }
    out.push([from, last]);
  }
  return out;
}

/**
 * Types a run that has no title, as segments (untyped ones included, for spreadAlongLists). One
 * the gazetteer cannot type as a whole is tried part by part at "and" ("Google and YouTube"); a
 * name-shaped part named with a verb of saying is a person, a word with a company's verbs an
 * organisation.
 */
function typeUntitled(text: string, tokens: Token[], first: number, last: number, gaz: Gazetteer): Segment[] {
  const shaped = (a: number, b: number) => {
    const words = tokens.slice(a, b + 1).map((t) => t.text);
    return words.length >= 2 && looksLikePersonName(words, gaz);
  };
  const whole = typeRun(text, tokens, first, last, gaz, null);
  if (whole) return [{ first, last, span: whole, personShaped: shaped(first, last) }];
  const parts: Array<[number, number]> = [];
  let from = first;
  for (let k = first; k <= last; k++) {
    if (tokens[k].text !== 'and' && tokens[k].text !== '&') continue;
    if (k > from) parts.push([from, k - 1]);
    from = k + 1;
  }
  if (from <= last) parts.push([from, last]);
  return parts.flatMap(([a, b]) => {
    const personShaped = shaped(a, b);
    let span = parts.length > 1 ? typeRun(text, tokens, a, b, gaz, null) : null;
    const personCue = personShaped ? attributionCue(tokens, a, b) : null;
    const orgCue = !personShaped && a === b && tokens[a].pos === 'PROPN' && !gaz.firstNames.has(tokens[a].text) ? organisationCue(tokens, a, b) : null;
    if (!span && personCue) span = entity('PERSON', tokens, a, b, personCue, 0.6);
    if (!span && orgCue) span = entity('ORG', tokens, a, b, orgCue, 0.6);
    if (!span) {
      const known = knownInside(text, tokens, a, b, gaz);
      if (known.length > 0) return known;
    }
    if (!span) span = afterCapitalThe(text, tokens, a, b);
    return [{ first: a, last: b, span, personShaped }];
  });
}

/** The longest names the gazetteer knows inside a run: "Lakers" in "Lakers Make Unfortunate NBA History". */
const LONGEST_KNOWN = 4;

/**
 * Known organisations and places inside a run that is not a name as a whole — a title-case
 * headline ("Nets Fans Chant", "Live Germany Accuses Russia"), or a label before a name ("FCC
 * Public File"). Longest first, left to right.
 */
function knownInside(text: string, tokens: Token[], a: number, b: number, gaz: Gazetteer): Segment[] {
  const found: Segment[] = [];
  let k = a;
  while (k <= b) {
    let matched = 0;
    for (let n = Math.min(LONGEST_KNOWN, b - k + 1); n >= 1 && matched === 0; n--) {
      const phrase = text.slice(tokens[k].start, tokens[k + n - 1].end);
      if (/^\p{Lu}+$/u.test(phrase) && inCapitals(text, tokens[k])) continue;
      const place = gaz.places.get(phrase);
      let span: SuggestedSpan | null = null;
      if (gaz.organisations.has(phrase)) span = entity('ORG', tokens, k, k + n - 1, 'known organisation', 0.7);
      else if (place && (place !== 'city' || n > 1)) span = entity('PLACE', tokens, k, k + n - 1, `gazetteer: ${place}`, 0.7);
      if (span) {
        found.push({ first: k, last: k + n - 1, span, personShaped: false });
        matched = n;
      }
    }
    k += Math.max(1, matched);
  }
  return found;
}

/**
 * "More from The Telegraph", "told The Associated Press": a capital "The" inside a sentence is part
 * of a title, and in news that title is mostly a newspaper, a broadcaster or a band — an organisation.
 */
function afterCapitalThe(text: string, tokens: Token[], a: number, b: number): SuggestedSpan | null {
  const the = tokens[a - 1];
  const before = tokens[a - 2];
  // After a word or a comma only: "(picture). The German Empire" starts a sentence the model missed.
  if (!the || the.text !== 'The' || !before || before.sentence !== the.sentence || !/^[\p{L},]/u.test(before.text) || text.slice(the.end, tokens[a].start) !== ' ') return null;
  if (NATIONALITY.test(tokens[a].text)) return null;
  return entity('ORG', tokens, a, b, 'a name written with "The"', 0.6);
}

export function nameSpans(text: string, analysis: Analysis, gaz: Gazetteer): SuggestedSpan[] {
  const { tokens } = analysis;
  const segments: Segment[] = [];
  for (const [first, last] of splitConjoined(text, tokens, properNounRuns(text, tokens, gaz), gaz)) {
    // "General Electric", "General Motors": a title word that starts a company's name is no title.
    if (gaz.personTitles.has(tokens[first].text) && !tokens.slice(first, last + 1).some((t) => CONNECTORS.has(t.text))) {
      const whole = typeRun(text, tokens, first, last, gaz, null);
      if (whole?.label === 'ORG') {
        segments.push({ first, last, span: whole, personShaped: false });
        continue;
      }
    }
    // A title inside a run splits it: "Google CEO Larry Page" is ORG, then a titled PERSON.
    let from = first;
    let k = first;
    while (k <= last) {
      const n = titleAt(tokens, k, last, gaz);
      if (n === 0) { k++; continue; }
      // "Gayle King", "Larry King": a title word last in the run, right after a first name, is a surname.
      if (n === 1 && (k === last || /^(?:and|&)$/.test(tokens[k + 1].text)) && k > from && isFirstName(tokens[k - 1].text, gaz)) { k++; continue; }
      if (k > from) segments.push(...typeUntitled(text, tokens, from, k - 1, gaz));
      const title = tokens.slice(k, k + n).map((t) => t.text).join(' ');
      // "Deputy General Manager of Harbin Electric…": what follows "of" is the employer, not the person.
      if (k + n <= last && CONNECTORS.has(tokens[k + n].text)) {
        from = k = k + n + 1;
        continue;
      }
      // The name after a title runs to the next title or the end of the run.
      let end = k + n;
      while (end <= last && titleAt(tokens, end, last, gaz) === 0) end++;
      // "ACLU Racial Justice Program", "Senate Judiciary Committee": a title word inside an institution's name.
      if (end - 1 >= k + n && (gaz.orgSuffixes.has(tokens[end - 1].text) || gaz.placeSuffixes.has(tokens[end - 1].text) || gaz.facilitySuffixes.has(tokens[end - 1].text))) {
        k++;
        continue;
      }
      if (end - 1 >= k + n) segments.push({ first: k + n, last: end - 1, span: typeRun(text, tokens, k + n, end - 1, gaz, title), personShaped: true });
      from = end;
      k = end;
    }
    if (from <= last) segments.push(...typeUntitled(text, tokens, from, last, gaz));
  }
  relatives(text, tokens, segments);
  const typed = segments.flatMap((s) => (s.span ? [s.span] : []));
  return [...typed, ...spreadAlongLists(text, tokens, segments)];
}

/**
 * A name-shaped run that ends in the family name of a person found in the document is a person
 * too: "Ivanka Trump" after "Donald Trump", "Lucy Evans" after "Chris Evans". Types segments in place.
 */
function relatives(text: string, tokens: Token[], segments: Segment[]): void {
  const families = new Map<string, string>();
  for (const s of segments) {
    if (s.span?.label !== 'PERSON') continue;
    const words = text.slice(s.span.start, s.span.end).split(' ');
    if (words.length > 1) families.set(words[words.length - 1], words.join(' '));
  }
  for (const s of segments) {
    if (s.span || !s.personShaped) continue;
    const words = text.slice(tokens[s.first].start, tokens[s.last].end).split(' ');
    const relative = families.get(words[words.length - 1]);
    if (relative && words.length === 2) s.span = entity('PERSON', tokens, s.first, s.last, `family name of ${relative}`, 0.7);
  }
}
