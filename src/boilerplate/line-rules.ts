/**
 * The line rules: what a short line of page boilerplate looks like, one rule a shape, each
 * with the reason it gives in `removed`. The clean stage applies PARAGRAPH_RULES to every
 * article's paragraphs; HTML extraction applies PAGE_BLOCK_RULES to the short blocks of a
 * page's story container, where markup has already cut the page into blocks. Both read the
 * same rules, so a line has one name whichever step drops it.
 *
 * They are anchored and narrow on purpose: dropping a line of the article is worse than keeping
 * a line of chrome, so a rule matches only a whole paragraph of a known shape, and a long
 * paragraph (prose) is never chrome unless a rule says so explicitly.
 */
export type LineRule = { readonly reason: string; readonly test: (line: string) => boolean };

const PUBLISHER_IS =
  /^(?:The )?[A-Z][\w&.' -]{1,60}? is an? (?:independent |leading )?(?:global |international |national |local )?(?:news|media|publishing) (?:organi[sz]ation|agency|company|outlet|service)\b/;
const PUBLISHER_FOUNDED =
  /(?:^|[.!] )(?:Founded|Established) in \d{4}, (?:the )?[A-Z][\w&.' -]{1,60}? (?:today |now )?(?:is|remains|has been) (?:the|a|an|one of)\b/;

/** Chrome lines are short; a paragraph longer than this is article prose for the prompt rules. */
const PROMPT_MAX = 220;

const short = (p: string, max = PROMPT_MAX): boolean => p.length <= max;

/**
 * Boilerplate lines are short: a line of more words than this is prose whatever it starts with.
 * Rules that match only the start of a line hold to it.
 */
const SHORT_LINE_WORDS = 25;

/** Whether `text` has at most SHORT_LINE_WORDS words, counted by spaces without splitting it. */
export function isShortLine(text: string): boolean {
  let spaces = 0;
  for (let i = text.indexOf(" "); i >= 0; i = text.indexOf(" ", i + 1)) {
    if (++spaces >= SHORT_LINE_WORDS) return false;
  }
  return true;
}

/** Photo agencies and desks that appear as the last field of a credit line. */
const AGENCY =
  "(?:Getty Images|AFP|Reuters|AP|EPA(?:-EFE)?|Shutterstock|Bloomberg|Sipa(?: USA)?|NurPhoto|Alamy|Anadolu(?: Agency)?|Xinhua|dpa|picture alliance|Pool|Handout|Zuma(?: Press)?|SOPA Images|LightRocket|Corbis|iStock|The Washington Post|The New York Times|TASS|Sputnik|Kyodo|Yonhap|PA|PA Images)";

// "Anadolu | Anadolu | Getty Images"
const PIPE_CREDIT = new RegExp(`^[^|]{1,80}(?:\\|[^|]{1,60}){0,2}\\|\\s*${AGENCY}\\s*$`, "i");
// "Lena Marsh/Kestrel via Getty Images"
const SLASH_CREDIT = new RegExp(`^[^.!?]{1,80}/${AGENCY}(?:\\s+via\\s+${AGENCY})?$`, "i");
// A caption's closing credit: "(AP Photo/Evgeniy Maloletka, File)", "(Photo/Jane Doe, Kestrel)"
const CAPTION_CREDIT = new RegExp(
  `\\((?:[^()]|\\([^()]*\\))*(?:\\bPhotos?\\b|\\bvia (?:AP|Reuters|AFP|Getty Images)|/${AGENCY}\\b)(?:[^()]|\\([^()]*\\))*\\)$`,
);

// "… Photo: Kestrel", "… Picture: Lena Marsh/Harbour Post": a picture's credit closing its caption
// "Cover photo: Capture/@harbourfan"
const CREDIT_TAIL = /(?:^|[.!?]\s+|\s)(?:[Pp]hoto|[Pp]icture|[Ii]mage)s?\s*:\s*[^.!?:;,]{2,50}$/u;
// "… at the count. - Kestrel", "… 17, 2026. Lena Marsh / KESTREL": an agency's credit at the end
const AGENCY_TAIL = new RegExp(`\\.\\s*(?:[^.]{0,40}\\s)?[-–—/]\\s*${AGENCY}$`, "i");
/** The words of a page's buttons and menus, on lines of their own. */
const INTERFACE =
  /^(?:Skip to (?:main )?(?:content|navigation)|Menu|Search|Sign in|Log in|Log out|Sign up|Newsletters?|Home|Edit|Print|Open in app|Toggle navigation|Back to top|Continue reading|Show more|Load more|Click here to read more)$/i;

/** Labels of a page's widgets, with whatever arrow or colon follows them. */
const INTERFACE_LABEL =
  /^(?:caption|close|highlights|breaking news|latest news|review|more|continue reading(?: below)?|skip to (?:main )?content|loading(?: content)?|this slideshow requires javascript|sign in|log in|about the author|(?:\d+ )?(?:photos?|images?)|video)\W*$/i;

/** A related-stories box's label, a line of its own: "You may also like...", "More stories". */
const RELATED_LABEL =
  /^(?:related(?: news| posts?| stories| articles)?|read more|see more|more stories|you may also like|recommended(?: for you)?|trending(?: now)?|watch|listen)\W*$/i;

const RELATED_CUE =
  /^(?:See also|Read more|Read also|Also read|More from|More on this|Related(?: articles?| stories| coverage| content| posts)?|Recommended(?: for you)?|You may also like|You might also like|Most read|Trending(?: now)?|Watch|Listen|Explainer|Editor'?s pick|Top stories)\b(\s*[:|\-–—]\s*|\s+|$)/i;

/** The reason a byline is dropped with; the date and provenance stages read bylines by it. */
export const BYLINE = "byline";

/**
 * "Photo: AP", "Image 1 of 9", "Getty Images": a credit label or a gallery's counter.
 */
const CREDIT_LINE =
  /^(?:(?:photo|image|picture|credit|source|foto|bild|imagen)s?\s*[:/|(]|getty images\b|ap photo\b)|^(?:(?:image|photo|slide|picture)\s+)?\d+\s+(?:of|\/)\s+\/?\s*\d+$/i;

export const IMAGE_MARKUP: LineRule = {
  reason: "image markup",
  // ![alt](https://…/photo.jpg), [![alt](…)](…), <img src=…>
  test: (p) => /^\[?!\[[^\]]*\]\([^)]*\)(?:\]\([^)]*\))?$/.test(p) || /^<img\b[^>]*>$/i.test(p),
};

export const PHOTO_CREDIT: LineRule = {
  reason: "photo credit",
  // "Anadolu | Anadolu | Getty Images", "Ludovic Marin | Afp | Getty Images"; and
  // "(Lena Marsh / Harbour Post)": a photographer and an outlet in brackets, a line of its own
  test: (p) =>
    (short(p, 160) &&
      (PIPE_CREDIT.test(p) ||
        SLASH_CREDIT.test(p) ||
        /^(?:Photo|Photograph|Image|Picture|Credit|Illustration)s?(?:\s+credits?)?\s*(?:by)?\s*[:/]\s*\S.{0,120}$/i.test(
          p,
        ) ||
        /^\(?Photo by [^.]{2,80}\)?$/i.test(p))) ||
    /^\(\s*[^()/]{2,60}\s*\/\s*[^()/]{2,60}\)$/.test(p) ||
    (isShortLine(p) && CREDIT_LINE.test(p)),
};

export const PHOTO_CAPTION: LineRule = {
  reason: "photo caption",
  // "FILE – Ukrainian troops … (AP Photo/Evgeniy Maloletka, File)"; "… (Photo/Jane Doe, Northwire)"
  // "Crowds on the quay. Photo: Kestrel", "… at the count. - Kestrel", "… ( Photo: Kestrel )"
  test: (p) =>
    /^FILE\s*[-–—]\s/.test(p) ||
    (p.endsWith(")") && CAPTION_CREDIT.test(p)) ||
    (short(p, 300) && (CREDIT_TAIL.test(p) || AGENCY_TAIL.test(p))) ||
    // "… (Image: GETTY)", "… (Credit: Harbour Post)"
    (isShortLine(p) && /\((?:image|photo|credit|foto)s?\b[^)]*\)\s*$/i.test(p)),
};

