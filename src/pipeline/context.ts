/**
 * What the world hands the pipeline: nothing in a stage reads the clock, the environment or a
 * global; whatever it needs from outside comes in here.
 */
export type Context = {
  /** Today as YYYY-MM-DD: the latest date an article can plausibly carry. */
  readonly today: string;
  /** Where stages report what a user may want to know (a skipped rule, a fallback). */
  readonly log: (message: string) => void;
};

export function defaultContext(overrides: Partial<Context> = {}): Context {
  return {
    today: new Date().toISOString().slice(0, 10),
    log: () => {},
    ...overrides,
  };
}
