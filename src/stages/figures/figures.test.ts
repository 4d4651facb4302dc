import { describe, expect, it } from "vitest";
import { articleFromText } from "../../../test/helpers.js";
import type { Article, CopyGroup, Figure, Story } from "../../model/index.js";
import { parseDigits, parseNumberWord } from "./01-numbers.js";
import { apartValues, compatible, intervalOf, storyFigures } from "./05-agreement.js";
import { MAX_FIGURES_PER_ARTICLE } from "./figures.js";

const figuresOf = (text: string, id = "a"): readonly Figure[] =>
  articleFromText(text, { id }).figures ?? [];
const one = (text: string): Pick<Figure, "value" | "unit" | "qualifier" | "kind" | "text"> => {
  const fs = figuresOf(text);
  expect(fs).toHaveLength(1);
  const f = fs[0]!;
  return { value: f.value, unit: f.unit, qualifier: f.qualifier, kind: f.kind, text: f.text };
};

describe("numbers", () => {
  it("reads digits with separators, decimals and their rounding", () => {
    expect(parseDigits("1,500")).toEqual({ value: 1500, precision: 100 });
    expect(parseDigits("65.9")).toEqual({ value: 65.9, precision: 0.1 });
    expect(parseDigits("14")).toEqual({ value: 14, precision: 1 });
  });
  it("reads numbers written as words", () => {
    expect(parseNumberWord("Fourteen")).toBe(14);
    expect(parseNumberWord("twenty-five")).toBe(25);
    expect(parseNumberWord("ninety")).toBe(90);
    expect(parseNumberWord("dozens")).toBeNull();
  });
});

describe("money", () => {
  it("reads a currency sign with a scale word", () => {
    expect(one("The port spent $65.9 billion on cranes.")).toMatchObject({
      value: 65_900_000_000,
      unit: "USD",
      kind: "money",
      text: "$65.9 billion",
    });
  });
  it("reads attached scale suffixes", () => {
    expect(one("The council borrowed €2bn last year.")).toMatchObject({ value: 2e9, unit: "EUR" });
    expect(one("The harbour bid was £300m in the end.")).toMatchObject({ value: 3e8, unit: "GBP" });
  });
  it("reads a currency named after the number", () => {
    expect(one("Brenmark pledged 12.5 million euros for the dock.")).toMatchObject({
      value: 12_500_000,
      unit: "EUR",
    });
  });
  it("keeps 'worth' out of the figure and in what it measures", () => {
    const f = figuresOf("He wants $500 billion worth of timber from Osterland.")[0]!;
    expect(f.text).toBe("$500 billion");
    expect(f.about).toBe("timber from Osterland");
  });
  it("reads a figure and its conversion in brackets as one figure", () => {
    const fs = figuresOf("The bloc's support stands at 48.3 billion euros ($49.8 billion).");
    expect(fs).toHaveLength(1);
    expect(fs[0]).toMatchObject({
      value: 48_300_000_000,
      unit: "EUR",
      text: "48.3 billion euros ($49.8 billion)",
      conversion: { value: 49_800_000_000, unit: "USD" },
    });
  });
});

describe("counts, measures and percentages", () => {
  it("reads a count with its noun", () => {
    expect(one("The group has about 50 partner nations, the Harbour Post said.")).toMatchObject({
      value: 50,
      unit: "partner nations",
      qualifier: "about",
      kind: "count",
    });
    expect(one("Officials said 1,500 people were moved.")).toMatchObject({
      value: 1500,
      unit: "people",
    });
  });
  it("counts residents as people and keeps the head noun", () => {
    expect(one("Around 1,200 residents of Varnholt left.")).toMatchObject({
      unit: "people",
      qualifier: "about",
    });
    expect(one("Eighteen fire engines were sent.")).toMatchObject({
      value: 18,
      unit: "fire engines",
    });
  });
  it("reads numbers written as words, and 'a dozen'", () => {
    expect(one("Two soldiers were hurt.")).toMatchObject({ value: 2, unit: "soldiers" });
    expect(one("Rescuers found a dozen sheep.")).toMatchObject({ value: 12, unit: "sheep" });
  });
  it("skips vague quantities", () => {
    expect(figuresOf("Hundreds of people gathered and dozens of boats waited.")).toEqual([]);
  });
  it("reads percentages", () => {
    expect(one("Turnout rose to 64.5% in Osterby.")).toMatchObject({ value: 64.5, unit: "%" });
    expect(one("Fares went up 3 per cent on Monday.")).toMatchObject({ value: 3, unit: "%" });
  });
  it("reads measures, hyphenated ones included", () => {
    expect(one("Inspectors found about 300 tonnes on site.")).toMatchObject({
      value: 300,
      unit: "tonnes",
      kind: "measure",
    });
    expect(one("Roads within a one-kilometre radius were shut.")).toMatchObject({
      value: 1,
      unit: "km",
    });
  });
});