export const EMBEDDED_POST: LineRule = {
  reason: "embedded post",
  // a post copied from a social network: its picture link, or its signature line
  // "— Harbour Post (@harbourpost) March 17, 2026"
  test: (p) =>
    /\bpic\.twitter\.com\/\w+$/.test(p) ||
    /^[—–-]\s*[^()]{1,80}\(@\w{1,30}\)\s+\p{L}+\.?\s+\d{1,2},\s+\d{4}$/u.test(p),
};

export const INTERFACE_TEXT: LineRule = {
  reason: "interface text",
  // the words of a page's buttons, menus and labels, each a line of its own
  test: (p) => INTERFACE.test(p.replace(/\u00a0/g, " ").trim()) || INTERFACE_LABEL.test(p),
};

export const TAG_LIST: LineRule = {
  reason: "tag list",
  // "Tags: ferries, Harbour Post, weather", "Filed under: Transport", "Categories"
  test: (p) =>
    (short(p, 300) &&
      /^(?:Tags?|Topics?|Filed under|Categories|Related topics)\s*[:|]\s*\S/i.test(p)) ||
    (isShortLine(p) && /^(?:filed under\b|(?:tags?|categor(?:y|ies))(?:\s*[:|]|\W*$))/i.test(p)),
};

export const AUDIO_PLAYER: LineRule = {
  reason: "audio player",
  // "Listen to this article", "Audio is not available", "00:00 / 03:12"
  test: (p) =>
    short(p, 120) &&
    (/^(?:Listen to (?:this|the) (?:article|story)|Audio (?:is not available|player|version)\b|This (?:article|story) is (?:also )?available (?:as|in) audio)/i.test(
      p,
    ) ||
      /^\d{1,2}:\d{2}(?::\d{2})?\s*\/\s*\d{1,2}:\d{2}(?::\d{2})?$/.test(p)),
};

