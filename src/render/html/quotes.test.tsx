import { describe, expect, it } from "vitest";
import type { QuoteJson } from "../../brief/schema.js";
import { article, story } from "../../../test/html-fixture.js";
import { Quotes, SideBySide } from "./quotes.js";
import { quoteLine, reportedLabel } from "../quotes-section.js";

describe("altered quotations", () => {
  it("shows the two wordings side by side, dropped words in <del>, added ones in <ins>", () => {
    const html = String(
      <SideBySide
        before="They reignite, they give off <toxic> gases"
        after="They flare up again, they give off <toxic> gases"
        beforeLabel="Kestrel (a.txt)"
        afterLabel="TrendPulse (b.html)"
      />,
    );
    const [left, right] = html.split("</blockquote>");
    expect(left).toContain("<del>reignite, </del>");
    expect(left).not.toContain("<ins>");
    expect(right).toContain("<ins>flare up again, </ins>");
    expect(right).not.toContain("<del>");
    expect(html).toContain("give off &lt;toxic&gt; gases");
  });

  it("compares an altered copy with the wording of the article it was checked against", () => {
    const span = (articleId: string, text: string) => ({
      article: articleId,
      start: 0,
      end: text.length,
      text,
    });
    const quote: QuoteJson = {
      id: "q1",
      text: "We will not take any risks",
      speaker: "Ilsa Varnholt",
      speakerEntity: null,
      kind: "direct",
      first: "a.txt",
      occurrences: [
        {
          span: span("a.txt", "We will not take any risks"),
          part: null,
          kind: "direct",
          venue: null,
          when: null,
          cue: "said",
          speakerText: null,
          editorial: [],
        },
      ],
      variants: [],
      altered: [
        {
          article: "b.html",
          reason: "words changed",
          text: "We will take no risks",
          against: "a.txt",
          diff: "",
        },
      ],
      turnedIndirect: [],
    };
    const a = article("a.txt", { outlet: "Kestrel" });
    const b = article("b.html", { outlet: "TrendPulse" });
    const html = String(
      <Quotes
        story={story([a, b], { quotes: [quote] })}
        byId={new Map([a, b].map((x) => [x.id, x]))}
        citing={{ texts: new Map(), number: () => 1 }}
      />,
    );
    expect(html).toContain("<del>not </del>");
    expect(html).toContain("<del>any </del>");
    expect(html).toContain("<ins>no </ins>");
    expect(html).toContain("Kestrel (a.txt)");
    expect(html).toContain("TrendPulse (b.html)");
  });
});

describe("quotations given to another speaker", () => {
  it("names both outlets and both people, each with a citation", () => {
    const text = "The quay will reopen on Friday and not a day later";
    const span = (article: string) => ({ article, start: 0, end: text.length, text });
    const quote: QuoteJson = {
      id: "q2",
      text,
      speaker: "Bo Lind",
      speakerEntity: null,
      kind: "direct",
      first: "b.html",
      occurrences: [
        {
          span: span("b.html"),
          part: null,
          kind: "direct",
          venue: null,
          when: null,
          cue: "said",
          speakerText: "Bo Lind",
          editorial: [],
        },
      ],
      variants: [],
      altered: [],
      turnedIndirect: [],
      reattributed: [
        {
          article: "b.html",
          span: span("b.html"),
          speaker: "Bo Lind",
          against: "a.txt",
          againstSpan: span("a.txt"),
          againstSpeaker: "Ana <b>Ruiz</b>",
        },
      ],
    };
    const a = article("a.txt", { outlet: "Kestrel" });
    const b = article("b.html", { outlet: "TrendPulse" });
    const cited: string[] = [];
    const html = String(
      <Quotes
        story={story([a, b], { quotes: [quote] })}
        byId={new Map([a, b].map((x) => [x.id, x]))}
        citing={{
          texts: new Map(),
          number: (s: string) => {
            cited.push(s);
            return cited.length;
          },
        }}
      />,
    );
    expect(html).toContain("<b>another speaker</b>: TrendPulse (b.html) gives these words to");
    expect(html).toContain("Kestrel (a.txt) to");
    // The name comes from an article: it is text, never markup.
    expect(html).toContain("Ana &lt;b&gt;Ruiz&lt;/b&gt;");
    expect(cited).toContain("a.txt");
  });
});

describe("reported statements", () => {
  it("name their verb, in the page and in Markdown, since what follows may be a stance", () => {
    const text = "the harbour board of hiding the losses";
    const quote: QuoteJson = {
      id: "q3",
      text,
      speaker: "The fishers' union",
      speakerEntity: null,
      kind: "indirect",
      first: "a.txt",
      occurrences: [
        {
          span: { article: "a.txt", start: 0, end: text.length },
          part: null,
          kind: "indirect",
          venue: null,
          when: null,
          cue: "accused",
          speakerText: "The fishers' union",
          editorial: [],
        },
      ],
      variants: [],
      altered: [],
      turnedIndirect: [],
      reattributed: [],
    };
    const a = article("a.txt", { outlet: "Kestrel" });
    const byId = new Map([[a.id, a]]);
    const html = String(
      <Quotes
        story={story([a], { quotes: [quote] })}
        byId={byId}
        citing={{ texts: new Map(), number: () => 1 }}
      />,
    );
    expect(html).toContain("<small>reported (accused): </small>");
    expect(quoteLine(quote, byId, () => text)).toMatch(
      /^reported \(accused\): the harbour board of hiding the losses — first in Kestrel/,
    );
    // a headline's colon is no verb worth naming
    expect(reportedLabel(":")).toBe("reported");
    expect(reportedLabel(null)).toBe("reported");
  });
});