describe("qualifiers", () => {
  const q = (text: string): string | null => one(text).qualifier;
  it("normalises hedges", () => {
    expect(q("The fund gave more than $65 billion in grants.")).toBe("more than");
    expect(q("The fund gave over $65 billion in grants.")).toBe("more than");
    expect(q("Up to 40 boats were moored.")).toBe("up to");
    expect(q("At least 12 boats sank.")).toBe("at least");
    expect(q("Some 60 firefighters came.")).toBe("about");
    expect(q("Roughly 60 firefighters came.")).toBe("about");
    expect(q("Fewer than 20 boats sailed.")).toBe("less than");
    expect(q("60 firefighters came.")).toBeNull();
    expect(q("Donors who gave $250 or less were counted.")).toBe("up to");
    expect(q("Households earning $80,000 or more were polled.")).toBe("at least");
  });
  it("includes the qualifier in the span", () => {
    expect(one("The fund gave more than $65 billion in grants.").text).toBe(
      "more than $65 billion",
    );
  });
});

describe("not figures", () => {
  const none = (text: string): void => expect(figuresOf(text)).toEqual([]);
  it("skips years, dates and clock times", () => {
    none("The harbour opened in 2022.");
    none("The talks are on Feb. 14 in Osterby.");
    none("They met on 3 March at the quay.");
    none("The fire started shortly before 5 a.m. and was out by 6pm.");
    none("Crews arrived at 4.43am.");
  });
  it("skips ordinals in dates and ranks, phone numbers, ids and list numbering", () => {
    none("The panel meets on March 26th in Riga.");
    none("She finished 3rd of 40 in the race.");
    none("Call 555-0123 for details.");
    none("See image 867524_66147630.jpg here.");
    none("1. The mayor spoke first.");
  });
  it("skips ages after names and as adjectives", () => {
    none("Mayor Ilsa Varnholt, 52, told the Harbour Post she was proud.");
    none("A 52-year-old man was hurt.");
  });
  it("skips counts of the sources a report cites", () => {
    none("Two government sources confirmed the plan.");
    none("Three people familiar with the talks said so.");
  });
  it("reads an ordinal that numbers an event of a series", () => {
    expect(one("It was the 26th meeting of the panel.")).toMatchObject({
      kind: "ordinal",
      value: 26,
      unit: "ordinal",
      text: "26th meeting",
    });
  });
  it("counts figures inside quotation marks", () => {
    expect(one("“We moved 300 families,” the mayor said.")).toMatchObject({
      value: 300,
      unit: "families",
    });
  });
});

