/**
 * The entity suggester's name lists, read from `gazetteer.json` (built by
 * `scripts/build-gazetteer.ts`, which names each source and its licence) into sets for lookup.
 */
import data from './gazetteer.json';

export type PlaceKind = 'country' | 'state' | 'region' | 'city';

export interface Gazetteer {
  /** Place names by exact spelling → what kind of place, for the reason shown to the editor. */
  places: Map<string, PlaceKind>;
  firstNames: Set<string>;
  surnames: Set<string>;
  orgSuffixes: Set<string>;
  placeSuffixes: Set<string>;
  /** Titles, including several-word ones ("Deputy General Manager"), by exact spelling. */
  personTitles: Set<string>;
  /** The longest title in words, to bound the look-behind. */
  longestTitle: number;
  /** Organisations news names without a suffix ("Reuters", "Red Sox", "FBI"), by exact spelling. */
  organisations: Set<string>;
  /** Letters after a name that are not part of it ("QC", "MP", "Jr."). */
  postNominals: Set<string>;
  /** Words that end a facility's name ("Main Street", "Heathrow Airport"), which is no entity. */
  facilitySuffixes: Set<string>;
  /** Common English words, in lower case ("breaking", "local", "marketing"). */
  commonWords: Set<string>;
}

export interface GazetteerData {
  countries: string[];
  states: string[];
  regions: string[];
  cities: string[];
  firstNames: string[];
  surnames: string[];
  orgSuffixes: string[];
  placeSuffixes: string[];
  personTitles: string[];
  organisations: string[];
  postNominals: string[];
  facilitySuffixes: string[];
  commonWords: string[];
}

export function buildGazetteer(source: GazetteerData): Gazetteer {
  const places = new Map<string, PlaceKind>();
  // Later kinds do not overwrite earlier ones: "Georgia" is a country before it is a state or a city.
  const add = (names: string[], kind: PlaceKind) => names.forEach((n) => places.has(n) || places.set(n, kind));
  add(source.countries, 'country');
  add(source.states, 'state');
  add(source.regions, 'region');
  add(source.cities, 'city');
  const personTitles = new Set(source.personTitles);
  return {
    places,
    firstNames: new Set(source.firstNames),
    surnames: new Set(source.surnames),
    orgSuffixes: new Set(source.orgSuffixes),
    placeSuffixes: new Set(source.placeSuffixes),
    personTitles,
    longestTitle: Math.max(1, ...source.personTitles.map((t) => t.split(' ').length)),
    organisations: new Set(source.organisations),
    postNominals: new Set(source.postNominals),
    facilitySuffixes: new Set(source.facilitySuffixes),
    commonWords: new Set(source.commonWords),
  };
}

let loaded: Gazetteer | null = null;

/** The shipped gazetteer, built into sets once. */
export function gazetteer(): Gazetteer {
  loaded ??= buildGazetteer(data as GazetteerData);
  return loaded;
}
