/**
 * Rules that recognise page boilerplate, one paragraph at a time. Each names the reason it
 * gives in `removed`. They are anchored and narrow on purpose: dropping a line of the article
 * is worse than keeping a line of chrome, so a rule matches only a whole paragraph of a known
 * shape, and a long paragraph (prose) is never chrome unless a rule says so explicitly.
 */
const PUBLISHER_IS =
  /^(?:The )?[A-Z][\w&.' -]{1,60}? is an? (?:independent |leading )?(?:global |international |national |local )?(?:news|media|publishing) (?:organi[sz]ation|agency|company|outlet|service)\b/;
const PUBLISHER_FOUNDED =
  /(?:^|[.!] )(?:Founded|Established) in \d{4}, (?:the )?[A-Z][\w&.' -]{1,60}? (?:today |now )?(?:is|remains|has been) (?:the|a|an|one of)\b/;

export type BoilerplateRule = { readonly reason: string; readonly test: (p: string) => boolean };

/** Chrome lines are short; a paragraph longer than this is article prose for the prompt rules. */
const PROMPT_MAX = 220;

const short = (p: string, max = PROMPT_MAX): boolean => p.length <= max;

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

const RELATED_CUE =
  /^(?:See also|Read more|Read also|Also read|More from|More on this|Related(?: articles?| stories| coverage| content| posts)?|Recommended(?: for you)?|You may also like|You might also like|Most read|Trending(?: now)?|Watch|Listen|Explainer|Editor'?s pick|Top stories)\b(\s*[:|\-–—]\s*|\s+|$)/i;

const RULES: BoilerplateRule[] = [
  {
    reason: "image markup",
    // ![alt](https://…/photo.jpg), [![alt](…)](…), <img src=…>
    test: (p) => /^\[?!\[[^\]]*\]\([^)]*\)(?:\]\([^)]*\))?$/.test(p) || /^<img\b[^>]*>$/i.test(p),
  },
  {
    reason: "photo credit",
    // "Anadolu | Anadolu | Getty Images", "Ludovic Marin | Afp | Getty Images"
    test: (p) =>
      short(p, 160) &&
      (PIPE_CREDIT.test(p) ||
        SLASH_CREDIT.test(p) ||
        /^(?:Photo|Photograph|Image|Picture|Credit|Illustration)s?(?:\s+credits?)?\s*(?:by)?\s*[:/]\s*\S.{0,120}$/i.test(
          p,
        ) ||
        /^\(?Photo by [^.]{2,80}\)?$/i.test(p)),
  },
  {
    reason: "photo credit",
    // "(Lena Marsh / Harbour Post)": a photographer and an outlet in brackets, a line of its own
    test: (p) => /^\(\s*[^()/]{2,60}\s*\/\s*[^()/]{2,60}\)$/.test(p),
  },
  {
    reason: "photo caption",
    // "FILE – Ukrainian troops … (AP Photo/Evgeniy Maloletka, File)"; "… (Photo/Jane Doe, Northwire)"
    // "Crowds on the quay. Photo: Kestrel", "… at the count. - Kestrel", "… ( Photo: Kestrel )"
    test: (p) =>
      /^FILE\s*[-–—]\s/.test(p) ||
      (p.endsWith(")") && CAPTION_CREDIT.test(p)) ||
      (short(p, 300) && (CREDIT_TAIL.test(p) || AGENCY_TAIL.test(p))),
  },
  {
    reason: "embedded post",
    // a post copied from a social network: its picture link, or its signature line
    // "— Harbour Post (@harbourpost) March 17, 2026"
    test: (p) =>
      /\bpic\.twitter\.com\/\w+$/.test(p) ||
      /^[—–-]\s*[^()]{1,80}\(@\w{1,30}\)\s+\p{L}+\.?\s+\d{1,2},\s+\d{4}$/u.test(p),
  },
  {
    reason: "interface text",
    // the words of a page's buttons and menus, each a line of its own
    test: (p) => INTERFACE.test(p.replace(/\u00a0/g, " ").trim()),
  },
  {
    reason: "tag list",
    // "Tags: ferries, Harbour Post, weather", "Filed under: Transport"
    test: (p) =>
      short(p, 300) &&
      /^(?:Tags?|Topics?|Filed under|Categories|Related topics)\s*[:|]\s*\S/i.test(p),
  },
  {
    reason: "audio player",
    // "Listen to this article", "Audio is not available", "00:00 / 03:12"
    test: (p) =>
      short(p, 120) &&
      (/^(?:Listen to (?:this|the) (?:article|story)|Audio (?:is not available|player|version)\b|This (?:article|story) is (?:also )?available (?:as|in) audio)/i.test(
        p,
      ) ||
        /^\d{1,2}:\d{2}(?::\d{2})?\s*\/\s*\d{1,2}:\d{2}(?::\d{2})?$/.test(p)),
  },
  {
    reason: "copyright line",
    test: (p) =>
      short(p, 300) &&
      (/^(?:©|\(c\)\s|Copyright\b)/i.test(p) ||
        /(?:©|\bAll rights reserved\b)/i.test(p) ||
        /^This (?:material|article|content|story) may not be (?:published|reproduced|copied)/i.test(
          p,
        )),
  },
  {
    // "The Harbour Wire is an independent news organisation … Founded in 1851, the Harbour Wire
    // today remains the most trusted source of …": the publisher describing itself at the foot
    // of the page, not the story
    reason: "publisher description",
    test: (p) => short(p, 600) && (PUBLISHER_IS.test(p) || PUBLISHER_FOUNDED.test(p)),
  },
  {
    reason: "comment prompt",
    test: (p) =>
      short(p) &&
      (/^(?:Leave|Post|Add|Write|Submit) a (?:Reply|Comment)\b/i.test(p) ||
        /^Join the (?:Conversation|Discussion|Debate)\b/i.test(p) ||
        /^(?:\d+\s+)?Comments?(?:\s*\(\d+\))?:?$/i.test(p) ||
        /^(?:View|Show|Read|Load) (?:all |more )?\d*\s*comments?\b/i.test(p) ||
        /^Your email address will not be published/i.test(p) ||
        /^Required fields are marked/i.test(p) ||
        /\bcreate a free account to comment\b/i.test(p) ||
        /^(?:Want to share your thoughts|Have your say|What do you think\?)/i.test(p) ||
        /^(?:Log|Sign) in to (?:comment|reply|join)/i.test(p)),
  },
  {
    reason: "subscribe prompt",
    test: (p) =>
      short(p) &&
      (/^Discover more from\b/i.test(p) ||
        (/^(?:Subscribe|Sign up|Get (?:the latest|our|breaking)|Follow us|Download (?:our|the)|Register (?:now|for free)|Already a subscriber|Become a (?:member|subscriber)|Support (?:our|independent|quality) journalism|Enjoy unlimited|Never miss|Stay (?:informed|up to date)|Want more\b|Like this (?:article|story)\?)/i.test(
          p,
        ) &&
          /\b(?:subscri\w*|newsletter|sign up|inbox|e-?mail|posts|follow us|app|member\w*|journalism|unlimited|updates|alerts|latest)\b/i.test(
            p,
          ))),
  },
  {
    reason: "share prompt",
    test: (p) =>
      /^(?:Share(?: (?:this|the) (?:article|story|page|post))?|Tweet|Email|Print|Copy link|Save|Share via\b.*|Share on .{1,40})$/i.test(
        p,
      ) ||
      /^(?:(?:Facebook|Twitter|X|WhatsApp|LinkedIn|Reddit|Telegram|Email|Print|Copy link|Share)\s*[|·•,]?\s*){2,}$/i.test(
        p,
      ),
  },
  {
    reason: "related link",
    // "See also  Russia's military expansion …", "Read more: …", "ALSO READ | …". A link is a
    // headline: after a bare space it does not end like a sentence ("Read more about the plan
    // in the report, officials said." is prose).
    test: (p) => {
      const m = RELATED_CUE.exec(p.replace(/\u00a0/g, " "));
      if (!m || !short(p, 250)) return false;
      return /[:|\-–—]/.test(m[1]!) || !/[.!?]["”’]?$/.test(p);
    },
  },
  {
    reason: "byline",
    // "By Owen Tregarthen, Chief Reporter · Tuesday 17 March 2026, 6.20pm", "By Kestrel"
    test: (p) =>
      short(p, 160) &&
      /^By\s+\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|and|&|de|van|von|der|al|bin))*\s*(?:$|[,·|•–—-]\s*\S)/u.test(
        p,
      ) &&
      !/[.!?]$/.test(p.replace(/\b(?:[ap]\.m|Jr|Sr)\.$/i, "")),
  },
  {
    reason: "reader prompt",
    // "Do you have pictures of the fire? Send them to our newsdesk."
    test: (p) =>
      short(p) &&
      /^(?:Do you have|Have you got|Got) (?:a |any )?(?:pictures?|photos?|videos?|footage|a story|information|a news tip|tips?)\b.{0,80}\?\s*(?:Send|Email|E-mail|Contact|Get in touch|Share|Tell|Call|WhatsApp)\b/i.test(
        p,
      ),
  },
  {
    reason: "staff credit line",
    // "(Reporting by Jane Roe; Editing by John Doe)", "Associated Press writer Ann Lee in Paris contributed."
    test: (p) =>
      short(p, 300) &&
      (/^\(?(?:Reporting|Writing|Editing|Additional reporting|Compiled|Graphics) by\b[^()]*\)?\.?$/i.test(
        p,
      ) ||
        /^(?:[\p{L}.' -]+ )?(?:writers?|reporters?|correspondents?|staff) [^.]{0,120}\bcontributed(?: (?:to )?(?:this )?(?:report|reporting|story))?\.?$/iu.test(
          p,
        )),
  },
  {
    reason: "advertisement",
    test: (p) =>
      /^(?:Advertisement|ADVERTISEMENT|Sponsored(?: content)?|Story continues below(?: advertisement)?|Continue reading (?:below|the main story)|Scroll to continue(?: with content)?|Skip Advertisement)$/i.test(
        p,
      ),
  },
  { reason: "separator", test: (p) => /^[_\-=*~·•–—]{3,}$/.test(p) },
];

/** The reason a paragraph is boilerplate, or null when it is part of the article. */
export function boilerplateReason(paragraph: string): string | null {
  for (const rule of RULES) if (rule.test(paragraph)) return rule.reason;
  return null;
}
