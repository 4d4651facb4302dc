import type { Range, Span } from "./span.js";

/** What kind of quantity a figure is. */
/** What kind of quantity a figure is; an ordinal counts events of a series ("the 26th meeting"). */
export type FigureKind = "money" | "percent" | "measure" | "count" | "ordinal";

/**
 * How a figure is hedged, normalised: "around", "roughly", "some" are "about"; "over" and
 * "upwards of" are "more than"; "as many as" is "up to"; "under", "fewer than" are "less than";
 * "almost", "close to" are "nearly".
 */
export type FigureQualifier = "about" | "more than" | "at least" | "up to" | "less than" | "nearly";

/** A figure's equivalent given in brackets ("48.3 billion euros ($49.8 billion)"). */
export type FigureConversion = { readonly value: number; readonly unit: string };

/**
 * One figure of one article. `start`/`end` is the figure in the clean text, qualifier and a
 * bracketed conversion included ("more than $65 billion", "48.3 billion euros ($49.8 billion)").
 */
export type Figure = Range & {
  readonly kind: FigureKind;
  readonly value: number;
  /** ISO currency code for money ("USD"), "%" for percentages, the unit or counted noun otherwise. */
  readonly unit: string;
  readonly qualifier: FigureQualifier | null;
  /** The figure as written. */
  readonly text: string;
  /** The value of the last written digit's place (0.1 for "65.9 billion"'s 0.1 billion): how far rounding can go. */
  readonly precision: number;
  readonly conversion: FigureConversion | null;
  /** What it measures: the noun phrase around it ("in military assistance", "partner nations"). */
  readonly about: string;
  /** The nearest name before it in its sentence, if any: whose figure it is. */
  readonly subject: string | null;
  /** Content-word stems of its sentence near it, used to match figures about the same thing. */
  readonly context: readonly string[];
  /** Content-word stems of `about`, the unit's words left out. */
  readonly aboutStems: readonly string[];
  readonly sentence: number;
};

/** How a story's sources agree on a figure. */
export type FigureAgreement = "single" | "consistent" | "conflicting";

/** One reading (value, unit, qualifier) of something a story's articles measure. */
export type StoryFigure = {
  readonly id: string;
  readonly story: string;
  /** The id shared by every reading of the same measured thing (the group compared). */
  readonly group: string;
  readonly kind: FigureKind;
  readonly value: number;
  readonly unit: string;
  readonly qualifier: FigureQualifier | null;
  readonly about: string;
  readonly subject: string | null;
  readonly conversion: FigureConversion | null;
  readonly occurrences: readonly Span[];
  /** Origins of the articles giving this reading: copies of one origin count once. */
  readonly independentSources: number;
  readonly agreement: FigureAgreement;
  /** Ids of readings of the same group it conflicts with. */
  readonly conflictsWith: readonly string[];
};
