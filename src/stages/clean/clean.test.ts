import { describe, expect, it } from "vitest";
import { spanOf } from "../../model/offsets.js";
import { articleFromText } from "../../../test/helpers.js";
import { boilerplateReason } from "./02-boilerplate-rules.js";

describe("boilerplateReason", () => {
  it.each([
    ["![](https://assets.example.org/content/images/2025/02/photo.jpg)", "image markup"],
    ["Anadolu | Anadolu | Getty Images", "photo credit"],
    ["Jane Doe | AFP | Getty Images", "photo credit"],
    ["Photo: Lena Marsh/Kestrel", "photo credit"],
    [
      "FILE – Troops carry a coffin in Kyiv, March 25, 2023. (AP Photo/Evgeniy Maloletka, File)",
      "photo caption",
    ],
    ["Smoke rises over the estate on Tuesday. (Photo/Lena Marsh, Kestrel)", "photo caption"],
    ["News from © The Associated Press, . All rights reserved.", "copyright line"],
    [
      "This material may not be published, broadcast, rewritten or redistributed.",
      "copyright line",
    ],
    [
      "Founded in 1851, the Harbour Wire today remains the most trusted source of fast news in the north.",
      "publisher description",
    ],
    [
      "The Harbour Wire is an independent news organisation dedicated to plain reporting. Founded in 1851, it serves 300 papers.",
      "publisher description",
    ],
    ["Leave a Reply", "comment prompt"],
    ["Join the Conversation!", "comment prompt"],
    ["Your email address will not be published. Required fields are marked *", "comment prompt"],
    ["Subscribe to get the latest posts sent to your email.", "subscribe prompt"],
    ["Discover more from Defence Talks | Defense News Military Pictures", "subscribe prompt"],
    [
      "Sign up for our morning newsletter to get the day's top stories in your inbox.",
      "subscribe prompt",
    ],
    ["Share this article", "share prompt"],
    ["Facebook Twitter Email", "share prompt"],
    [
      "See also\u00a0 Russia's military expansion in the Arctic is eclipsed by Greenland",
      "related link",
    ],
    ["Read more: Why lithium battery fires are so hard to put out", "related link"],
    ["By Owen Tregarthen, Chief Reporter · Tuesday 17 March 2026, 6.20pm", "byline"],
    ["Do you have pictures of the fire? Send them to our newsdesk.", "reader prompt"],
    ["(Reporting by Tamsin Achterberg; Editing by Ravi Coulthard)", "staff credit line"],
    ["Associated Press writer Ana Lund in Paris contributed.", "staff credit line"],
    ["(Lena Marsh / Harbour Post)", "photo credit"],
    ["Crowds wait on the quay for the ferry. Photo: Kestrel", "photo caption"],
    ["Crowds wait on the quay for the ferry. - Reuters", "photo caption"],
    ["Cover photo: Capture/@harbourfan", "photo caption"],
    ["The ferry is back! pic.twitter.com/AbC123xyz", "embedded post"],
    ["— Harbour Post (@harbourpost) March 17, 2026", "embedded post"],
    ["Skip to content", "interface text"],
    ["Continue Reading", "interface text"],
    ["Tags: ferries, Harbour Post, weather", "tag list"],
    ["Listen to this article", "audio player"],
    ["00:00 / 03:12", "audio player"],
    ["ADVERTISEMENT", "advertisement"],
    ["___", "separator"],
    // shapes that HTML extraction knew first; one rule each now serves both
    ["Getty Images", "photo credit"],
    ["Image 3 of 12", "photo credit"],
    ["Ferries wait in the harbour (Image: Kestrel)", "photo caption"],
    ["Video", "interface text"],
    ["Comments »", "comment prompt"],
    ["You may also like...", "related link"],
    ["Categories", "tag list"],
    ["Ann Lee contributed reporting from Paris.", "staff credit line"],
    ["Copyright ⓒ Harbour Post", "copyright line"],
  ])("drops %s", (line, reason) => {
    expect(boilerplateReason(line)).toBe(reason);
  });

  it.each([
    "Waltz declined to comment on Trump's recent claim, reported in the New York Post.",
    "The Ukrainian embassy in Washington did not immediately respond to a request for comment.",
    "CNBC has reached out to Zelenskyy's office for comment.",
    "See also the statement the ministry released on Monday, which set out the plan. It was brief.",
    "By Tuesday evening, firefighters had contained the blaze.",
    "Read more about the plan in the council's report, officials said on Monday, adding that it was final.",
    "“I think an underlying principle here is that the Europeans have to own this conflict going forward,” Waltz said.",
    "Share prices fell 4% on the news.",
    "Do you have any idea what this means for us? the mayor asked.",
    "The Associated Press",
    "World",
    "The photo showed the crowd on the quay. It was taken at dawn.",
    "Home ministers met in Tarnby on Tuesday.",
    "Credit card debt rose by 5% in March, the central bank said.",
    "Category 4 storms are expected to reach the coast by Friday.",
    "Tagged bags were found on the quay.",
  ])("keeps %s", (line) => {
    expect(boilerplateReason(line)).toBeNull();
  });
});

