import { describe, expect, it } from "vitest";
import type { TimelineEventJson } from "../../brief/schema.js";
import { article, story } from "../../../test/html-fixture.js";
import { Timeline, timelineMarks } from "./timeline.js";
import { BREAK_WIDTH, dayNumber, timeScale } from "./timeline-scale.js";

const event = (date: string, fields: Partial<TimelineEventJson> = {}): TimelineEventJson => ({
  date,
  until: null,
  precision: date.length === 10 ? "day" : date.length === 7 ? "month" : "year",
  what: `Something on ${date}`,
  who: null,
  scheduled: false,
  sources: [{ article: "a", start: 0, end: 4 }],
  ...fields,
});

describe("timeline scale", () => {
  it("places dates in proportion to the time between them", () => {
    const days = ["2026-03-01", "2026-03-02", "2026-03-05", "2026-03-11"].map((d) => dayNumber(d)!);
    const scale = timeScale(days, 0, 1000);
    const x = days.map(scale.at);
    expect(scale.breaks).toEqual([]);
    // one day, three days, six days: gaps of 1 : 3 : 6
    expect((x[2]! - x[1]!) / (x[1]! - x[0]!)).toBeCloseTo(3, 6);
    expect((x[3]! - x[2]!) / (x[1]! - x[0]!)).toBeCloseTo(6, 6);
    expect(x[0]).toBe(0);
    expect(x[3]).toBeCloseTo(1000, 6);
  });

  it("cuts out a gap far longer than the others and says how long it was", () => {
    const days = ["2021", "2026-03-16", "2026-03-17", "2026-03-19"].map((d) => dayNumber(d)!);
    const scale = timeScale(days, 0, 1000);
    expect(scale.breaks).toHaveLength(1);
    expect(scale.breaks[0]!.days).toBe(days[1]! - days[0]!);
    const x = days.map(scale.at);
    // the news days keep their proportions (1 : 2) and most of the axis
    expect((x[3]! - x[2]!) / (x[2]! - x[1]!)).toBeCloseTo(2, 6);
    expect(x[3]! - x[1]!).toBeGreaterThan(800);
    expect(scale.breaks[0]!.x).toBeGreaterThan(x[0]!);
    expect(scale.breaks[0]!.x).toBeLessThan(x[1]!);
    expect(x[1]! - x[0]!).toBeLessThanOrEqual(BREAK_WIDTH + 24);
  });

  it("keeps a story of evenly spread weeks on one scale", () => {
    const days = ["2026-01-01", "2026-01-29", "2026-02-26"].map((d) => dayNumber(d)!);
    expect(timeScale(days, 0, 500).breaks).toEqual([]);
  });

  it("reads years and months as their first day and refuses what is not a date", () => {
    expect(dayNumber("2026-03")).toBe(dayNumber("2026-03-01"));
    expect(dayNumber("2026")).toBe(dayNumber("2026-01-01"));
    expect(dayNumber("March 2026")).toBeNull();
  });
});

describe("timeline section", () => {
  it("labels dates without overlaps, marks scheduled events hollow and escapes the text", () => {
    const events = [
      event("2026-03-16", { what: "The <harbour> closed" }),
      event("2026-03-17"),
      event("2026-03-18"),
      event("2026-03-19"),
      event("2026-04-14", { until: "2026-04-16", scheduled: true }),
    ];
    const { marks } = timelineMarks(events);
    for (const row of [0, 1]) {
      const labels = marks.flatMap((m) => (m.label?.row === row ? [m.label] : []));
      for (let i = 1; i < labels.length; i++)
        expect(labels[i]!.x - labels[i]!.width / 2).toBeGreaterThan(
          labels[i - 1]!.x + labels[i - 1]!.width / 2,
        );
    }
    const html = String(
      <Timeline
        story={story([article("a")], { timeline: events })}
        byId={new Map([["a", article("a")]])}
        citing={{ texts: new Map(), number: () => 1 }}
      />,
    );
    expect(html.match(/<circle/g)).toHaveLength(5);
    expect(html.match(/<circle[^>]*fill="#fff"/g)).toHaveLength(1);
    // 26 days before the fair against one day between the news days: drawn as a break
    expect(html).toContain("26 days later");
    expect(html).toContain("The &lt;harbour&gt; closed");
    expect(html).not.toContain("<harbour>");
  });

  it("writes nothing for a story without a timeline", () => {
    const html = String(
      <Timeline
        story={story([article("a")])}
        byId={new Map()}
        citing={{ texts: new Map(), number: () => 1 }}
      />,
    );
    expect(html).toBe("");
  });
});
