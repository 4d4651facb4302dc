export type { Span, Range } from "./span.js";
export type {
  Article,
  RawArticle,
  InputFormat,
  PublishedFrom,
  OutletFrom,
  Removal,
  OffsetMap,
  Sentence,
  Paragraph,
} from "./article.js";
export type { Corpus, Skip, Story } from "./corpus.js";
export type { ReuseKind, ReuseRelation, AlignedSentences, CopyGroup } from "./reuse.js";
export type { Entity, EntityMention, EntityType } from "./entity.js";