export const COPYRIGHT_LINE: LineRule = {
  reason: "copyright line",
  test: (p) =>
    short(p, 300) &&
    (/^(?:©|ⓒ|\(c\)\s|Copyright\b)/i.test(p) ||
      /(?:©|\bAll rights reserved\b)/i.test(p) ||
      /^This (?:material|article|content|story) may not be (?:published|reproduced|copied)/i.test(
        p,
      )),
};

export const PUBLISHER_DESCRIPTION: LineRule = {
  // "The Harbour Wire is an independent news organisation … Founded in 1851, the Harbour Wire
  // today remains the most trusted source of …": the publisher describing itself at the foot
  // of the page, not the story
  reason: "publisher description",
  test: (p) => short(p, 600) && (PUBLISHER_IS.test(p) || PUBLISHER_FOUNDED.test(p)),
};

export const COMMENT_PROMPT: LineRule = {
  reason: "comment prompt",
  test: (p) =>
    short(p) &&
    (/^(?:Leave|Post|Add|Write|Submit) a (?:Reply|Comment)\b/i.test(p) ||
      /^Join the (?:Conversation|Discussion|Debate)\b/i.test(p) ||
      /^(?:\d+\s+)?Comments?(?:\s*\(\d+\))?:?$/i.test(p) ||
      /^comments?\W*$/i.test(p) ||
      /^(?:View|Show|Read|Load) (?:all |more )?\d*\s*comments?\b/i.test(p) ||
      /^Your email address will not be published/i.test(p) ||
      /^Required fields are marked/i.test(p) ||
      /\bcreate a free account to comment\b/i.test(p) ||
      /^(?:Want to share your thoughts|Have your say|What do you think\?)/i.test(p) ||
      /^(?:Log|Sign) in to (?:comment|reply|join)/i.test(p)),
};

export const SUBSCRIBE_PROMPT: LineRule = {
  reason: "subscribe prompt",
  test: (p) =>
    short(p) &&
    (/^Discover more from\b/i.test(p) ||
      /^subscribe(?: now)?\W*$/i.test(p) ||
      (/^(?:Subscribe|Sign up|Get (?:the latest|our|breaking)|Follow us|Download (?:our|the)|Register (?:now|for free)|Already a subscriber|Become a (?:member|subscriber)|Support (?:our|independent|quality) journalism|Enjoy unlimited|Never miss|Stay (?:informed|up to date)|Want more\b|Like this (?:article|story)\?)/i.test(
        p,
      ) &&
        /\b(?:subscri\w*|newsletter|sign up|inbox|e-?mail|posts|follow us|app|member\w*|journalism|unlimited|updates|alerts|latest)\b/i.test(
          p,
        ))),
};

