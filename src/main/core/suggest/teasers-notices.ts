/**
 * A site's notice to its reader, written as a paragraph: the cookie banner, the newsletter box's
 * "Keep an eye on your inbox", the comment rules, the consent line of a sign-up form. It speaks of
 * the site's own machinery (cookies, accounts, passwords, comments, moderators, terms of service)
 * and to the reader ("you", "please", "I agree"). News prose may name one such thing, rarely
 * several, and when it does it reports someone ("…," the company said): a quoted or reported line
 * is never a notice.
 */

/** The site's own machinery, in English and, where the word is the standard one, other languages. */
const SITE_TERMS = new RegExp(
  '(?:' +
    [
      // Portuguese, Spanish, Italian, French, German — first, so "commenti" is not read as "comment" plus a letter.
      'comentários?|comentarios?|commenti|commentaires?|kommentare?',
      'moderador(?:es)?|moderatore|modérateurs?',
      'usuários?|usuarios?|utenti|utilisateurs?|nutzer(?:innen)?',
      'privacidade|privacidad|confidentialité|datenschutz',
      'dados pessoais|datos personales|dati personali|données personnelles|personenbezogene daten',
      'cadastro|contraseña|senha|mot de passe|passwort',
      'cookies?',
      'newsletters?',
      'inbox',
      'opt[- ]?(?:in|out)',
      '(?:un)?subscri(?:be|bed|bing|ptions?)',
      'sign(?:ing|ed)?[- ](?:up|in)',
      'log(?:ging|ged)?[- ]?(?:in|out)',
      'passwords?',
      'e-?mail(?: address(?:es)?)?',
      'accounts?',
      'privacy(?: policy)?',
      'terms (?:of (?:service|use)|and conditions)',
      'personal (?:data|information|details)',
      'comments?',
      'moderat(?:ors?|ion)',
      'users?',
      'registration',
      'websites?',
      'browser',
      'notifications?',
      'consent',
      'gdpr',
      'affiliate',
      'ad ?blockers?',
      'screen name',
      'spam',
    ].join('|') +
    ')',
  'gi',
);

/** Terms that name the site's machinery and nothing else: one is enough when the line speaks to the reader. */
const MACHINERY_ONLY = /^(?:cookies?|newsletters?|inbox|opt[- ]?(?:in|out)|(?:un)?subscri\w*|passwords?|privacy policy|terms .*|ad ?blockers?|notifications?|sign(?:ing|ed)?[- ]up)$/i;

/** Speaking to the reader: "you", "we", "please", a form's "I agree". */
const READER = /\b(?:you(?:r|rs|'re|'ll|'ve)?|we(?:'re|'ll|'ve)?|our|us|please|i (?:agree|understand|consent|accept)|thanks?|thank you)\b/i;

/** Reported speech, which is the article's: quotation marks or a reporting verb. */
const REPORTED = /["“”«»„]|\b(?:said|says|told|according to)\b/i;

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Lines longer than this are not read (a notice is a paragraph, not a page). */
const MAX_NOTICE_CHARS = 600;

/** Whether the line is the site talking about itself to its reader. */
export function isSiteNotice(line: string): boolean {
  if (line.length > MAX_NOTICE_CHARS || REPORTED.test(line)) return false;
  const terms = new Set<string>();
  for (const match of line.matchAll(SITE_TERMS)) {
    // A whole word only ("users", not "abusers"); checked here because look-arounds in the pattern are slow.
    const end = match.index + match[0].length;
    if ((match.index > 0 && LETTER_OR_DIGIT.test(line[match.index - 1])) || (end < line.length && LETTER_OR_DIGIT.test(line[end]))) continue;
    terms.add(match[0].toLowerCase().replace(/s$/, ''));
  }
  if (terms.size >= 3) return true;
  if (!READER.test(line)) return false;
  return terms.size >= 2 || [...terms].some((term) => MACHINERY_ONLY.test(term));
}
