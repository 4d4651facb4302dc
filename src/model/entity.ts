import type { Range } from "./span.js";

export type EntityType = "person" | "organization" | "place" | "other";

/** A name found in an article's clean text. */
export type EntityMention = Range & {
  readonly text: string;
  readonly type: EntityType;
  /** The normalised name it stands for; a surname alone carries its full name's key. */
  readonly key: string;
  /** A person's title or role written before the name ("Defense Secretary"). */
  readonly title: string | null;
  /**
   * How firmly the text supports the type: a cue in or right before the name, or the same name
   * so typed elsewhere in the article ("firm"); only words around this mention that fit other
   * kinds too ("context": "Varnholt said"); nothing but the default guess ("none"). Absent means
   * firm. A story types an entity by its firmest mentions.
   */
  readonly evidence?: "firm" | "context" | "none";
};

/**
 * One person named in several stories: the stories' person entities that bear one full name (two
 * words or more) between them. Linked by name alone, so a namesake links too: a lead to follow,
 * not a finding.
 */
export type PersonAcrossStories = {
  readonly id: string;
  /** The full name most of its entities are shown by. */
  readonly name: string;
  /** Its entities, one per story, in story order. */
  readonly entities: readonly string[];
};

/** One person, organisation or place of a story, however outlets spell or title it. */
export type Entity = {
  readonly id: string;
  readonly story: string;
  readonly name: string;
  readonly type: EntityType;
  readonly aliases: readonly string[];
  readonly titles: readonly string[];
  readonly articles: readonly string[];
  readonly mentions: number;
};
