/**
 * Words that make a name a place: last words and heads of place names, prepositions before
 * places, compass words.
 */

/** Last words of names of places that no gazetteer lists ("Tiananmen Square", "Ellis Park"). */
export const PLACE_WORDS = new Set([
  "estuary",
  "harbour",
  "harbor",
  "canal",
  "gulf",
  "delta",
  "forest",
  "hills",
  "square",
  "park",
  "prison",
  "street",
  "avenue",
  "road",
  // streets and waterfronts of British and Irish towns ("Harbour Row", "Fenwick Dock"); not
  // "lane", a surname too often (CoNLL train PER F1 0.8927 with it, 0.8930 without)
  "row",
  "crescent",
  "terrace",
  "boulevard",
  "quay",
  "wharf",
  "dock",
  "docks",
  "airport",
  "bridge",
  "river",
  "mountains",
  "mountain",
  "mount",
  "lake",
  "island",
  "islands",
  "valley",
  "sea",
  "ocean",
  "bay",
  "province",
  "region",
  "county",
  "district",
  "stadium",
  "center",
  "centre",
  "museum",
  "base",
  "hall",
  "mosque",
  "cathedral",
  "palace",
  "strait",
  "peninsula",
  "desert",
  "coast",
  "camp",
]);

/** First words of place names built with "of" ("Republic of Ireland", "Gulf of Aden"). */
export const PLACE_HEADS = new Set([
  "republic",
  "kingdom",
  "gulf",
  "bay",
  "sea",
  "isle",
  "strait",
  "straits",
  "cape",
  "museum",
  "lake",
  "mount",
  "sultanate",
  "emirate",
]);

/** Prepositions before a name that point to a place ("in Kyiv"). */
export const PLACE_BEFORE = new Set([
  "in",
  "at",
  "near",
  "from",
  "to",
  "across",
  "outside",
  "inside",
]);

export const COMPASS = new Set([
  "north",
  "south",
  "east",
  "west",
  "northern",
  "southern",
  "eastern",
  "western",
  "northeast",
  "northwest",
  "southeast",
  "southwest",
  "central",
]);
