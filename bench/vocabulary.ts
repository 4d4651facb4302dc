/**
 * The fixed word lists of the corpus generator. Stories vary their base text by swapping words
 * for others of the same rough class from these lists, and rewrites swap words for synonyms,
 * so every list is grouped by class (what the word can stand in for) and, inside a class, by
 * meaning (what a rewriter may replace it with).
 */

/** The rough grammatical role of a word, enough to swap it without wrecking the sentence. */
export type WordClass = "noun" | "plural" | "past" | "ing" | "adverb" | "adjective";

export const WORD_CLASSES: readonly WordClass[] = [
  "noun",
  "plural",
  "past",
  "ing",
  "adverb",
  "adjective",
];

/** Synonym groups, one line per group: a rewriter may put any member in place of another. */
const GROUPS: Record<WordClass, string> = {
  noun: `
    fire blaze inferno
    city town borough
    plant facility works
    building structure premises
    hall warehouse depot shed
    company firm business operator
    resident inhabitant householder
    school academy college
    hospital clinic infirmary
    investigation inquiry probe review
    statement announcement release
    conference briefing meeting
    council authority administration
    risk danger threat hazard
    estate district quarter neighbourhood
    road street avenue lane
    crew team squad unit
    director head chief manager
    leader chair head
    cost price expense bill
    project scheme programme plan
    permit licence authorisation
    limit cap ceiling threshold
    notice order warning directive
    concern worry fear doubt
    evening night
    morning dawn daybreak
    smoke fumes haze
    cordon perimeter barrier
    scene spot location
    height peak climax
    shelter refuge centre
    river waterway channel
    harbour port dock
    storage stockpile store
    plume cloud column
    air atmosphere
    evacuation exodus withdrawal
    queue line
    roof canopy
    frame skeleton framework
    grant subsidy award
    floor storey level
    library archive collection
    reader visitor patron
    workshop studio yard
    park garden green
    promenade walkway embankment
    disaster catastrophe calamity
    incident episode event
    operation effort mission
    agreement deal accord
    proposal motion bill
    election vote ballot
    budget spending funding
    market economy trade
    strike walkout stoppage
    flood deluge inundation
    storm gale tempest
    crash collision accident
    court tribunal
    ruling verdict decision
    report account dossier
    interview conversation exchange
    border frontier
    summit meeting talks
    protest demonstration rally
    increase rise jump
    decline fall drop
    shortage scarcity lack
    deadline cutoff
    attempt effort bid
  `,
  plural: `
    firefighters crews responders rescuers
    batteries cells packs
    homes houses properties dwellings
    roads streets routes
    schools colleges academies
    officials authorities officers
    gases fumes vapours
    readings measurements samples
    levels concentrations amounts
    families households
    residents locals inhabitants neighbours
    workers employees staff
    problems difficulties troubles
    concerns worries fears
    visitors guests callers
    books volumes titles
    engines appliances trucks
    vessels ships boats
    districts areas neighbourhoods
    tonnes tons
    recommendations suggestions proposals
    volunteers helpers
    meals dinners
    windows panes
    doors entrances
    friends acquaintances
    sirens alarms
    announcements messages notices
    hours shifts
    investors shareholders backers
    prices costs charges
    talks negotiations discussions
    voters electors
    protesters demonstrators campaigners
    patients casualties
    witnesses onlookers bystanders
    lawmakers legislators politicians
    farmers growers producers
    drivers motorists
    passengers travellers riders
    teachers educators
    students pupils learners
    doctors physicians medics
  `,
  past: `
    stressed emphasised underlined
    informed advised briefed
    forced compelled drove
    sent spread pushed
    started began erupted
    closed shut sealed
    opened launched inaugurated
    treated examined
    held kept detained
    assessed evaluated gauged
    stayed remained
    spent passed
    raised flagged voiced
    inspected checked surveyed
    published released issued
    reported announced disclosed
    declared pronounced proclaimed
    lifted removed ended
    described recounted portrayed
    called summoned
    ordered instructed directed
    found discovered detected
    contained controlled confined
    built constructed erected
    paid funded financed
    designed planned devised
    expected anticipated predicted
    returned headed
    served provided offered
    thanked praised
    apologised regretted
    woke stirred
    fought tackled battled
    helped assisted aided
    warned cautioned
    agreed consented
    rejected refused dismissed
    approved endorsed backed
    increased rose climbed
    fell dropped declined
    arrived reached
    left departed quit
    killed claimed
    damaged harmed hit
    destroyed wrecked razed
  `,
  ing: `
    burning smouldering blazing
    drifting floating hanging
    waiting queuing
    staying remaining
    checking testing monitoring
    fighting tackling battling
    leading heading running
    speaking talking
    asking urging
    stacking piling storing
    keeping holding
    coming arriving
    working operating
    growing rising mounting
    facing confronting
    planning preparing
    leaving departing
    reading studying
  `,
  adverb: `
    shortly soon
    fully completely entirely
    nearly almost
    quickly rapidly swiftly
    later afterwards subsequently
    already previously
    roughly approximately
    largely mostly chiefly
    officially formally
    finally eventually ultimately
    recently lately
    initially originally
    suddenly abruptly
    slowly gradually
    widely broadly
  `,
  adjective: `
    dark black thick
    toxic poisonous noxious
    dangerous hazardous perilous
    ordinary normal regular
    patient calm composed
    kind generous caring
    joint combined shared
    public civic communal
    biggest largest greatest
    obvious natural clear
    stubborn persistent relentless
    whole entire complete
    major significant substantial
    serious severe grave
    huge massive enormous
    harmful damaging
    northern upper
    used spent discarded
    local regional municipal
    safe secure
    packed crowded busy
    extra additional further
    strong powerful intense
    early initial preliminary
    final closing concluding
    former previous past
    small minor modest
    sharp steep marked
    angry furious irate
    worried anxious uneasy
    emergency urgent
  `,
};

