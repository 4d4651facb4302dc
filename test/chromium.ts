/**
 * Debian's Chromium for the browser tests, driven by playwright-core (no browser download). The
 * flags keep it off the network it would otherwise call at start (this machine's network is
 * closed: refused connections, failed lookups).
 */
import { existsSync } from "node:fs";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--no-first-run",
];

/**
 * Whether a browser test must be skipped, saying why once: in CI the browser is part of the
 * machine (.ci/run installs it), so a missing one fails there; on a laptop without Chromium the
 * test is skipped with this reason.
 */
export function skipWithoutChromium(what: string): boolean {
  const skip = !existsSync(CHROMIUM) && !process.env.CI;
  if (skip) console.warn(`${what} skipped: no Chromium at ${CHROMIUM} (set CHROMIUM_PATH)`);
  return skip;
}