export const SHARE_PROMPT: LineRule = {
  reason: "share prompt",
  test: (p) =>
    /^(?:share(?: this)?(?: article| story)?|print|email|tweet)\W*$/i.test(p) ||
    /^(?:Share(?: (?:this|the) (?:article|story|page|post))?|Tweet|Email|Print|Copy link|Save|Share via\b.*|Share on .{1,40})$/i.test(
      p,
    ) ||
    /^(?:(?:Facebook|Twitter|X|WhatsApp|LinkedIn|Reddit|Telegram|Email|Print|Copy link|Share)\s*[|·•,]?\s*){2,}$/i.test(
      p,
    ),
};

export const RELATED_LINK: LineRule = {
  reason: "related link",
  // "See also  Russia's military expansion …", "Read more: …", "ALSO READ | …". A link is a
  // headline: after a bare space it does not end like a sentence ("Read more about the plan
  // in the report, officials said." is prose).
  test: (p) => {
    if (RELATED_LABEL.test(p)) return true;
    const m = RELATED_CUE.exec(p.replace(/\u00a0/g, " "));
    if (!m || !short(p, 250)) return false;
    return /[:|\-–—]/.test(m[1]!) || !/[.!?]["”’]?$/.test(p);
  },
};

export const BYLINE_LINE: LineRule = {
  reason: BYLINE,
  // "By Owen Tregarthen, Chief Reporter · Tuesday 17 March 2026, 6.20pm", "By Kestrel"
  test: (p) =>
    short(p, 160) &&
    /^By\s+\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|and|&|de|van|von|der|al|bin))*\s*(?:$|[,·|•–—-]\s*\S)/u.test(
      p,
    ) &&
    !/[.!?]$/.test(p.replace(/\b(?:[ap]\.m|Jr|Sr)\.$/i, "")),
};

export const READER_PROMPT: LineRule = {
  reason: "reader prompt",
  // "Do you have pictures of the fire? Send them to our newsdesk."
  test: (p) =>
    short(p) &&
    /^(?:Do you have|Have you got|Got) (?:a |any )?(?:pictures?|photos?|videos?|footage|a story|information|a news tip|tips?)\b.{0,80}\?\s*(?:Send|Email|E-mail|Contact|Get in touch|Share|Tell|Call|WhatsApp)\b/i.test(
      p,
    ),
};