describe("agreement of two figures", () => {
  const fig = (value: number, precision: number, qualifier: Figure["qualifier"]): Figure =>
    ({ value, precision, qualifier, unit: "USD", conversion: null }) as unknown as Figure;
  it("reads 'more than 65' as agreeing with 65.9 and 'about 1,200' against 'about 1,500'", () => {
    expect(compatible(fig(65e9, 1e9, "more than"), fig(65.9e9, 0.1e9, null))).toBe(true);
    expect(compatible(fig(1200, 100, "about"), fig(1500, 100, "about"))).toBe(false);
    expect(compatible(fig(300, 100, "more than"), fig(340, 10, "about"))).toBe(true);
    expect(compatible(fig(66e9, 1e9, null), fig(65.9e9, 0.1e9, null))).toBe(true);
  });
  it("counts the values of a group that lie pairwise apart", () => {
    const f = (value: number, q: Figure["qualifier"] = null) => fig(value, 1, q);
    expect(apartValues([])).toBe(0);
    expect(apartValues([f(3), f(5), f(8)])).toBe(3);
    // "about 200" overlaps "more than 200": with "nearly 100" they give two values apart.
    expect(apartValues([f(200, "about"), f(200, "more than"), f(100, "nearly")])).toBe(2);
  });
  it("gives 'up to' a floor and 'more than' a ceiling", () => {
    expect(intervalOf(300, 100, "more than").hi).toBeGreaterThan(300);
    expect(intervalOf(300, 100, "up to").lo).toBeLessThan(300);
    expect(compatible(fig(300, 100, "more than"), fig(1200, 100, "about"))).toBe(false);
  });
});

describe("agreement across a story", () => {
  const story = (ids: string[]): Story => ({
    id: "s",
    label: "s",
    articles: ids,
    from: null,
    to: null,
  });
  const articles = (texts: Record<string, string>): Article[] =>
    Object.entries(texts).map(([id, t]) => articleFromText(t, { id }));
  const judged = (texts: Record<string, string>, copyGroups: CopyGroup[] = []) =>
    storyFigures(story(Object.keys(texts)), articles(texts), copyGroups).map((f) => ({
      text: f.occurrences[0]!.text,
      agreement: f.agreement,
      articles: f.occurrences.map((o) => o.article),
    }));

  it("judges 'more than $65 billion' consistent with '$65.9 billion'", () => {
    const out = judged({
      a: "The ministry says it has provided $65.9 billion in military assistance since 2022.",
      b: "The council approved more than $65 billion in security assistance during his term.",
    });
    expect(out.map((f) => f.agreement)).toEqual(["consistent", "consistent"]);
  });
  it("judges 1,200 and 1,500 evacuated as conflicting", () => {
    const out = judged({
      a: "About 1,200 people were evacuated from their homes in Osterby on Tuesday.",
      b: "About 1,500 people were evacuated from their homes in Osterby on Tuesday night.",
    });
    expect(out.map((f) => f.agreement)).toEqual(["conflicting", "conflicting"]);
  });
  it("does not count copies of one origin as agreement", () => {
    const texts = {
      a: "About 60 firefighters fought the blaze at the Osterby depot overnight.",
      b: "About 60 firefighters fought the blaze at the Osterby depot overnight.",
    };
    expect(judged(texts, [{ origin: "a", members: ["a", "b"] }])).toEqual([
      { text: "About 60 firefighters", agreement: "single", articles: ["a", "b"] },
    ]);
    expect(judged(texts)[0]!.agreement).toBe("consistent");
  });
  it("sets two figures against each other only where their own words match", () => {
    // b joins a's group by value and words, c conflicts with b by words; a and c only share
    // the group, so a is not in conflict.
    const out = judged({
      a: "About 200 people attended the vigil before police arrived.",
      b: "More than 200 people from the vigil clashed with police at the station.",
      c: "Nearly 100 people clashed with police at the station.",
    });
    const agreement = (t: string) => out.find((f) => f.text === t)?.agreement;
    expect(agreement("More than 200 people")).toBe("conflicting");
    expect(agreement("Nearly 100 people")).toBe("conflicting");
    expect(agreement("About 200 people")).toBe("consistent");
  });
  it("does not read a figure one article gives two values of as in conflict", () => {
    const out = judged({
      a: "The poll found 62 percent of voters backed the plan and 17 percent of voters opposed it.",
      b: "The poll found 55 percent of voters backed the plan.",
    });
    expect(out.filter((f) => f.agreement === "conflicting")).toEqual([]);
    const twoSentences = judged({
      a: "Crude settled at $48.70 per barrel on Monday. Brent rose to $55.35 per barrel.",
      b: "Crude settled at $46.90 per barrel on Monday.",
    });
    expect(twoSentences.filter((f) => f.agreement === "conflicting")).toEqual([]);
  });
  it("does not set figures of two named subjects, or far apart, against each other", () => {
    const named = judged({
      a: "Under party rules Ostrander needs 1,240 delegates to secure the nomination.",
      b: "Under party rules Vasquez needs 2,380 delegates to secure the nomination.",
    });
    expect(named.filter((f) => f.agreement === "conflicting")).toEqual([]);
    const farApart = judged({
      a: "Thieves stole jewels worth 85 million euros from the store on Tuesday.",
      b: "Thieves stole jewels worth 2 million euros from the store on Tuesday.",
    });
    expect(farApart.filter((f) => f.agreement === "conflicting")).toEqual([]);
    // The same pair within CONFLICT_MAX_RATIO is a conflict.
    const near = judged({
      a: "Thieves stole jewels worth 85 million euros from the store on Tuesday.",
      b: "Thieves stole jewels worth 60 million euros from the store on Tuesday.",
    });
    expect(near.map((f) => f.agreement)).toEqual(["conflicting", "conflicting"]);
  });
  it("reads a measure given with three or more values apart as recurring, not in conflict", () => {
    const texts = {
      a: "The harbour poll has a margin of error of plus or minus 3 percentage points.",
      b: "The ferry poll has a margin of error of plus or minus 5 percentage points.",
      c: "The council poll has a margin of error of plus or minus 8 percentage points.",
    };
    // Two values apart are two outlets disagreeing on one quantity...
    const two = judged({ a: texts.a, b: texts.b });
    expect(two.map((f) => f.agreement)).toEqual(["conflicting", "conflicting"]);
    // ...three are each poll's own margin.
    const three = judged(texts);
    expect(three).toHaveLength(3);
    expect(three.filter((f) => f.agreement === "conflicting")).toEqual([]);
  });
  it("keeps figures about different things apart", () => {
    const out = judged({
      a: "About 1,200 people were evacuated from their homes. Fourteen people were treated in hospital.",
      b: "Some 1,200 people were evacuated from their homes overnight.",
    });
    expect(out.find((f) => f.text === "Fourteen people")?.agreement).toBe("single");
    expect(out.find((f) => f.text === "About 1,200 people")?.agreement).toBe("consistent");
  });
});

