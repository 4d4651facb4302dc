/**
 * Common English short forms of given names, each with the full names it shortens: one outlet
 * writes "Fred", another "Frederick", and it is one person when the surname agrees too. Only
 * forms in wide use; a short form that stands for several full names lists them all, and two
 * full names never match through a short form they share ("Alexander" and "Alexandra" are two
 * people, "Alex" either).
 */
const SHORT_FORMS: ReadonlyMap<string, readonly string[]> = new Map(
  Object.entries({
    abe: ["abraham"],
    al: ["albert", "alan", "alfred"],
    alex: ["alexander", "alexandra", "alexis"],
    andy: ["andrew"],
    ben: ["benjamin"],
    beth: ["elizabeth"],
    bill: ["william"],
    billy: ["william"],
    bob: ["robert"],
    bobby: ["robert"],
    cathy: ["catherine", "cathleen"],
    chris: ["christopher", "christine", "christina"],
    dan: ["daniel"],
    danny: ["daniel"],
    dave: ["david"],
    debbie: ["deborah"],
    dick: ["richard"],
    don: ["donald"],
    ed: ["edward", "edwin"],
    eddie: ["edward"],
    fred: ["frederick", "alfred"],
    greg: ["gregory"],
    jack: ["john"],
    jake: ["jacob"],
    jeff: ["jeffrey"],
    jen: ["jennifer"],
    jenny: ["jennifer"],
    jim: ["james"],
    jimmy: ["james"],
    joe: ["joseph"],
    johnny: ["john", "jonathan"],
    jon: ["jonathan"],
    kate: ["katherine", "kathryn", "catherine"],
    kathy: ["katherine", "kathryn", "kathleen"],
    katie: ["katherine", "kathryn", "kathleen"],
    ken: ["kenneth"],
    larry: ["lawrence"],
    liz: ["elizabeth"],
    matt: ["matthew"],
    mike: ["michael"],
    nick: ["nicholas"],
    pat: ["patrick", "patricia"],
    peggy: ["margaret"],
    pete: ["peter"],
    phil: ["philip", "phillip"],
    ray: ["raymond"],
    rick: ["richard", "frederick"],
    rob: ["robert"],
    ron: ["ronald"],
    sam: ["samuel", "samantha"],
    steve: ["steven", "stephen"],
    sue: ["susan"],
    ted: ["edward", "theodore"],
    tim: ["timothy"],
    tom: ["thomas"],
    tommy: ["thomas"],
    tony: ["anthony"],
    vince: ["vincent"],
    will: ["william"],
  }),
);

/** Whether two given names (lower case) can name one person: the same, or a short form and its full name. */
export function sameGivenName(a: string, b: string): boolean {
  if (a === b) return true;
  return (SHORT_FORMS.get(a)?.includes(b) ?? false) || (SHORT_FORMS.get(b)?.includes(a) ?? false);
}

/**
 * The keys a given name is filed under, so that a short form and its full names meet: the name
 * itself and, for a short form, each full name it shortens.
 */
export function givenNameKeys(name: string): string[] {
  return [name, ...(SHORT_FORMS.get(name) ?? [])];
}
