/**
 * The mention detector's public types: a mention and the kinds of entity it names.
 */

export type EntityType = "person" | "organization" | "place" | "other";
export type Mention = { start: number; end: number; text: string; type: EntityType };
