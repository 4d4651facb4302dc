/** A one-line reason from an error, without a stack. */
export const reasonOf = (e: unknown): string =>
  (e instanceof Error ? e.message : String(e)).split("\n")[0]!.slice(0, 200);
