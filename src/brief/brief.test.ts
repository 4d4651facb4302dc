import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { REPO_ROOT } from "../../eval/shared.js";
import { readInputs } from "../ingest/read-inputs.js";
import { defaultContext } from "../pipeline/context.js";
import { runPipeline } from "../pipeline/run.js";
import { briefOf } from "./brief.js";
import { briefSchema } from "./schema.js";

describe("briefOf", () => {
  it("carries each article's text only when asked, and every span points into it", async () => {
    const ingest = await readInputs([join(REPO_ROOT, "examples", "corpus")]);
    const corpus = runPipeline(
      ingest.articles,
      ingest.skipped,
      defaultContext({ today: "2026-11-23" }),
    );
    const lean = briefOf(corpus);
    expect(lean.articles.every((a) => a.text === undefined)).toBe(true);
    const full = briefOf(corpus, [], { texts: true });
    expect(briefSchema.safeParse(full).success).toBe(true);
    const texts = new Map(full.articles.map((a) => [a.id, a.text]));
    expect(texts.size).toBe(corpus.articles.length);
    const spans = full.stories.flatMap((s) => s.claims ?? []).flatMap((c) => c.sources);
    expect(spans.length).toBeGreaterThan(0);
    for (const span of spans)
      expect(texts.get(span.article)!.slice(span.start, span.end)).toBe(span.text);
  });
});