describe("counted noun after 'of them'", () => {
  it("reads 'three of them firefighters' as three firefighters", () => {
    const fs = figuresOf("Nine people were hurt, three of them firefighters.");
    expect(fs.map((f) => [f.value, f.unit])).toEqual([
      [9, "people"],
      [3, "firefighters"],
    ]);
  });
});

describe("an article of thousands of figures", () => {
  it("reads the first MAX_FIGURES_PER_ARTICLE and says how many it left out", () => {
    const list = Array.from({ length: MAX_FIGURES_PER_ARTICLE + 5 }, (_, i) => `$${i + 1} million`);
    const a = articleFromText(`The repairs cost ${list.join(" and ")}.`, { id: "dump" });
    expect(a.figures).toHaveLength(MAX_FIGURES_PER_ARTICLE);
    expect(a.figures!.at(-1)!.value).toBe(MAX_FIGURES_PER_ARTICLE * 1e6);
    expect(a.limits).toEqual([
      `figures: only the first ${MAX_FIGURES_PER_ARTICLE} of ${MAX_FIGURES_PER_ARTICLE + 5} numbers read`,
    ]);
  });
  it("reads an ordinary article whole, with no limit noted", () => {
    expect(articleFromText("Repairs cost $3 million, up from $2 million.").limits).toBeUndefined();
  });
  it("reads the same words around a figure in a sentence of many as in a short one", () => {
    const items = Array.from({ length: 400 }, (_, i) => `$${i + 1} million`);
    const tail = "and the new bridge over the river cost $7 billion in loans.";
    const long = figuresOf(`Costs were ${items.join(" and ")} ${tail}`);
    const short = figuresOf(`Costs were ${items.slice(-10).join(" and ")} ${tail}`);
    expect(long.at(-1)!.context).toEqual(short.at(-1)!.context);
    expect(long.at(-1)!.about).toEqual(short.at(-1)!.about);
  });
});
