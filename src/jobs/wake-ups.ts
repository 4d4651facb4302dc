/**
 * Waits that end after a time or as soon as something happens, whichever is first: the worker
 * sleeps between polls but starts at once on a job sent by this process, and `drain` looks
 * again as soon as a job ends. A timer is cleared the moment its wait ends, so none is left to
 * keep a finished process alive.
 */
export type WakeUps = {
  wait(ms: number): Promise<void>;
  /** Ends every wait now. */
  wakeAll(): void;
};

export function wakeUps(): WakeUps {
  const waiting = new Set<() => void>();
  return {
    wait: (ms) =>
      new Promise<void>((resolve) => {
        const done = (): void => {
          clearTimeout(timer);
          waiting.delete(done);
          resolve();
        };
        const timer = setTimeout(done, ms);
        waiting.add(done);
      }),
    wakeAll: () => {
      for (const done of [...waiting]) done();
    },
  };
}
