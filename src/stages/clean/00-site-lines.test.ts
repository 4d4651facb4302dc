import { describe, expect, it } from "vitest";
import { rawArticle } from "../../../test/helpers.js";
import { defaultContext } from "../../pipeline/context.js";
import { draftArticle, runPipeline } from "../../pipeline/run.js";
import { cleanArticle } from "./clean.js";
import { SITE_TEMPLATE, siteTemplateFlags, withSiteShared } from "./00-site-lines.js";

// Two pages of one (made-up) site, as a crawler keeps whole pages: the same menu, list of other
// stories and footer around two stories about different things.
const MENU = ["Home", "World", "Business", "Sport", "Culture", "Newsletters", "Sign in"];
const TEASERS = [
  "Most read",
  "Tarnby council votes to close the old pier for the winter season",
  "The council of Tarnby voted on Monday night to close the old pier from November until March, citing the cost of repairs and the storms forecast for the coast this year.",
  "Lighthouse keeper's cottage sold at auction for a record price",
  "A cottage that housed the keepers of the Fenwick lighthouse for a century was sold at auction on Saturday to a buyer from the capital, the auction house said.",
];
const FOOTER = ["About us", "Contact", "© 2026 Harbour Post. All rights reserved."];

const page = (headline: string, date: string, story: readonly string[]): string =>
  [...MENU, headline, date, ...story, ...TEASERS, ...FOOTER].join("\n");

const FERRY = page("Ferry returns to Merrowby after three weeks of repairs", "March 17, 2026", [
  "The Merrowby ferry carried its first passengers in three weeks on Tuesday morning, after engineers replaced a cracked propeller shaft found during a routine inspection in February.",
  "Passengers queued on the quay from six o'clock, and the harbour master said every crossing of the day was full by noon, with extra sailings planned for the weekend.",
  "The operator said the repair cost about 400,000 euros and that a second ship would be inspected in April, when fewer people travel to the island.",
]);
const LIBRARY = page(
  "New library opens in Karlova with a reading room on the roof",
  "March 18, 2026",
  [
    "Karlova's new public library opened its doors on Wednesday with a reading room on its roof, six years after the old building on the market square was closed for safety reasons.",
    "Readers borrowed more than two thousand books on the first day, the head librarian said, and the children's floor had a queue outside it until the evening.",
    "The city paid for most of the building, with help from a foundation that also gave the library its collection of old maps of the river and its bridges.",
  ],
);

const onSite = (id: string, text: string, url: string | null) =>
  rawArticle(text, { id, source: `${id}.txt`, url });

describe("withSiteShared", () => {
  it("gives each page of a site the lines another page of the site prints too", () => {
    const pages = withSiteShared([
      onSite("ferry", FERRY, "https://www.harbourpost.example/news/2026/03/17/ferry-returns"),
      onSite("library", LIBRARY, "https://harbourpost.example/culture/2026/03/18/library-opens"),
      onSite("elsewhere", FERRY, "https://www.northernledger.example/ferry"),
    ]);
    const [ferry, library, other] = pages;
    // the menu, the list of other stories and the footer, by their places on each page
    const sharedLines = (raw: (typeof pages)[number]): string[] =>
      (raw.siteShared ?? []).map((b) => raw.original.split("\n")[b]!);
    const expected = [...MENU, ...TEASERS, ...FOOTER];
    expect(sharedLines(ferry!)).toEqual(expected);
    expect(sharedLines(library!)).toEqual(expected);
    // another site's page, even with the same text, shares nothing: it is alone on its site
    expect(other!.siteShared).toBeUndefined();
  });

  it("reads no sharing into one text read twice, into pages without an address, or from the order", () => {
    const url = "https://harbourpost.example/a";
    const twice = withSiteShared([onSite("a", FERRY, url), onSite("b", FERRY, url)]);
    expect(twice.map((r) => r.siteShared)).toEqual([undefined, undefined]);
    const noAddress = withSiteShared([onSite("a", FERRY, null), onSite("b", LIBRARY, null)]);
    expect(noAddress.map((r) => r.siteShared)).toEqual([undefined, undefined]);
    const pages = [
      onSite("ferry", FERRY, "https://harbourpost.example/ferry"),
      onSite("library", LIBRARY, "https://harbourpost.example/library"),
    ];
    const keysOf = (raws: ReturnType<typeof withSiteShared>) =>
      Object.fromEntries(raws.map((r) => [r.id, r.siteShared]));
    expect(keysOf(withSiteShared([...pages].reverse()))).toEqual(keysOf(withSiteShared(pages)));
  });

  it("adds what a batch shares to what a wider reading gave", () => {
    const wider = withSiteShared([
      onSite("ferry", FERRY, "https://harbourpost.example/ferry"),
      onSite("library", LIBRARY, "https://harbourpost.example/library"),
    ]);
    // the ferry page analysed later in a batch of its own keeps what the whole input said
    const [alone] = withSiteShared([wider[0]!]);
    expect(alone!.siteShared).toEqual(wider[0]!.siteShared);
    const [again] = withSiteShared([wider[0]!, wider[1]!]);
    expect(again!.siteShared).toEqual(wider[0]!.siteShared);
  });
});

