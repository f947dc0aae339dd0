/**
 * Cue phrases scrapers leave around an article: related-story headers, newsletter prompts, share
 * buttons, comment forms, copyright lines — in English here, in other languages in
 * teasers-cues-languages.ts. Each cue names what the editor sees in the reasons panel
 * ("cue phrase: Read more") and whether it marks a pointer to other articles or page furniture.
 */
import { OTHER_LANGUAGE_CUES, RIGHTS_RESERVED_ELSEWHERE } from './teasers-cues-languages';

export type CueKind = 'related' | 'furniture';

export interface Cue {
  /** Shown as "cue phrase: <name>". */
  name: string;
  kind: CueKind;
  /** True when the line is unmistakably the cue (short, or the cue followed by ":"), strong enough to flag inside the article. */
  strong: boolean;
  /** The line is the cue alone ("Related:", "Most Read"): a header over a list of headlines. */
  bare: boolean;
  /** Furniture that floats between an article's paragraphs too (a row of share buttons): flagged where it stands, never read as the article's end. */
  inline?: boolean;
}

export interface CuePattern {
  name: string;
  kind: CueKind;
  /** Matched at the start of the line (anchored), so the cost is bounded by the pattern, not the line. */
  pattern: RegExp;
  inline?: boolean;
}

/** Where share buttons send the story: their names alone on a line are a row of buttons. */
const SHARE_TARGETS =
  '(?:facebook|twitter|pinterest|reddit|linkedin|whatsapp|telegram|e-?mail|print|flipboard|tumblr|stumbleupon|google\\+|vk|instagram|youtube|messenger|pocket|blogger|digg|weibo|wechat|viber|xing|sms|copy link)';

