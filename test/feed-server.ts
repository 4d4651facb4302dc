/**
 * A feed server for tests: node:http on 127.0.0.1 at a port the system picks, answering each path
 * as the test sets it, with ETag / Last-Modified validators honoured as a real server does, and a
 * log of what it was asked. The articles are written for these tests (a made-up town), long enough
 * to pass for whole articles.
 */
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";

/** What a path answers. */
export type Answer = {
  readonly status?: number;
  readonly body?: string;
  readonly type?: string;
  readonly etag?: string;
  readonly lastModified?: string;
};

export type FeedItem = {
  readonly title: string;
  readonly link: string;
  /** The item's whole text (`content:encoded`), or its summary (`description`) alone. */
  readonly content?: string;
  readonly description?: string;
  readonly pubDate?: string;
};

const escape = (text: string): string =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** An RSS 2.0 document. */
export function rss(title: string, items: readonly FeedItem[]): string {
  const entries = items.map(
    (i) =>
      `<item><title>${escape(i.title)}</title><link>${escape(i.link)}</link><guid>${escape(i.link)}</guid>` +
      (i.pubDate ? `<pubDate>${i.pubDate}</pubDate>` : "") +
      (i.description ? `<description>${escape(i.description)}</description>` : "") +
      (i.content ? `<content:encoded><![CDATA[${i.content}]]></content:encoded>` : "") +
      `</item>`,
  );
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>` +
    `<title>${escape(title)}</title><link>http://example.invalid/</link>${entries.join("")}` +
    `</channel></rss>\n`
  );
}

/** An article page as a news site serves it. */
export function articlePage(title: string, paragraphs: readonly string[]): string {
  return (
    `<!doctype html><html><head><title>${escape(title)}</title>` +
    `<meta property="og:site_name" content="Eastmere Courier"></head><body>` +
    `<nav><a href="/">Home</a> <a href="/news">News</a></nav><main><article><h1>${escape(title)}</h1>` +
    paragraphs.map((p) => `<p>${escape(p)}</p>`).join("") +
    `</article></main><footer>Copyright Eastmere Courier</footer></body></html>`
  );
}

