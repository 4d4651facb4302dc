import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { REPO_ROOT } from "../../eval/shared.js";
import { readInputs } from "../ingest/read-inputs.js";
import { briefOf } from "../stages/brief/brief-json.js";
import { defaultContext } from "./context.js";
import { runPipeline } from "./run.js";
import { ARTICLE_STAGES, CORPUS_STAGES } from "./stages.js";

describe("runPipeline through a stage", () => {
  it("gives the stories of a full run, without the sections of the stages left out", async () => {
    const ingest = await readInputs([join(REPO_ROOT, "examples", "corpus")]);
    const ctx = defaultContext({ today: "2026-11-23" });
    const full = runPipeline(ingest.articles, ingest.skipped, ctx);
    const dated = runPipeline(ingest.articles, ingest.skipped, ctx, { through: "date" });
    expect(dated.stories).toEqual(full.stories);
    expect(dated.stories.length).toBeGreaterThan(0);
    expect(full.claims).toBeDefined();
    expect(dated.claims).toBeUndefined();
    expect(dated.timeline).toBeUndefined();
    // The brief of a partial run is still a brief: its stories, no claims section.
    const brief = briefOf(dated);
    expect(brief.stories.map((s) => s.id)).toEqual(full.stories.map((s) => s.id));
  });

  it("refuses a stage name it does not know", () => {
    expect(() =>
      runPipeline([], [], defaultContext({ today: "2026-11-23" }), { through: "nope" }),
    ).toThrow(/no corpus stage named nope/);
  });
});

describe("the stage lists", () => {
  it("name every stage once, so a run can stop at any of them", () => {
    const names = [...ARTICLE_STAGES, ...CORPUS_STAGES].map((s) => s.name);
    expect(new Set(names).size).toBe(names.length);
  });
});
