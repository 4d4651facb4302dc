export type { Span, Range } from "./span.js";
export type {
  Article,
  ArticleDraft,
  CleanedArticle,
  SegmentedArticle,
  TimedArticle,
  AttributedArticle,
  AnalysisField,
  RawArticle,
  InputFormat,
  PublishedFrom,
  OutletFrom,
  Removal,
  OffsetMap,
  Sentence,
  Paragraph,
} from "./article.js";
export type { Corpus, CorpusDraft, CorpusField, Skip, Story } from "./corpus.js";
export type { ReuseKind, ReuseRelation, AlignedSentences, CopyGroup } from "./reuse.js";
export type { Entity, EntityMention, EntityType, PersonAcrossStories } from "./entity.js";
export type {
  Figure,
  FigureKind,
  FigureQualifier,
  FigureConversion,
  FigureAgreement,
  StoryFigure,
} from "./figure.js";
export type {
  Quote,
  QuoteKind,
  QuoteSpeaker,
  SpeakerFrom,
  QuoteOccurrence,
  QuoteDifference,
  StoryQuote,
} from "./quote.js";
export type {
  TemporalExpression,
  TemporalType,
  DatePrecision,
  ArticleEvent,
  TimelineEvent,
  DayPart,
  TemporalMatch,
  TemporalParts,
  TimexType,
  Unit,
} from "./timeline.js";
export type {
  Claim,
  ClaimAttribution,
  ClaimStatus,
  SummarySentence,
  StorySummary,
  ArticleCoverage,
} from "./claim.js";
export type { SentenceFeatures, StorySentence, StoryReading } from "./reading.js";
