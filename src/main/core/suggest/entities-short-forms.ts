/**
 * Names found once, found everywhere: every other occurrence of a typed name in the document, and
 * its short forms ("Li Runyu" → "Li", "Terry Pratchett" → "Pratchett", "Harbin Electric Power
 * Group" → "Harbin Electric", "Communist Party of China" → "CPC"). A suffix alone ("the Group")
 * is a reference, not a name.
 */
import type { SuggestedSpan } from './types';
import type { Gazetteer } from './gazetteer';
import { findOccurrences } from './entities-occurrences';
import { NATIONALITY } from './entities-names';

interface Echo {
  label: string;
  reason: string;
  score: number;
  /** The name itself, not a short form of it. */
  repeat: boolean;
  /** For a short form, the full name it stands for ("Li" → "Li Runyu"). */
  canonical?: string;
}

/** Words that start many organisations' names and name none alone. */
const GENERIC_HEADS = new Set(['National', 'International', 'General', 'American', 'British', 'European', 'Federal', 'Royal', 'United', 'Central', 'State', 'City', 'County', 'New', 'First', 'Public', 'Private', 'Global', 'World', 'Local', 'Regional', 'Community', 'Supreme', 'High', 'District', 'Municipal', 'Metropolitan', 'Democratic', 'Republican', 'Labour', 'Green', 'Liberal', 'Conservative', 'People', 'Media', 'News', 'Daily']);

function shortForms(name: string, label: string, gaz: Gazetteer): string[] {
  const words = name.split(' ');
  if (words.length < 2) return [];
  if (label === 'PERSON') {
    // Family name first in Chinese, Korean and Vietnamese names ("Li Runyu"), last elsewhere.
    const eastern = gaz.surnames.has(words[0]) && !gaz.firstNames.has(words[0]);
    const family = eastern ? words[0] : words[words.length - 1];
    const forms = family.length > 1 && !gaz.personTitles.has(family) ? [family] : [];
    // A first name alone names the person too ("Zoe" after "Zoe Anderson"), in Western order.
    if (!eastern && gaz.firstNames.has(words[0]) && !gaz.places.has(words[0])) forms.push(words[0]);
    return forms;
  }
  if (label === 'ORG') {
    // Only the organisation's kind words come off the end: "Harbin Electric Power Group" →
    // "Harbin Electric Power", "Harbin Electric"; never a cut inside its proper name.
    const forms: string[] = [];
    let n = words.length - 1;
    while (n >= 2 && gaz.orgSuffixes.has(words[n].replace(/,$/, ''))) {
      forms.push(words.slice(0, n).join(' ').replace(/,$/, ''));
      n--;
    }
    // One proper word before the suffix is the name itself: "Rutgers University" → "Rutgers",
    // "Louvre Museum" → "Louvre"; not "Boston Herald" → "Boston" nor "National Bank" → "National".
    const head = words[0];
    if (words.length === 2 && gaz.orgSuffixes.has(words[1]) && /^\p{Lu}\p{Ll}+$/u.test(head) && !gaz.places.has(head) && !gaz.firstNames.has(head) && !gaz.personTitles.has(head) && !GENERIC_HEADS.has(head) && !NATIONALITY.test(head)) forms.push(head);
    // Its initials: "Communist Party of China" → "CPC", "Japan Automobile Manufacturers Association" → "JAMA".
    const initials = words.filter((w) => /^\p{Lu}/u.test(w) && !/^(Co|Ltd|Inc|Corp)\.?,?$/.test(w)).map((w) => w[0]).join('');
    if (initials.length >= 3 && initials.length <= 6) forms.push(initials);
    return forms;
  }
  return [];
}

export function echoSpans(text: string, found: SuggestedSpan[], gaz: Gazetteer): SuggestedSpan[] {
  const echoes = new Map<string, Echo>();
  for (const span of found) {
    if (span.label !== 'PERSON' && span.label !== 'ORG' && span.label !== 'PLACE') continue;
    const name = text.slice(span.start, span.end);
    if (!echoes.has(name)) echoes.set(name, { label: span.label, reason: `same as "${name}" elsewhere in this document`, score: Math.min(span.score, 0.75), repeat: true });
  }
  for (const span of found) {
    if (span.label !== 'PERSON' && span.label !== 'ORG') continue;
    const name = text.slice(span.start, span.end);
    for (const form of shortForms(name, span.label, gaz)) {
      // A short form says more than "found here too", so it replaces a mere repeat.
      if (!echoes.has(form) || echoes.get(form)!.repeat) echoes.set(form, { label: span.label, reason: `short form of ${name}`, score: 0.65, repeat: false, canonical: name });
    }
  }
  // Where a rule already found the name, its own reason says why; only its other occurrences repeat it.
  const foundAt = new Set(found.map((span) => `${span.start}:${span.end}`));
  return findOccurrences(text, echoes).filter(({ start, end, value }) => !(value.repeat && foundAt.has(`${start}:${end}`))).map(({ start, end, value }) => ({
    kind: 'entity',
    start,
    end,
    label: value.label,
    ...(value.canonical ? { canonical: value.canonical } : {}),
    reasons: [value.reason],
    score: value.score,
  }));
}
