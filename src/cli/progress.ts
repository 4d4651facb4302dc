/**
 * Progress on standard error, only when it is a terminal: a line redrawn in place, throttled so
 * that drawing never costs more than the work it reports.
 */
export type Progress = { update: (text: string) => void; done: () => void };

const REDRAW_MS = 100;

export function progress(stream: NodeJS.WriteStream): Progress {
  if (!stream.isTTY) return { update: () => {}, done: () => {} };
  let last = 0;
  let shown = false;
  return {
    update(text) {
      const now = Date.now();
      if (now - last < REDRAW_MS) return;
      last = now;
      shown = true;
      stream.write(`\r\x1b[2K${text.slice(0, (stream.columns ?? 80) - 1)}`);
    },
    done() {
      if (shown) stream.write("\r\x1b[2K");
    },
  };
}