export const STAFF_CREDIT_LINE: LineRule = {
  reason: "staff credit line",
  // "(Reporting by Jane Roe; Editing by John Doe)", "Associated Press writer Ann Lee in Paris contributed."
  test: (p) =>
    short(p, 300) &&
    (/^\(?(?:Reporting|Writing|Editing|Additional reporting|Compiled|Graphics) by\b[^()]*\)?\.?$/i.test(
      p,
    ) ||
      /^(?:[\p{L}.' -]+ )?(?:writers?|reporters?|correspondents?|staff) [^.]{0,120}\bcontributed(?: (?:to )?(?:this )?(?:report|reporting|story))?\.?$/iu.test(
        p,
      ) ||
      (isShortLine(p) &&
        (/contributed (?:reporting|to this report)/i.test(p) ||
          /^\(?(?:additional )?reporting by/i.test(p)))),
};

export const ADVERTISEMENT: LineRule = {
  reason: "advertisement",
  test: (p) =>
    /^(?:advert(?:isement)?|ad|iklan|anzeige|publicidad|pubblicità|advertisement - scroll to continue)\W*$/i.test(
      p,
    ) ||
    /^(?:Advertisement|ADVERTISEMENT|Sponsored(?: content)?|Story continues below(?: advertisement)?|Continue reading (?:below|the main story)|Scroll to continue(?: with content)?|Skip Advertisement)$/i.test(
      p,
    ),
};

export const SEPARATOR: LineRule = {
  reason: "separator",
  test: (p) => /^[_\-=*~·•–—]{3,}$/.test(p),
};

// ---------------------------------------------------------------------------------------------
// Rules only HTML extraction applies: a line of this shape is a block of its own on a page, but
// in plain text may open a paragraph of prose or stand in the header the clean stage reads.

/** Calls to action and teasers that open a short block. */
const CTA_START =
  /^(?:follow @|related (?:post|news|story)\s*:|see more\s*:|let our news|want more|like this (?:story|article)|more great|more\s*:|don'?t miss|click here|this post may contain affiliate|\w+ may earn|join our|download our|get (?:it|the app)|if you (?:enjoyed|liked)|have a tip)/i;

/** "5 min read", "Reading time: 3 minutes" */
const READING_TIME_LINE = /^(?:tempo de leitura|reading time|\d+ min(?:ute)?s? read)\b/i;

const URL_LINE =
  /^(https?:\/\/|www\.)\S+$|^\S+@\S+\.\w+$|^(twitter|facebook|instagram)\.com\/\S+$/i;

/** Words of a date line: "Published 11:34 PM EST Nov 19, 2019", "Updated: Sat 8:31 PM". */
const DATE_WORD =
  /^(\d+(st|nd|rd|th)?|jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sept?(ember)?|oct(ober)?|nov(ember)?|dec(ember)?|mon(day)?|tue(s(day)?)?|wed(nesday)?|thu(rs(day)?)?|fri(day)?|sat(urday)?|sun(day)?|[ap]m?|m|gmt|utc|[ecmpa][sd]t|bst|cet|cest|ist|published|updated|posted|modified|first|last|on|at|date|today|yesterday|ago|hours?|minutes?|mins?|days?|weeks?|de|às|el|le|um|janeiro|fevereiro|março|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro|segunda|terça|quarta|quinta|sexta|feira|sábado|domingo|enero|febrero|marzo|mayo|junio|julio|septiembre|octubre|noviembre|diciembre|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|januar|februar|märz|juni|juli|oktober|dezember|januari|februari|maret|mei|agustus|desember|set|ott|dic|okt|dez|des|mrt)$/iu;

/**
 * What makes a run of numbers a date rather than a time or a score line ("10 p.m.",
 * "Tarrow 12 9 17 8 — 46"): a month, a year, or a word like "Published".
 */
const DATE_ANCHOR =
  /^((19|20)\d\d|jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sept?(ember)?|oct(ober)?|nov(ember)?|dec(ember)?|published|updated|posted|modified)$/i;

/** Share of a short line's words that must be date words for the line to be a dateline. */
const MIN_DATE_WORD_SHARE = 0.8;

function isDateLine(text: string): boolean {
  const tokens = text.match(/[\p{L}\p{N}]+/gu) ?? [];
  if (!tokens.some((t) => /\d/.test(t)) || !tokens.some((t) => DATE_ANCHOR.test(t))) return false;
  const dateish = tokens.filter((t) => DATE_WORD.test(t)).length;
  return dateish >= MIN_DATE_WORD_SHARE * tokens.length;
}

export const CALL_TO_ACTION: LineRule = {
  reason: "call to action",
  test: (p) => isShortLine(p) && CTA_START.test(p),
};
export const READING_TIME: LineRule = {
  reason: "reading time",
  test: (p) => isShortLine(p) && READING_TIME_LINE.test(p),
};
export const ADDRESS: LineRule = { reason: "address", test: (p) => URL_LINE.test(p) };
export const DATE_LINE: LineRule = { reason: "date line", test: isDateLine };

/** In the order the clean stage tries them: the first that matches names the paragraph. */
export const PARAGRAPH_RULES: readonly LineRule[] = [
  IMAGE_MARKUP,
  PHOTO_CREDIT,
  PHOTO_CAPTION,
  EMBEDDED_POST,
  INTERFACE_TEXT,
  TAG_LIST,
  AUDIO_PLAYER,
  COPYRIGHT_LINE,
  PUBLISHER_DESCRIPTION,
  COMMENT_PROMPT,
  SUBSCRIBE_PROMPT,
  SHARE_PROMPT,
  RELATED_LINK,
  BYLINE_LINE,
  READER_PROMPT,
  STAFF_CREDIT_LINE,
  ADVERTISEMENT,
  SEPARATOR,
];

/**
 * HTML extraction tries them on a short block (isShortLine) of a page's story container: the
 * paragraph rules, then shapes that only a block cut by markup shows reliably.
 */
export const PAGE_BLOCK_RULES: readonly LineRule[] = [
  // A post embedded in a page is quoted as part of the story: the page keeps it (the
  // extraction benchmark's readers did, 15 of 15), plain text does not.
  ...PARAGRAPH_RULES.filter((rule) => rule !== EMBEDDED_POST),
  CALL_TO_ACTION,
  READING_TIME,
  ADDRESS,
  DATE_LINE,
];

/** The reason the first of `rules` that matches gives, or null. */
export function lineReason(line: string, rules: readonly LineRule[]): string | null {
  for (const rule of rules) if (rule.test(line)) return rule.reason;
  return null;
}