const ENGLISH_CUES: CuePattern[] = [
  { name: 'Advertisement', kind: 'furniture', pattern: /^(?:advertisement|sponsored(?: content)?)\b/i },
  { name: 'Read more', kind: 'related', pattern: /^(?:read|see) (?:more|also|next|the full story)\b/i },
  { name: 'Also read', kind: 'related', pattern: /^(?:also read|also on|further reading|what to read next)\b/i },
  { name: 'Related', kind: 'related', pattern: /^related(?: stories| articles| content| coverage| news| posts| links| reading| topics)?\b/i },
  { name: 'Most read', kind: 'related', pattern: /^(?:most (?:read|popular|viewed|shared|emailed)|trending(?: now| stories)?|popular (?:now|stories|articles))\b/i },
  { name: 'More from', kind: 'related', pattern: /^more (?:from|on|in|stories|news|articles|like this)\b/i },
  {
    name: 'Recommended',
    kind: 'related',
    pattern: /^(?:recommended(?: for you| stories| reading)?|you (?:may|might) also (?:like|be interested)|editor'?s picks?|top stories|latest (?:news|stories)|watch(?: this)? next|don'?t miss)\b/i,
  },
  { name: 'Recommended', kind: 'related', pattern: /^(?:[\p{L}.&'’]+ ){1,3}recommends\s*:?\s*$/iu },
  { name: 'Watch video', kind: 'furniture', pattern: /^(?:watch (?:the )?video|play video|listen to (?:this|the) (?:article|story)|view (?:the )?gallery)\b/i },
  {
    name: 'Sign up',
    kind: 'furniture',
    pattern: /^(?:sign up|subscribe|get (?:our|the) newsletter|newsletter|register (?:now|for|to)|(?:thanks|thank you) for (?:signing up|subscribing|registering))\b/i,
  },
  // A newsletter's name as a button or a box's header ("Pick Six Newsletter", "See All Newsletters"); such boxes sit between paragraphs too.
  { name: 'Sign up', kind: 'furniture', pattern: /^(?:[\p{L}\p{N}'’&+.-]+ ){0,3}newsletters?\s*$/iu, inline: true },
  { name: 'Share this', kind: 'furniture', pattern: /^(?:share (?:this|on|via|the story|article)|sharing is caring|follow us|like us on|click here|mail the editor|send us|contact us)\b/i },
  // A row of share buttons: nothing but the networks' names ("Facebook Twitter Pinterest Email").
  { name: 'Share buttons', kind: 'furniture', pattern: new RegExp(`^(?:${SHARE_TARGETS}(?:[\\s,|/•·]+|$))+$`, 'i'), inline: true },
  // A counter under the story ("0 shares", "604 COMMENTS").
  { name: 'Share buttons', kind: 'furniture', pattern: /^\d[\d,.]*k? (?:shares?|comments?|likes?|reactions?)$/i, inline: true },
  {
    name: 'Comments',
    kind: 'furniture',
    pattern:
      /^(?:(?:add|leave|post|write|show|view|read|load|see)(?: (?:a|the|your|all|more|new|older))* (?:comments?|replies)|comments? \(\d+\)|view the discussion|join the (?:conversation|discussion)|(?:reply|cancel reply|(?:all )?comments?|comment policy)\s*$)/i,
  },
  // The fields of a sign-in or comment form, each alone on its line ("E-mail:", "Remember me").
  {
    name: 'Log in',
    kind: 'furniture',
    pattern: /^(?:e-?mail(?: address)?|password|confirm password|user ?name|screen name|display name|remember me|forgot (?:your )?password)\s*[:*?]?\s*$/i,
  },
  { name: 'Page navigation', kind: 'furniture', pattern: /^(?:(?:previous|next|older|newer) (?:post|article|story|entry)|back to top|about us|(?:load|show|view) more)\b/i },
  { name: 'About the author', kind: 'furniture', pattern: /^(?:about the (?:author|writer)|more (?:by|from) this author)\b/i },
  {
    name: 'Privacy policy',
    kind: 'furniture',
    pattern: /^(?:privacy (?:policy|notice|settings)|cookie (?:policy|settings|preferences)|manage cookies|terms (?:of (?:use|service)|and conditions)|do not sell my|your privacy choices)\b/i,
  },
  { name: 'Log in', kind: 'furniture', pattern: /^(?:log ?in|sign in|my account|powered by)\b/i },
  { name: 'Editorial standards', kind: 'furniture', pattern: /^(?:our standards|editorial (?:ethics|standards|guidelines|policy)|corrections policy)\b/i },
  { name: 'Tags', kind: 'furniture', pattern: /^(?:tagged|tags|topics|filed under|categories)\s*[:|]/i },
  { name: '©', kind: 'furniture', pattern: /^(?:©|\(c\)\s|copyright\b)/i },
  // A picture's credit line between paragraphs ("(Credit: Clayton Aldern / Grist)", "Photo: Reuters",
  // "(AP Photo/Evan Vucci)"): the marker then a short name, never a sentence of the article.
  {
    name: 'Photo credit',
    kind: 'furniture',
    pattern: /^\(?\s*(?:(?:photo(?:graph)?s?|image|picture|illustration|graphic)(?: credit| courtesy| by)?|credits?|courtesy)\s*[:|]\s*[^.!?]{2,80}\)?\s*$|^\((?:[\p{Lu}][\p{L}.&]* ){0,3}Photo\s*\/[^()]{2,60}\)\s*$/iu,
  },
];

const LEADING_CUES: CuePattern[] = [...ENGLISH_CUES, ...OTHER_LANGUAGE_CUES];

const RIGHTS_RESERVED = /\ball rights? reserved\b/i;

/** Cues that count wherever they sit on a short line. */
const ANYWHERE_CUES: CuePattern[] = [
  { name: 'All rights reserved', kind: 'furniture', pattern: RIGHTS_RESERVED },
  { name: 'All rights reserved', kind: 'furniture', pattern: RIGHTS_RESERVED_ELSEWHERE },
  { name: '©', kind: 'furniture', pattern: /©\s?(?:19|20)\d\d/ },
  { name: 'letter to the editor', kind: 'furniture', pattern: /\b(?:submit|send|write) (?:a |us a )?letters? to the editor\b/i },
  { name: 'ad blocker', kind: 'furniture', pattern: /\b(?:using|turn off|disable) (?:an |your )?ad ?blocker\b/i },
];

/**
 * "© 2019 Harbour Wire. All rights reserved", in any language: the line that closes a page. A
 * photo credit says "©" too, never "all rights reserved".
 */
export function reservesRights(line: string): boolean {
  return line.length <= ANYWHERE_MAX_LINE && (RIGHTS_RESERVED.test(line) || RIGHTS_RESERVED_ELSEWHERE.test(line));
}

/** A cue line longer than this is read as a sentence that happens to start with the word ("Related companies said…"). */
const SHORT_CUE_LINE = 60;
const ANYWHERE_MAX_LINE = 240;

/** "» Read more", "› Publicidade": the arrow a link list puts before each entry. */
const LINK_ARROW = /^[»›>]\s*/u;

export function findCue(text: string): Cue | null {
  const line = text.replace(LINK_ARROW, '');
  for (const cue of LEADING_CUES) {
    const match = cue.pattern.exec(line);
    if (!match) continue;
    const after = line.slice(match[0].length, match[0].length + 3).trimStart();
    const marked = after === '' || /^[:»>|\-–—]/.test(after);
    const strong = marked || line.length <= SHORT_CUE_LINE;
    const bare = /^[\s:»>|\-–—.]*$/.test(line.slice(match[0].length));
    if (strong) return { name: cue.name, kind: cue.kind, strong, bare, inline: cue.inline };
    // "Copyright © 2019 …, reproduction without permission…" is long, yet unmistakable.
    return anywhereCue(line) ?? { name: cue.name, kind: cue.kind, strong, bare };
  }
  return anywhereCue(line);
}

function anywhereCue(line: string): Cue | null {
  if (line.length > ANYWHERE_MAX_LINE) return null;
  for (const cue of ANYWHERE_CUES) {
    if (cue.pattern.test(line)) return { name: cue.name, kind: cue.kind, strong: true, bare: false };
  }
  return null;
}