describe("siteTemplateFlags", () => {
  const prose = (topic: string): string =>
    `The ${topic} was the subject of a long meeting of the town council on Tuesday evening, which went on past midnight and ended with a vote.`;

  it("takes shared lines out around the story and keeps the story's head and prose", () => {
    const paragraphs = [
      ...["Home", "World", "Business", "Sport", "Culture", "Weather", "Sign in"], // 0–6 menu
      "Ferry returns", // 7 headline (another page lists it as a teaser): the story's head
      prose("ferry"), // 8 the story opens
      "Share on Facebook", // 9 a shared button in the story: goes
      prose("quay"), // 10
      prose("harbour"), // 11 shared prose in the story (a second version of it on the site)
      prose("crossing"), // 12 and the next: prose does not end the story
      prose("operator"), // 13
      "Most read", // 14 shared, and so is the next: the story's run ends here
      "Pier closes for winter", // 15
      prose("pier closure"), // 16 a teaser's summary, below the story: goes
    ];
    const shared = paragraphs.map((_, i) => ![8, 10, 13].includes(i));
    // the head is the six lines above the story's opening: the first two menu items stand above it
    expect(siteTemplateFlags(paragraphs, shared)).toEqual(
      paragraphs.map((_, i) => [0, 1, 9, 14, 15, 16].includes(i)),
    );
  });

  it("keeps every paragraph of two versions of one story on a site", () => {
    const story = [
      "Ferry returns",
      prose("ferry"),
      prose("quay"),
      "Share on Facebook",
      prose("harbour"),
      prose("crossing"),
    ];
    const teasers = ["Most read", "Pier closes for winter", prose("pier closure")];
    // a second crawl of the page: only its time line and the list of most-read stories differ
    const second = ["Home", "World", ...story, "Updated 10:41", ...teasers, "Contact"];
    const flags = siteTemplateFlags(
      second,
      second.map((line) => line !== "Updated 10:41"),
    );
    expect(second.filter((_, i) => flags[i])).toEqual(["Share on Facebook", ...teasers, "Contact"]);
    // an update with a paragraph written into the middle of the story: its opening is shared
    const update = [...story.slice(0, 3), prose("new timetable"), ...story.slice(3), ...teasers];
    const kept = siteTemplateFlags(
      update,
      update.map((line) => !line.includes("new timetable")),
    );
    expect(update.filter((_, i) => !kept[i])).toEqual([
      ...story.slice(0, 3),
      prose("new timetable"),
      ...story.slice(4),
    ]);
  });

  it("never takes most of a page's prose", () => {
    // a short story, each paragraph under an opening's length, printed again on a second page
    const short = (topic: string): string =>
      `The ${topic} reopened on Tuesday after a long winter.`;
    const page = ["Home", "News", "Sport", "Culture", "Travel", "Weather", "Sign in", "Ferry back"];
    const lines = [
      ...page,
      short("ferry"),
      short("quay"),
      short("harbour"),
      short("pier"),
      "Contact",
    ];
    const flags = siteTemplateFlags(
      lines,
      lines.map(() => true),
    );
    expect(lines.filter((_, i) => flags[i])).toEqual(["Sign in", "Ferry back", "Contact"]);
  });

  it("keeps the first six lines of a page where no paragraph opens a story", () => {
    const lines = ["Home", "Menu", "Recipes", "Bread", "Cakes", "Jams", "Contact", "About"];
    expect(
      siteTemplateFlags(
        lines,
        lines.map(() => true),
      ),
    ).toEqual([false, false, false, false, false, false, true, true]);
  });
});

describe("the clean stage with what the site's other pages print", () => {
  it("lists the site's lines in removed with their reason and keeps the story", () => {
    const [ferry] = withSiteShared([
      onSite("ferry", FERRY, "https://harbourpost.example/ferry"),
      onSite("library", LIBRARY, "https://harbourpost.example/library"),
    ]);
    const cleaned = cleanArticle(draftArticle(ferry!));
    const template = cleaned.removed.filter((r) => r.reason === SITE_TEMPLATE).map((r) => r.text);
    expect(template).toEqual(expect.arrayContaining([...TEASERS.slice(1), "About us", "Contact"]));
    expect(cleaned.clean).toContain("Ferry returns to Merrowby after three weeks of repairs");
    expect(cleaned.clean).toContain("The operator said the repair cost about 400,000 euros");
    expect(cleaned.clean).not.toContain("Lighthouse keeper");
    expect("siteShared" in cleaned).toBe(false);
  });

  it("keeps the whole story of a page crawled twice, once after an update of its time line", () => {
    const recrawl = FERRY.replace("March 17, 2026", "Updated: March 18, 2026 9:12 AM");
    const [first, second] = withSiteShared([
      onSite("first", FERRY, "https://harbourpost.example/ferry"),
      onSite("second", recrawl, "https://harbourpost.example/ferry?page=1"),
    ]);
    for (const page of [first!, second!]) {
      const { clean } = cleanArticle(draftArticle(page));
      expect(clean).toContain("Ferry returns to Merrowby after three weeks of repairs");
      expect(clean).toContain("The Merrowby ferry carried its first passengers");
      expect(clean).toContain("The operator said the repair cost about 400,000 euros");
    }
  });

  it("keeps two pages of one site about different things in two stories", () => {
    const corpus = runPipeline(
      [
        onSite("ferry", FERRY, "https://harbourpost.example/news/ferry"),
        onSite("library", LIBRARY, "https://harbourpost.example/culture/library"),
      ],
      [],
      defaultContext({ today: "2026-03-20" }),
    );
    expect(corpus.stories.map((s) => [...s.articles].sort())).toEqual(
      expect.arrayContaining([["ferry"], ["library"]]),
    );
    const people = (corpus.entities ?? []).filter((e) => e.type === "person").map((e) => e.name);
    expect(people.join(" ")).not.toMatch(/Lighthouse|Tarnby/);
  });
});
