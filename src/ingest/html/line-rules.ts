/** Line rules for the short blocks of an HTML page's story container. */

/** Whole blocks that are interface text, not writing. */
export const UI_LINE =
  /^(advert(isement)?|ad|iklan|anzeige|publicidad|pubblicità|caption|close|comments?|highlights|breaking news|latest news|related( news| posts?| stories| articles)?|review|more|share( this)?( article| story)?|continue reading( below)?|skip to (main )?content|loading( content)?|this slideshow requires javascript|print|email|tweet|subscribe( now)?|sign in|log in|read more|see more|more stories|you may also like|don'?t miss|recommended( for you)?|trending( now)?|about the author|(\d+ )?(photos?|images?)|watch|listen|video|advertisement - scroll to continue)\W*$/i;

/** Calls to action and teasers that open a short block. */
export const CTA_START =
  /^(subscribe|sign up|follow (us|@)|get the latest|let our news|want more|like this (story|article)|you may also like|more great|related( post| news| article| story)?\s*:|see more\s*:|read more\s*:|also read\s*:|read also\s*:|more\s*:|don'?t miss|more from|recommended|click here|this post may contain affiliate|\w+ may earn|join our|download our|get (it|the app)|if you (enjoyed|liked)|have a tip)/i;

/** "Photo: AP", "(Image: GETTY)", "Image 1 of 9", "© Reuters". */
export const CREDIT_LINE =
  /^(photo|image|picture|credit|source|foto|bild|imagen|getty images|ap photo|©|ⓒ|copyright)\b|\((image|photo|credit|foto)s?\b[^)]*\)\s*$|^((image|photo|slide|picture)\s+)?\d+\s+(of|\/)\s+\/?\s*\d+$|all rights reserved\W*$/i;

/** Filing and reading-time lines, and the reporting credits at the foot of a wire story. */
export const META_LINE =
  /^(filed under|tags?|categor(y|ies)|tempo de leitura|reading time|\d+ min(ute)?s? read)\b|contributed (reporting|to this report)|^\(?(additional )?reporting by/i;

export const URL_LINE =
  /^(https?:\/\/|www\.)\S+$|^\S+@\S+\.\w+$|^(twitter|facebook|instagram)\.com\/\S+$/i;

/** Words of a date line: "Published 11:34 PM EST Nov 19, 2019", "Updated: Sat 8:31 PM". */
const DATE_WORD =
  /^(\d+(st|nd|rd|th)?|jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sept?(ember)?|oct(ober)?|nov(ember)?|dec(ember)?|mon(day)?|tue(s(day)?)?|wed(nesday)?|thu(rs(day)?)?|fri(day)?|sat(urday)?|sun(day)?|[ap]m?|m|gmt|utc|[ecmpa][sd]t|bst|cet|cest|ist|published|updated|posted|modified|first|last|on|at|date|today|yesterday|ago|hours?|minutes?|mins?|days?|weeks?|de|às|el|le|um|janeiro|fevereiro|março|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro|segunda|terça|quarta|quinta|sexta|feira|sábado|domingo|enero|febrero|marzo|mayo|junio|julio|septiembre|octubre|noviembre|diciembre|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|januar|februar|märz|juni|juli|oktober|dezember|januari|februari|maret|mei|agustus|desember|set|ott|dic|okt|dez|des|mrt)$/iu;

/**
 * What makes a run of numbers a date rather than a time or a score line ("10 p.m.",
 * "Rockledge 14 11 6 15 — 44"): a month, a year, or a word like "Published".
 */
const DATE_ANCHOR =
  /^((19|20)\d\d|jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sept?(ember)?|oct(ober)?|nov(ember)?|dec(ember)?|published|updated|posted|modified)$/i;

/** Share of a short line's words that must be date words for the line to be a dateline. */
const MIN_DATE_WORD_SHARE = 0.8;

export function isDateLine(text: string): boolean {
  const tokens = text.match(/[\p{L}\p{N}]+/gu) ?? [];
  if (!tokens.some((t) => /\d/.test(t)) || !tokens.some((t) => DATE_ANCHOR.test(t))) return false;
  const dateish = tokens.filter((t) => DATE_WORD.test(t)).length;
  return dateish >= MIN_DATE_WORD_SHARE * tokens.length;
}
