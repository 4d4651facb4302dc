/**
 * How a stage is declared. To add a stage:
 *
 * 1. Write its function in `src/stages/<name>/`, typed by what it reads: an article stage takes
 *    the article type of the point where it runs (`SegmentedArticle`, `Article`, …) or any
 *    `ArticleDraft & Pick<Article, …>`; a corpus stage takes a `Corpus` (or a `CorpusDraft` if
 *    it runs before clustering). It returns a new value and never mutates its input.
 * 2. Declare it in `stages.ts` with `articleStage` or `corpusStage`: a unique name, the fields it
 *    `needs` and the fields it `adds` (or changes). The compiler holds the function to its
 *    `needs`: a function whose parameter asks for a field the stage does not declare will not
 *    type-check. `checkStages` holds the list to its order when the module loads: a stage that
 *    needs what no earlier stage adds stops the program with a message naming both. A test runs
 *    the example corpus stage by stage and holds each stage to its `adds`.
 * 3. A new field goes in the model (`src/model/`): a field every article gets from an article
 *    stage joins the article type of that stage's point (see `TimedArticle`) and
 *    `REQUIRED_ANALYSIS` below; a field a corpus stage adds is optional on `Article` or `Corpus`.
 *    It goes into the brief (`src/brief/`) if users should see it.
 *
 * The declarations are also what the store persists (`src/store/`): an article's analysis is the
 * fields the article stages declare they add.
 */
import type {
  AnalysisField,
  Article,
  ArticleDraft,
  Corpus,
  CorpusDraft,
  CorpusField,
} from "../model/index.js";
import type { Context } from "./context.js";

/** An article part-way through the article stages: its draft and what stages have added so far. */
export type ArticleInProgress = ArticleDraft & Partial<Pick<Article, AnalysisField>>;

/**
 * A stage that works on one article at a time. It is a pure function of the article and the
 * context, so article stages can run in any number of workers.
 */
export type ArticleStage = {
  readonly name: string;
  readonly needs: readonly AnalysisField[];
  readonly adds: readonly (keyof Article)[];
  readonly run: (article: ArticleInProgress, ctx: Context) => ArticleInProgress;
};

/** What a corpus stage may need or add: a corpus field, or a field of every article. */
export type CorpusStageField = CorpusField | `articles.${keyof Article}`;

/** A stage that needs the whole corpus (stories, dates anchored on the batch, merged quotes). */
export type CorpusStage = {
  readonly name: string;
  readonly needs: readonly CorpusStageField[];
  readonly adds: readonly CorpusStageField[];
  readonly run: (corpus: CorpusDraft, ctx: Context) => CorpusDraft;
};

/** A stage was run on an input that lacks what it needs: a bug in the stage list, not in the input. */
export class StageOrderError extends Error {
  override readonly name = "StageOrderError";
}

/**
 * Declares an article stage. `run` receives the article with every field in `needs` present
 * (checked as it runs, so a stage run out of order fails loudly instead of reading an absence).
 */
export function articleStage<const N extends AnalysisField, const A extends keyof Article>(
  name: string,
  needs: readonly N[],
  adds: readonly A[],
  run: (
    article: ArticleDraft & Pick<Article, N>,
    ctx: Context,
  ) => ArticleDraft & Pick<Article, N | A>,
): ArticleStage {
  return {
    name,
    needs,
    adds,
    run: (article, ctx) => {
      for (const field of needs) {
        if (article[field] === undefined)
          throw new StageOrderError(
            `stage "${name}" needs the article's ${field}, which no stage before it added`,
          );
      }
      return run(article as ArticleDraft & Pick<Article, N>, ctx);
    },
  };
}

/** The corpus fields among a corpus stage's needs (the rest are fields of its articles). */
type CorpusNeeds<N extends CorpusStageField> = Extract<N, CorpusField>;

/**
 * Declares a corpus stage. `run` receives the corpus with every corpus field in `needs` present
 * (fields of the articles are held to their order by `checkStages`).
 */
export function corpusStage<const N extends CorpusStageField>(
  name: string,
  needs: readonly N[],
  adds: readonly CorpusStageField[],
  run: (corpus: CorpusDraft & Required<Pick<Corpus, CorpusNeeds<N>>>, ctx: Context) => CorpusDraft,
): CorpusStage {
  return {
    name,
    needs,
    adds,
    run: (corpus, ctx) => {
      for (const field of needs) {
        if (!field.startsWith("articles.") && corpus[field as CorpusField] === undefined)
          throw new StageOrderError(
            `stage "${name}" needs the corpus's ${field}, which no stage before it added`,
          );
      }
      return run(corpus as CorpusDraft & Required<Pick<Corpus, CorpusNeeds<N>>>, ctx);
    },
  };
}

/** The fields a complete `Article` must have that ingest does not give: some stage must add each. */
export const REQUIRED_ANALYSIS = [
  "clean",
  "offsets",
  "removed",
  "paragraphs",
  "sentences",
  "tokens",
  "words",
  "credit",
  "timexes",
  "mentions",
] as const satisfies readonly AnalysisField[];

/** The required fields of T (those not marked optional). */
type RequiredKeys<T> = { [K in keyof T]-?: object extends Pick<T, K> ? never : K }[keyof T];
// Fails to compile when Article gains a required field that REQUIRED_ANALYSIS does not list.
type Missing = Exclude<
  RequiredKeys<Pick<Article, AnalysisField>>,
  (typeof REQUIRED_ANALYSIS)[number]
>;
const everyRequiredFieldListed: [Missing] extends [never] ? true : Missing = true;
void everyRequiredFieldListed;

/**
 * Checks a stage list: unique names; every field a stage needs added by an earlier stage (an
 * article stage for an article's fields, or an earlier corpus stage); every field a complete
 * article needs added by some article stage. Throws one error listing every fault.
 */
export function checkStages(
  articleStages: readonly ArticleStage[],
  corpusStages: readonly CorpusStage[],
): void {
  const faults: string[] = [];
  const names = new Set<string>();
  for (const s of [...articleStages, ...corpusStages]) {
    if (names.has(s.name)) faults.push(`two stages are named "${s.name}"`);
    names.add(s.name);
  }
  const articleFields = new Set<string>();
  for (const s of articleStages) {
    for (const need of s.needs)
      if (!articleFields.has(need))
        faults.push(`article stage "${s.name}" needs ${need}, which no stage before it adds`);
    for (const add of s.adds) articleFields.add(add);
  }
  for (const field of REQUIRED_ANALYSIS)
    if (!articleFields.has(field)) faults.push(`no article stage adds ${field}`);
  const corpusFields = new Set<string>([...articleFields].map((f) => `articles.${f}`));
  for (const s of corpusStages) {
    for (const need of s.needs)
      if (!corpusFields.has(need))
        faults.push(`corpus stage "${s.name}" needs ${need}, which no stage before it adds`);
    for (const add of s.adds) corpusFields.add(add);
  }
  if (faults.length)
    throw new StageOrderError(`the stage list is out of order: ${faults.join("; ")}`);
}
