import { describe, expect, it } from "vitest";
import { manyOutletStory } from "../../../test/html-fixture.js";
import { shortId } from "../text.js";
import { provenanceLayout, type Box } from "./provenance-layout.js";

const overlap = (a: Box, b: Box): boolean =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const inside = (inner: Box, outer: Box): boolean =>
  inner.x >= outer.x &&
  inner.y >= outer.y &&
  inner.x + inner.width <= outer.x + outer.width &&
  inner.y + inner.height <= outer.y + outer.height;

describe("provenance layout", () => {
  const { story, articles } = manyOutletStory(20);
  const layout = provenanceLayout(story, new Map(articles.map((a) => [a.id, a])))!;

  it("gives each of 20 outlets its own row, origins left of their copies", () => {
    expect(layout.nodes).toHaveLength(20);
    expect(new Set(layout.nodes.map((n) => n.box.y)).size).toBe(20);
    const x = new Map(layout.nodes.map((n) => [n.id, n.box.x]));
    for (const e of layout.edges) expect(x.get(e.source)!).toBeLessThan(x.get(e.copy)!);
  });

  it("draws no two labels over each other, and none outside the picture", () => {
    const labels = [
      ...layout.nodes.flatMap((n) => [n.title, n.sub]),
      ...layout.edges.map((e) => e.label),
    ];
    expect(labels).toHaveLength(20 * 2 + 19);
    const picture = { x: 0, y: 0, width: layout.width, height: layout.height };
    for (let i = 0; i < labels.length; i++) {
      expect(inside(labels[i]!, picture), labels[i]!.text).toBe(true);
      for (let j = i + 1; j < labels.length; j++)
        expect(overlap(labels[i]!, labels[j]!), `${labels[i]!.text} / ${labels[j]!.text}`).toBe(
          false,
        );
    }
  });

  it("keeps every node label inside its box and every box clear of the others", () => {
    for (const n of layout.nodes) {
      expect(inside(n.title, n.box), n.title.text).toBe(true);
      expect(inside(n.sub, n.box), n.sub.text).toBe(true);
      for (const m of layout.nodes) if (m !== n) expect(overlap(n.box, m.box)).toBe(false);
    }
    // a copy's third line says what it copies, inside its own box
    const boxOf = new Map(layout.nodes.map((n) => [n.id, n.box]));
    for (const e of layout.edges) {
      expect(inside(e.label, boxOf.get(e.copy)!), e.label.text).toBe(true);
      expect(e.label.text).toContain(shortId(e.source));
    }
  });

  it("draws nothing for a story without reuse", () => {
    expect(provenanceLayout({ ...story, reuse: [] }, new Map())).toBeNull();
  });
});