/** Each word's synonyms (itself excluded) and class. */
export const SYNONYMS: ReadonlyMap<
  string,
  { readonly cls: WordClass; readonly others: readonly string[] }
> = (() => {
  const out = new Map<string, { cls: WordClass; others: string[] }>();
  for (const cls of WORD_CLASSES) {
    for (const line of GROUPS[cls].split("\n")) {
      const group = line.trim().split(/\s+/).filter(Boolean);
      if (group.length < 2) continue;
      for (const w of group) {
        // A word in two groups ("head"): keep the first; either reading is a synonym.
        if (!out.has(w)) out.set(w, { cls, others: group.filter((o) => o !== w) });
      }
    }
  }
  return out;
})();

/** Every table word by class: what a story may put in place of a word of that class. */
export const VOCABULARY: Readonly<Record<WordClass, readonly string[]>> = (() => {
  const out = Object.fromEntries(WORD_CLASSES.map((c) => [c, [] as string[]])) as Record<
    WordClass,
    string[]
  >;
  for (const [w, { cls }] of SYNONYMS) out[cls].push(w);
  return out;
})();

/**
 * The class of a word: the table's, else a guess from its ending. A wrong guess only makes a
 * sentence read oddly; the benchmark needs realistic shingle statistics, not grammar.
 */
