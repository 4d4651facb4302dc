/**
 * How a long-running command stops: the first Ctrl-C or SIGTERM aborts `signal`, and the command
 * finishes what is under way, then closes its store; a second exits at once (an embedded store's
 * lock is taken over once this process is gone). Listening starts at `listen` and ends at
 * `dispose`, so a command takes the signals only once it has something to stop.
 */
export type StopSignals = {
  readonly signal: AbortSignal;
  /** Resolves when `signal` aborts. */
  readonly stopped: Promise<void>;
  listen(): void;
  dispose(): void;
};

/** `underWay` names what is finished before stopping ("the job under way"), if anything. */
export function stopSignals(underWay?: string): StopSignals {
  const stop = new AbortController();
  const stopped = new Promise<void>((resolve) =>
    stop.signal.addEventListener("abort", () => resolve()),
  );
  const onSignal = (): void => {
    if (stop.signal.aborted) {
      process.stderr.write("corroborate: stopped at once\n");
      process.exit(130);
    }
    process.stderr.write(
      `corroborate: stopping${underWay ? ` after ${underWay}` : ""} (Ctrl-C again to stop at once)\n`,
    );
    stop.abort();
  };
  return {
    signal: stop.signal,
    stopped,
    listen: () => {
      process.on("SIGINT", onSignal);
      process.on("SIGTERM", onSignal);
    },
    dispose: () => {
      process.off("SIGINT", onSignal);
      process.off("SIGTERM", onSignal);
    },
  };
}
