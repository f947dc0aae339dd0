/**
 * brat's `annotation.conf` for an export (https://brat.nlplab.org/configuration.html): brat reads it
 * from the folder of the .ann files and flags every type it does not declare, so an export carries
 * one listing the entity types, attributes and relations its .ann files use:
 *
 * - `[entities]`: each entity label used (as its brat type), then `Claim`, `Teaser`, `Note` if used;
 * - `[relations]`: Copydesk writes no relations, only brat's `<OVERLAP>` rule allowing any overlap,
 *   since an entity inside a claim inside a teaser is normal here;
 * - `[attributes]`: `Status` on claims and `Reason` on teasers with every value they can take, and
 *   the binary `Candidate` on teasers, each when used.
 *
 * Several exports share a folder (one document at a time, or a batch after another), so a new
 * configuration is merged into the one already there: its lines are kept and only missing types and
 * attributes are added. A hand-edited configuration keeps its own hierarchy and comments. (Shared
 * with the renderer, which merges the configurations of a batch it downloads into one file.)
 */
import { CLAIM_STATUSES, TEASER_REASONS } from './types';

/** The name brat reads. */
export const BRAT_CONF_NAME = 'annotation.conf';

/** What an export's .ann files use. */
export interface BratUsage {
  /** brat entity types (labels as tokens, and Claim/Teaser/Note), in first-use order. */
  entities: string[];
  /** Attribute names used: Status, Reason, Candidate. */
  attributes: string[];
}

/** The declaration of each attribute Copydesk writes. */
const ATTRIBUTE_LINES: Record<string, string> = {
  Status: `Status\tArg:Claim, Value:${CLAIM_STATUSES.join('|')}`,
  Reason: `Reason\tArg:Teaser, Value:${TEASER_REASONS.join('|')}`,
  Candidate: 'Candidate\tArg:Teaser',
};

/** Lets any annotation overlap any other (brat refuses crossing spans without it). */
const OVERLAP_LINE = '<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>';

const SECTIONS = ['entities', 'relations', 'events', 'attributes'] as const;
type Section = (typeof SECTIONS)[number];

const HEADER = [
  '# brat configuration for the annotations exported by Copydesk.',
  '# Copydesk adds the types its exports use and keeps every other line.',
];

/** A fresh annotation.conf for what one export uses. */
export function bratConf(usage: BratUsage): string {
  return mergeBratConf('', usage);
}

/**
 * `existing` (an annotation.conf's text, '' for none) with the entity types and attributes of
 * `usage` that it lacks added to their sections, and the overlap rule added if missing.
 */
export function mergeBratConf(existing: string, usage: BratUsage): string {
  const { preamble, sections } = parse(existing);
  const entities = sections.get('entities')!;
  const declared = new Set(entities.map(firstField).filter((name) => name !== ''));
  for (const type of usage.entities) {
    if (declared.has(type)) continue;
    entities.push(type);
    declared.add(type);
  }
  const relations = sections.get('relations')!;
  if (!relations.some((line) => firstField(line) === '<OVERLAP>')) relations.push(OVERLAP_LINE);
  const attributes = sections.get('attributes')!;
  const attributeNames = new Set(attributes.map(firstField));
  for (const name of usage.attributes) {
    if (attributeNames.has(name) || !ATTRIBUTE_LINES[name]) continue;
    attributes.push(ATTRIBUTE_LINES[name]);
    attributeNames.add(name);
  }
  const head = preamble.length > 0 ? preamble : HEADER;
  const body = [...sections.keys()].flatMap((name) => [`[${name}]`, ...sections.get(name)!]);
  return `${[...head, ...body].join('\n')}\n`;
}

/** The entity types and attributes an annotation.conf declares (for tests and merging). */
export function declaredInBratConf(text: string): BratUsage {
  const { sections } = parse(text);
  return {
    entities: sections.get('entities')!.map(firstField).filter((name) => name !== ''),
    attributes: sections.get('attributes')!.map(firstField).filter((name) => name !== ''),
  };
}

/** The lines before the first section, and each section's lines (without trailing blank lines). */
function parse(text: string): { preamble: string[]; sections: Map<Section | string, string[]> } {
  const sections = new Map<string, string[]>(SECTIONS.map((name) => [name, []]));
  const preamble: string[] = [];
  let current: string[] | null = null;
  for (const line of text.split(/\r?\n/)) {
    const heading = /^\s*\[([^\]]+)\]\s*$/.exec(line);
    if (heading) {
      const name = heading[1].trim();
      if (!sections.has(name)) sections.set(name, []);
      current = sections.get(name)!;
      continue;
    }
    (current ?? preamble).push(line);
  }
  for (const lines of [preamble, ...sections.values()]) while (lines.length > 0 && lines[lines.length - 1].trim() === '') lines.pop();
  return { preamble, sections };
}

/** The type or attribute a configuration line declares: its first field, without brat's "!" (not selectable) mark; '' for comments and blank lines. */
function firstField(line: string): string {
  const trimmed = line.trim();
  if (trimmed === '' || trimmed.startsWith('#')) return '';
  return trimmed.split(/[\s]/)[0].replace(/^!/, '');
}
