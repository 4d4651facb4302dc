import { setFlagsFromString } from "node:v8";

/**
 * How far V8 lets the heap grow past what its last full collection kept, in percent: 100 lets
 * it double. Left to itself, on a machine with this much memory V8 lets it grow up to four
 * times, and how far it goes in one run turns on its guess of the collector's speed: one article
 * of 2 MB of prose peaked at 743-775 MB of resident memory where what the analysis holds is
 * under 170 MB. At a doubling the same runs peaked at 447-520 MB, for a few percent more time
 * (`npm run stress -- --full`, docs/benchmarks.md).
 */
export const HEAP_GROWING_PERCENT = 100;

const FLAG = "--heap-growing-percent";

/**
 * Sets the heap's growth for this process, unless the user set it on Node's command line or in
 * NODE_OPTIONS. V8 reads the flag each time it sets the heap's next limit, so setting it as
 * the command starts is in time. Returns whether it was set.
 */
export function boundHeapGrowth(
  execArgv: readonly string[],
  nodeOptions: string | undefined,
): boolean {
  if (execArgv.some((a) => a.startsWith(FLAG)) || nodeOptions?.includes(FLAG)) return false;
  setFlagsFromString(`${FLAG}=${HEAP_GROWING_PERCENT}`);
  return true;
}
