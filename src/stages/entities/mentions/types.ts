/**
 * The mention detector's public types: a mention and the kinds of entity it names.
 */

export type EntityType = "person" | "organization" | "place" | "other";
/**
 * How firmly a mention's type rests on the text: a cue in or right before the name, or the same
 * name typed so elsewhere in the article ("firm": "President Castellane", "Miriam Castellane",
 * "Castellane, 52,"); only the words around this one mention, which fit other kinds too
 * ("context": "Castellane said", "told Castellane"); or nothing but the fallback ("none").
 */
export type Evidence = "firm" | "context" | "none";
export type Mention = {
  start: number;
  end: number;
  text: string;
  type: EntityType;
  evidence?: Evidence;
};
