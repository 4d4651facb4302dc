/**
 * The document shell: head with the Content-Security-Policy, the stylesheet and the page script.
 * The single-file brief allows its one script by the SHA-256 of its exact text (so an injected
 * script, which cannot have that hash, never runs); a served page passes a per-response `nonce`
 * instead and may also reach its own server (EventSource and fetch of the live update).
 */
import { createHash } from "node:crypto";
import { raw } from "hono/html";
import type { Child, FC } from "hono/jsx";
import { PAGE_SCRIPT } from "./client-script.js";
import { PAGE_STYLE } from "./style.js";

/** 'sha256-…' of a script's exact text, as a CSP source expression. */
export const scriptHash = (script: string): string =>
  `'sha256-${createHash("sha256").update(script, "utf8").digest("base64")}'`;

/**
 * The policy: nothing from anywhere, inline style, the page's own script, images only as data:
 * URLs. A served page (with a nonce) may also connect to and submit forms to its own origin.
 */
export function contentSecurityPolicy(nonce?: string): string {
  const script = nonce ? `'nonce-${nonce}'` : scriptHash(PAGE_SCRIPT);
  return [
    "default-src 'none'",
    "style-src 'unsafe-inline'",
    `script-src ${script}`,
    "img-src data:",
    `connect-src ${nonce ? "'self'" : "'none'"}`,
    `form-action ${nonce ? "'self'" : "'none'"}`,
    "base-uri 'none'",
  ].join("; ");
}

/**
 * Props: `title` (the tab's title, plain text), `nonce` (served pages: the CSP nonce of this
 * response; omitted: the single-file brief, script allowed by hash), `live` (served story
 * pages: the URL of the server-sent events that announce a new version of the story), and the
 * page's body as children (put the changing part in one <main>).
 */
export const Page: FC<{ title: string; nonce?: string; live?: string; children?: Child }> = ({
  title,
  nonce,
  live,
  children,
}) => (
  <html lang="en">
    <head>
      <meta charset="utf-8" />
      <meta http-equiv="Content-Security-Policy" content={contentSecurityPolicy(nonce)} />
      <meta name="viewport" content="width=device-width, initial-scale=1" />
      <meta name="referrer" content="no-referrer" />
      <title>{title}</title>
      <style>{raw(PAGE_STYLE)}</style>
    </head>
    <body data-events={live}>
      {children}
      <ReaderPanel />
      <script nonce={nonce}>{raw(PAGE_SCRIPT)}</script>
    </body>
  </html>
);

/** The article reader, empty until a citation fills it (see client-script.ts). */
const ReaderPanel: FC = () => (
  <aside id="reader" role="dialog" aria-labelledby="reader-title" tabindex={-1} hidden>
    <header>
      <div>
        <h2 id="reader-title">Article</h2>
        <p id="reader-meta" class="meta"></p>
      </div>
      <button type="button" id="reader-close" aria-label="Close the article">
        Close ✕
      </button>
    </header>
    <div id="reader-text"></div>
  </aside>
);

/** A full document as text, doctype first. */
export const documentHtml = (page: unknown): string => `<!doctype html>\n${String(page)}\n`;

// Raw markup no escaped text can contain (text never holds a bare "<"), marking where a
// streamed part goes.
const HOLE = "<corroborate-streamed-part></corroborate-streamed-part>";

/**
 * The text before and after the place `render` puts its argument, for writing a large element
 * whose content is produced a piece at a time: `around((hole) => <main>{hole}</main>)` is
 * `["<main>", "</main>"]`.
 */
export function around(render: (hole: Child) => unknown): [string, string] {
  const html = String(render(raw(HOLE)));
  const at = html.indexOf(HOLE);
  if (at === -1 || html.indexOf(HOLE, at + 1) !== -1) throw new Error("around(): no single hole");
  return [html.slice(0, at), html.slice(at + HOLE.length)];
}