export function classOf(word: string): WordClass {
  const known = SYNONYMS.get(word);
  if (known) return known.cls;
  if (word.endsWith("ing")) return "ing";
  if (word.endsWith("ed")) return "past";
  if (word.endsWith("ly")) return "adverb";
  if (word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us")) return "plural";
  if (/(?:ous|ive|ful|able|ible|al|ic|ary)$/.test(word)) return "adjective";
  return "noun";
}

/**
 * Words never swapped: function words carry the grammar (and the share of them is what the
 * project's English check measures), and reporting verbs around quotes stay recognisable.
 */
export const KEEP_WORDS: ReadonlySet<string> = new Set(
  `the of and to a in that is was he for it with as his on be at by this had not are but from or
  have an they which one you were her all she there would their we him been has when who will more
  no if out so what up its about into than them can only other new some could time these two may
  then do first any my now such like our over me even most made after also did many before must
  through back years where much your way well down should because each just those people how too
  little state good very make world still own see men work long get here between both life being
  under never day same another know while last might us great old year off come since against go
  came right used take three four five six seven eight nine ten eleven twelve hundred thousand
  million billion half quarter around across along among behind below beside beyond during
  except inside near onto outside per toward towards upon within without although though unless
  until whether either neither nor yet said says added told asked according week weeks month
  months today tomorrow yesterday tonight none nobody anyone everyone someone something
  anything everything nothing whose whom himself herself itself themselves ourselves myself`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * Capitalised words that are not names: days, months, titles and the common nouns of
 * institutions ("City Council", "Fire Service"). Mapping them to invented names would turn
 * "Chief Fire Officer" into three surnames.
 */
export const NOT_NAMES: ReadonlySet<string> = new Set(
  `Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June
  July August September October November December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec
  Mr Mrs Ms Mx Dr Prof St Sen Rep Gov Lt Gen Col Capt Sgt Rev Chief Officer Fire Rescue Service
  Services City Council Police Agency Environment School Schools Primary Centre Center Hospital
  General Leisure Dock Row District Court Minister Prime President Director Department Ministry
  Street Road Avenue University College Union European National International Public Health
  Authority Board Committee Commission Parliament Government State Federal Republic Army Navy
  Air Force Station Airport Harbour Port Bridge River Lake Park Square Hall Library Museum
  The A An I In On At It He She We They This That These Those His Her Their Its Our My There When
  While After Before If As Some Many Most No Not Now Then Still But And Or So Yet Asked Last Next
  Speaking According Around About Nobody People Families Residents Officials Crews Ships Roads`
    .split(/\s+/)
    .filter(Boolean),
);

/** Syllables of invented names: 60² + 60³ names, enough that stories rarely share one. */
export const NAME_SYLLABLES: readonly string[] =
  `mar ten vik los bra del fen gar hol ist kar lun mer nor ost pel quin ras sel tor ul van wex yar
  zol an bel cor dun ell far gil har ith jor kel lam mon nev orr pas rin sto tam ver wil ald bri
  cas dra eth fro gla hav ilt kes lor mab nim ock`
    .split(/\s+/)
    .filter(Boolean);

/** Endings that make an invented surname or place look like one. */
export const NAME_ENDINGS: readonly string[] = [
  "son",
  "ley",
  "ton",
  "wick",
  "ford",
  "by",
  "stead",
  "hurst",
  "ell",
];

export const FIRST_NAMES: readonly string[] =
  `Adaeze Alma Anders Aoife Arjun Beatrix Bram Carys Cosmo Dalia Declan Edda Emeka Esther Farid
  Freya Gideon Greta Hamish Ines Ivo Jana Joaquin Kalinda Kasper Leila Linnea Magnus Maren Mateo
  Miriam Nadia Niamh Oskar Otto Petra Priya Quentin Rafaela Ravi Rosalind Saoirse Silas Tamsin
  Tomas Ulla Valentin Wanjiru Wren Yusuf Zofia Amara Bastian Celeste Dmitri Elif Fintan Hana`
    .split(/\s+/)
    .filter(Boolean);

/** Second words of outlet names. */
export const OUTLET_SUFFIXES: readonly string[] =
  `Courier Herald Times Ledger Post Gazette Radio News Daily Chronicle Observer Tribune Express
  Record Wire Journal Mercury Echo Sentinel Dispatch Bulletin Standard Review Star Today Monitor`
    .split(/\s+/)
    .filter(Boolean);

/** Photo agencies of planted captions, invented so no real wire gets credited by accident. */
export const PHOTO_AGENCIES: readonly string[] = [
  "Northwire",
  "Harbour Pictures",
  "Pressline",
  "Lens Agency",
  "Fieldnote Photo",
  "Coastlight",
];

export const NEWS_SECTIONS: readonly string[] = [
  "News",
  "Local",
  "World",
  "Business",
  "Politics",
  "Health",
  "Environment",
  "Sport",
  "Culture",
  "Opinion",
];