describe("cleanArticle", () => {
  const original =
    "title: Bridge shut\n\nThe bridge closed on Tuesday.\nShare this article\n![](https://x.example/a.jpg)\nEngineers will inspect it.\n";
  const a = articleFromText(original, { bodyStart: original.indexOf("The bridge") });

  it("keeps article paragraphs and lists what it dropped, with reasons and offsets", () => {
    expect(a.clean).toBe("The bridge closed on Tuesday.\n\nEngineers will inspect it.");
    expect(a.removed.map((r) => r.reason)).toEqual(["share prompt", "image markup"]);
    for (const r of a.removed) expect(original.slice(r.start, r.end)).toBe(r.text);
  });

  it("maps clean offsets back to the original text", () => {
    const at = a.clean.indexOf("Engineers");
    const span = spanOf(a, at, at + "Engineers will inspect it.".length);
    expect(span.text).toBe("Engineers will inspect it.");
    expect(original.slice(span.start, span.end)).toBe(span.text);
  });

  it("reads hard-wrapped text as paragraphs between blank lines", () => {
    const wrapped = articleFromText(
      "The council met on Monday evening and agreed, after a long debate,\nto rebuild the bridge by May.\n\nWork on the foundations starts next week, the mayor told reporters\nafter the vote on Monday.\n",
    );
    expect(wrapped.paragraphs).toHaveLength(2);
    expect(wrapped.sentences).toHaveLength(2);
    expect(wrapped.clean.slice(0, 70)).toBe(
      "The council met on Monday evening and agreed, after a long debate, to ",
    );
  });
});

describe("pieces dropped before the text", () => {
  it("are listed in removed as zero-width removals where they stood", () => {
    const a = articleFromText("First paragraph.\n\nSecond paragraph.", {
      droppedBefore: [{ start: 18, end: 18, text: "Share this story", reason: "interface text" }],
    });
    expect(a.removed).toEqual([
      { start: 18, end: 18, text: "Share this story", reason: "interface text" },
    ]);
    expect(a.clean).toBe("First paragraph.\n\nSecond paragraph.");
  });
});

describe("chrome told by a line's shape and its neighbours", () => {
  const body = [
    "The ferry returned to Tarnby on Tuesday after three weeks of repairs to its hull.",
    "Crews worked through the night to refloat the vessel, the harbour office said.",
    "Passengers cheered as the first sailing left the quay shortly after dawn.",
  ];
  const clean = (lines: string[]) => articleFromText(lines.join("\n"));

  it("drops a subhead between two lines of the article, and says so", () => {
    const a = clean([
      ...body,
      "Repairs Took Longer Than Planned",
      "The yard found more rust than expected.",
    ]);
    expect(a.clean).not.toContain("Repairs Took Longer");
    expect(a.removed.map((r) => [r.text, r.reason])).toEqual([
      ["Repairs Took Longer Than Planned", "subhead"],
    ]);
    // a sentence-case subhead too
    const b = clean([...body, "Ferry back on schedule for summer", "The yard found more rust."]);
    expect(b.removed.map((r) => r.reason)).toEqual(["subhead"]);
  });

  it("keeps the opening lines, where the headline stands", () => {
    const a = clean(["Ferry Returns to Tarnby", ...body]);
    expect(a.clean).toContain("Ferry Returns to Tarnby");
    expect(a.removed).toEqual([]);
  });

  it("drops a menu, one item a line or between separators, and lines of marks", () => {
    const a = clean([
      "Home",
      "News",
      "Sport",
      "Newsletters",
      ...body,
      "-",
      "World | Business | Sport | Culture",
    ]);
    expect(a.removed.map((r) => r.reason)).toEqual([
      "interface text",
      "navigation",
      "navigation",
      "interface text",
      "markup debris",
      "navigation",
    ]);
    expect(a.clean).toBe(body.join("\n\n"));
  });

  it("keeps a headline of a few words under a menu", () => {
    const a = clean(["World", "Business", "Sport", "Ferry Returns to Tarnby", ...body]);
    expect(a.clean.startsWith("Ferry Returns to Tarnby")).toBe(true);
    expect(a.removed.map((r) => r.reason)).toEqual(["navigation", "navigation", "navigation"]);
  });

  it("drops short lines in capitals below the article's last line", () => {
    const a = clean([...body, "Most Popular", "Comments Closed"]);
    expect(a.removed.map((r) => r.reason)).toEqual(["trailing chrome", "trailing chrome"]);
  });

  it("never drops a line of the article", () => {
    // a run of short lines is a list (of players, of figures), not subheads
    const list = clean([
      ...body,
      "Tomas Vell (48)",
      "Anu Saar (29)",
      "Ilsa Varnholt (12)",
      body[0]!,
    ]);
    expect(list.removed).toEqual([]);
    // a sentence broken over two lines, a quotation left open, a line that goes on in lower case
    const broken = clean([
      ...body,
      "“The harbour is open to all traffic involving a",
      "ferry or a barge,” she said.",
    ]);
    expect(broken.removed).toEqual([]);
    const goesOn = clean([
      ...body,
      "The council agreed the new budget",
      "for the coming year at its meeting.",
    ]);
    expect(goesOn.removed).toEqual([]);
    // a result, and a speaker's name over what she says
    const score = clean([...body, "Tarnby d. Vellmouth 5-0", body[1]!, "Ilsa Varnholt", body[2]!]);
    expect(score.removed).toEqual([]);
    // an interview's answers
    const qa = clean([...body, "Q: What did you read this year?", "A: The Harbour Book", body[1]!]);
    expect(qa.removed).toEqual([]);
    const answer = clean([...body, "What did you read this year?", "The Harbour Book", body[1]!]);
    expect(answer.removed).toEqual([]);
    // the excerpt's last line, cut off in the middle of a sentence
    const cut = clean([...body, "Vell expects the repairs to"]);
    expect(cut.removed).toEqual([]);
    const cutShort = clean([...body, "Vell expects repairs d"]);
    expect(cutShort.removed).toEqual([]);
  });
});