/** Made-up reports from a made-up town, each long enough to be read as a whole article. */
export const REPORTS = {
  bridge: [
    "The Eastmere council voted on Tuesday to close the Old Mill bridge to lorries from the first of April, after engineers found cracks in two of its stone piers during a routine inspection.",
    'Councillor Ruth Haddon, who chairs the transport committee, said the decision was not taken lightly. "We know how many firms rely on that crossing, but the report left us no choice," she told the meeting.',
    "The engineers' report, seen by this newspaper, estimates repairs at 2.4 million pounds and says the work could take eighteen months. Cars and buses will still be allowed to use the bridge, with a limit of 20 miles per hour.",
    "Hauliers based on the industrial estate say the detour adds eleven miles to every trip. Martin Pryce, who runs a fleet of forty lorries, said his firm would lose several thousand pounds a week.",
    "The council will hold a public meeting at the town hall next Thursday to explain the closure and hear from residents.",
  ],
  library: [
    "Eastmere's central library will reopen on Saturday after a two-year refurbishment that cost 3.1 million pounds and added a children's wing, a maker space and a café run by volunteers.",
    "The building, which dates from 1908, had been closed since a storm damaged its roof. Head librarian Aisha Brennan said the new wing doubled the space for young readers.",
    '"We wanted families to feel that this is their living room," Ms Brennan said. "Everything from the shelving to the lighting was chosen with them in mind."',
    "The refurbishment was paid for by the council with a grant from a national heritage fund. Contractors restored the original plaster ceilings and replaced the heating with heat pumps.",
    "Opening hours will be extended to eight in the evening on weekdays, and the library will lend laptops to members for the first time. A reading by local authors is planned for the opening day.",
  ],
  ferry: [
    "The ferry between Eastmere harbour and Holm Island resumed sailings on Monday, three weeks after a fault in its engine left islanders relying on a single water taxi.",
    "The operator, Holm Sound Ferries, said a replacement part had been flown in from Norway and fitted over the weekend. Sea trials on Sunday afternoon were completed without problems.",
    "Islanders had complained that the water taxi, which carries twelve passengers, could not take vehicles or freight. The island shop ran short of fresh food during the second week.",
    "Harbour master Colin Ayres said the timetable would return to six crossings a day from Wednesday, with two extra sailings on Saturday to clear a backlog of deliveries.",
    "The operator has promised to keep a spare engine part in Eastmere in future, and will compensate season-ticket holders for the weeks without a service.",
  ],
  market: [
    "A farmers' market will be held on Eastmere's quayside every second Sunday from May, the town council announced, after a trial last autumn drew more than four thousand visitors.",
    "Stallholders will pay a reduced fee for the first three months. The council's events officer, Priya Nandakumar, said forty growers and bakers had already asked for a pitch.",
    "Parking on the quayside will be suspended from six in the morning until four in the afternoon on market days, and an extra bus will run from the railway station.",
    "Traders in the high street have welcomed the plan, saying the autumn trial brought more shoppers into their own stores on the same days.",
    "The first market is due on the eleventh of May, with a brass band and cookery demonstrations planned.",
  ],
  school: [
    "Pupils at Eastmere High School will move into temporary classrooms after the summer holidays while the main building's roof is replaced, the county's education department said on Friday.",
    "Twelve modular classrooms will be craned onto the playing field in August. The headteacher, Daniel Okafor, said lessons would carry on as normal and that the science labs would stay open.",
    "The roof, built in the 1960s, has leaked in several places since the winter storms. Surveyors found that patching it would cost nearly as much as replacing it with a modern insulated one.",
    "Parents were told at a meeting on Thursday evening that the work should finish by Easter. Some asked where pupils would play while the field is in use, and the school said the nearby park would be used at lunchtime.",
    "The project is expected to cost 1.8 million pounds and will be paid for from the county's schools maintenance budget.",
  ],
} as const;

export type Request = { readonly path: string; readonly headers: IncomingHttpHeaders };

/** The server: set what each path answers, read what was asked. */
export class FeedServer {
  readonly requests: Request[] = [];
  private readonly answers = new Map<string, Answer>();
  private server: Server | null = null;
  private port = 0;

  /** Sets what `path` answers from now on. */
  answer(path: string, answer: Answer): void {
    this.answers.set(path, answer);
  }

  url(path: string): string {
    return `http://127.0.0.1:${this.port}${path}`;
  }

  /** The requests for one path, in order. */
  asked(path: string): Request[] {
    return this.requests.filter((r) => r.path === path);
  }

  async start(): Promise<this> {
    const server = createServer((req, res) => {
      // A fresh connection per request, so a closed server is refused, not a dropped keep-alive.
      res.setHeader("connection", "close");
      const path = req.url ?? "/";
      this.requests.push({ path, headers: req.headers });
      const a = this.answers.get(path);
      if (a === undefined) {
        res.writeHead(404).end("not found");
        return;
      }
      const validators = {
        ...(a.etag ? { etag: a.etag } : {}),
        ...(a.lastModified ? { "last-modified": a.lastModified } : {}),
      };
      const fresh =
        (a.etag !== undefined && req.headers["if-none-match"] === a.etag) ||
        (a.etag === undefined &&
          a.lastModified !== undefined &&
          req.headers["if-modified-since"] === a.lastModified);
      if (fresh) {
        res.writeHead(304, validators).end();
        return;
      }
      res
        .writeHead(a.status ?? 200, {
          "content-type": a.type ?? "application/rss+xml",
          ...validators,
        })
        .end(a.body ?? "");
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    this.server = server;
    this.port = (server.address() as AddressInfo).port;
    return this;
  }

  /** Stops answering: a request to its port is then refused. */
  async close(): Promise<void> {
    const server = this.server;
    if (server === null) return;
    this.server = null;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}
