/**
 * English function words and other words too common in news to tell one text or event from
 * another. Source: our own lists. Stages take the tables they need and add words of their own
 * purpose beside them (a figure's counted noun stops at "percent", a headline label ignores
 * "new"), saying why where they do.
 */

const words = (list: string): string[] => list.trim().split(/\s+/);

/**
 * Closed-class words: articles and determiners, pronouns, auxiliaries and modals, prepositions,
 * conjunctions, and the commonest adverbs of degree and time. Lower-case.
 */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set(
  words(`
  a an and are as at be been being but by can could did do does for from had has have he her hers
  him his how i if in into is it its me more most my no nor not of on once only or other our out
  over own same she should so some such than that the their them then there these they this those
  through to too under until up very was we were what when where which while who whom why will
  with would you your also just about after again against all am any because before below between
  both down during each few further here off upon onto per via ago yet still even however whether
  `),
);

/** Words that report speech without saying what was said: "said", "told", "according". */
export const REPORTING_WORDS: readonly string[] = words(
  "said says say told tell according added adding stated noted",
);

/** Courtesy titles abbreviated before a name, lower-case and without the period. */
export const HONORIFICS: readonly string[] = words("mr mrs ms dr");

/**
 * The stop list for comparing news texts word by word (reuse) and by vocabulary (clustering):
 * function words, reporting words, courtesy titles, and "new", "one", "two", "three", which
 * every story prints.
 */
export const NEWS_STOP_WORDS: ReadonlySet<string> = new Set([
  ...FUNCTION_WORDS,
  ...REPORTING_WORDS,
  ...HONORIFICS,
  ...words("new one two three"),
]);

/**
 * The most frequent words of written English, content words among them ("people", "time"):
 * their share of a text's words tells English from other languages. Source: our own list of
 * about 200 words, ranked by how often English prose uses them.
 */
export const FREQUENT_ENGLISH_WORDS: ReadonlySet<string> = new Set(
  words(`
  the of and to a in that is was he for it with as his on be at by i this had not are but from or
  have an they which one you were her all she there would their we him been has when who will more
  no if out so said what up its about into than them can only other new some could time these two
  may then do first any my now such like our over man me even most made after also did many before
  must through back years where much your way well down should because each just those people how
  too little state good very make world still own see men work long get here between both life
  being under never day same another know while last might us great old year off come since
  against go came right used take three
  `),
);
