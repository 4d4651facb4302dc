import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { REPO_ROOT } from "../../eval/shared.js";
import { readInputs } from "../ingest/read-inputs.js";
import { briefOf } from "../brief/brief.js";
import { defaultContext } from "./context.js";
import type { CorpusDraft } from "../model/index.js";
import { draftArticle, runPipeline } from "./run.js";
import { checkStages, StageOrderError, type ArticleInProgress } from "./stage.js";
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

  it("refuses to stop before the stories are found", () => {
    expect(() =>
      runPipeline([], [], defaultContext({ today: "2026-11-23" }), { through: "reuse" }),
    ).toThrow(/ends before the stories are found/);
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

/** The fields whose values differ between two versions of one object. */
function changedFields(before: object, after: object): string[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  const b = before as Record<string, unknown>;
  const a = after as Record<string, unknown>;
  return [...keys].filter((k) => b[k] !== a[k]);
}

describe("the stage contracts", () => {
  it("hold for the stage list as it ships", () => {
    expect(() => checkStages(ARTICLE_STAGES, CORPUS_STAGES)).not.toThrow();
  });

  it("stop a list where a stage needs what no stage before it adds", () => {
    const reordered = [...ARTICLE_STAGES].reverse();
    expect(() => checkStages(reordered, CORPUS_STAGES)).toThrow(
      /article stage "quotes" needs clean, which no stage before it adds/,
    );
    const claimsFirst = [...CORPUS_STAGES.filter((s) => s.name === "claims"), ...CORPUS_STAGES];
    expect(() => checkStages(ARTICLE_STAGES, claimsFirst)).toThrow(
      /two stages are named "claims"; corpus stage "claims" needs stories, which no stage before it adds/,
    );
  });

  it("stop a list that leaves an article incomplete", () => {
    const noMentions = ARTICLE_STAGES.filter(
      (s) => s.name !== "mentions" && s.name !== "figures" && s.name !== "quotes",
    );
    expect(() => checkStages(noMentions, [])).toThrow(/no article stage adds mentions/);
  });

  it("stop a stage run on an article that lacks what it needs", () => {
    const segment = ARTICLE_STAGES.find((s) => s.name === "segment")!;
    const raw = {
      id: "a1",
      source: "a1.txt",
      format: "text" as const,
      url: null,
      outlet: null,
      outletFrom: null,
      title: null,
      author: null,
      published: null,
      original: "Some words.",
      bodyStart: 0,
    };
    const ctx = defaultContext({ today: "2026-11-23" });
    expect(() => segment.run(draftArticle(raw), ctx)).toThrow(StageOrderError);
    expect(() => segment.run(draftArticle(raw), ctx)).toThrow(
      /"segment" needs the article's clean/,
    );
  });

  it("match what each stage adds when the example corpus goes through them", async () => {
    const ingest = await readInputs([join(REPO_ROOT, "examples", "corpus")]);
    const ctx = defaultContext({ today: "2026-11-23" });
    let articles: ArticleInProgress[] = ingest.articles.map(draftArticle);
    for (const stage of ARTICLE_STAGES) {
      const next = articles.map((a) => stage.run(a, ctx));
      const changed = new Set(next.flatMap((a, i) => changedFields(articles[i]!, a)));
      expect(
        [...changed].filter((f) => !(stage.adds as string[]).includes(f)),
        stage.name,
      ).toEqual([]);
      for (const a of next)
        for (const field of stage.adds)
          expect(field in a, `${stage.name} adds ${field}`).toBe(true);
      articles = next;
    }
    let corpus: CorpusDraft = { articles: articles as CorpusDraft["articles"], skipped: [] };
    for (const stage of CORPUS_STAGES) {
      const next = stage.run(corpus, ctx);
      const adds = stage.adds as readonly string[];
      const changed = changedFields(corpus, next).filter((f) => f !== "articles");
      const articleChanges = new Set(
        next.articles.flatMap((a, i) => changedFields(corpus.articles[i]!, a)),
      );
      changed.push(...[...articleChanges].map((f) => `articles.${f}`));
      expect(
        changed.filter((f) => !adds.includes(f)),
        stage.name,
      ).toEqual([]);
      for (const field of adds)
        if (!field.startsWith("articles."))
          expect(
            (next as Record<string, unknown>)[field],
            `${stage.name} adds ${field}`,
          ).toBeDefined();
      corpus = next;
    }
  });
});
