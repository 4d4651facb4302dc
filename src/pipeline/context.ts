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

/**
 * A context as plain data, for a worker thread: everything but the logger, which is a function
 * and cannot be posted. The worker makes its own logger and hands back what it logged.
 */
export type ContextData = Omit<Context, "log">;

export function contextData(ctx: Context): ContextData {
  const data: { -readonly [K in keyof Context]?: Context[K] } = { ...ctx };
  delete data.log;
  return data as ContextData;
}
