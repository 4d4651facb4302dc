import { spawnSync } from "node:child_process";
import {
  closeSync,
  ftruncateSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { beforeAll, describe, expect, it } from "vitest";
import iconv from "iconv-lite";
import { readInputs } from "./read-inputs.js";

const BODY =
  "The council closed the Harbour Bridge on Tuesday after engineers found cracks in two of its piers.\n\nThe mayor said repairs would take at least three months and cost about 4 million pounds.";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "corroborate-ingest-"));
  writeFileSync(
    join(dir, "good.txt"),
    `title: Bridge shut\ndate: 2026-03-17\noutlet: Gazette\n\n${BODY}`,
  );
  writeFileSync(join(dir, "empty.txt"), "");
  writeFileSync(
    join(dir, "image.jpg"),
    Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0, 1]),
  );
  writeFileSync(join(dir, "latin1.txt"), iconv.encode(`Le café était fermé. ${BODY}`, "latin1"));
  writeFileSync(
    join(dir, "broken.html"),
    "<html><body><div><p>Unclosed <b>tags <p>and <i>more</div></span>",
  );
  writeFileSync(
    join(dir, "feed.jsonl"),
    [
      JSON.stringify({
        id: "r1",
        url: "https://www.harbourgazette.example/a",
        title: "One",
        date: "2026-03-17T10:00:00Z",
        text: BODY,
      }),
      "{not json",
      JSON.stringify({ id: "r3", title: "No text here" }),
      JSON.stringify({
        maintext: BODY,
        date_publish: "2026-03-18 08:00:00",
        source_domain: "northwire.example",
        title: "Crawled",
      }),
    ].join("\n"),
  );
  writeFileSync(
    join(dir, "list.json"),
    JSON.stringify({ articles: [{ id: "j1", content: BODY, outlet: "Daily Example" }] }),
  );
  writeFileSync(
    join(dir, "news.rss"),
    `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Harbour Radio</title><link>https://radio.example/</link>
<item><title>Bridge shut</title><link>https://radio.example/bridge</link><guid>bridge-1</guid><pubDate>Tue, 17 Mar 2026 09:00:00 GMT</pubDate><content:encoded><![CDATA[<p>The council closed the bridge.</p><p>Repairs will take months.</p><p>Engineers found cracks.</p>]]></content:encoded></item>
<item><title>Empty</title><link>https://radio.example/empty</link></item>
</channel></rss>`,
  );
  writeFileSync(
    join(dir, "atom.xml"),
    `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Times</title><entry><id>urn:a1</id><title>Atom story</title><link rel="alternate" href="https://atom.example/s"/><published>2026-03-16T12:00:00Z</published><content type="html">&lt;p&gt;One.&lt;/p&gt;&lt;p&gt;Two.&lt;/p&gt;&lt;p&gt;Three.&lt;/p&gt;</content></entry></feed>`,
  );
  mkdirSync(join(dir, "nested", "deeper"), { recursive: true });
  writeFileSync(join(dir, "nested", "deeper", "inner.md"), `## A heading\n\n${BODY}`);
  writeFileSync(join(dir, ".hidden.txt"), BODY);
  // A 50 MB file, made sparse so the test stays cheap.
  const fd = openSync(join(dir, "huge.txt"), "w");
  ftruncateSync(fd, 50 * 1024 * 1024);
  closeSync(fd);
});

describe("readInputs", () => {
  it("reads every usable article and names each unusable input with a one-line reason", async () => {
    const r = await readInputs([dir]);
    const ids = r.articles.map((a) => a.id.replace(dir, "<dir>"));
    expect(ids).toEqual([
      "urn:a1",
      "<dir>/broken.html",
      "r1",
      "<dir>/feed.jsonl#4",
      "<dir>/good.txt",
      "<dir>/latin1.txt",
      "j1",
      "<dir>/nested/deeper/inner.md",
      "bridge-1",
    ]);
    const skipped = Object.fromEntries(
      r.skipped.map((s) => [s.input.replace(dir, "<dir>"), s.reason]),
    );
    expect(skipped).toMatchObject({
      "<dir>/empty.txt": "empty file",
      "<dir>/image.jpg": "binary file, not text",
      "<dir>/feed.jsonl line 2": expect.stringMatching(/^not valid JSON/),
      "<dir>/feed.jsonl line 3": expect.stringMatching(/^no article text/),
      "<dir>/huge.txt": expect.stringMatching(/50\.0 MB, above the 16\.0 MB limit/),
      "<dir>/news.rss#2": "feed item has no content",
    });
    for (const s of r.skipped) expect(s.reason).not.toMatch(/\n/);
    expect(r.warnings.map((w) => [w.input.replace(dir, "<dir>"), w.reason])).toContainEqual([
      "<dir>/latin1.txt",
      "not valid UTF-8; read as Windows-1252 (Latin-1)",
    ]);
  });

  it("decodes Latin-1 text correctly", async () => {
    const r = await readInputs([join(dir, "latin1.txt")]);
    expect(r.articles[0]!.original).toMatch(/^Le café était fermé\./);
  });

  it("takes metadata from text headers, crawler keys and feeds", async () => {
    const r = await readInputs([dir]);
    const by = (id: string) => r.articles.find((a) => a.id === id || a.id.endsWith(id))!;
    expect(by("good.txt")).toMatchObject({
      title: "Bridge shut",
      published: "2026-03-17",
      outlet: "Gazette",
      outletFrom: "metadata",
    });
    expect(by("r1")).toMatchObject({
      outlet: "Harbour Gazette",
      outletFrom: "url",
      published: "2026-03-17",
    });
    expect(by("feed.jsonl#4")).toMatchObject({
      outlet: "North Wire",
      published: "2026-03-18",
      title: "Crawled",
    });
    expect(by("bridge-1")).toMatchObject({
      outlet: "Harbour Radio",
      title: "Bridge shut",
      published: "2026-03-17",
      format: "feed",
    });
    expect(by("bridge-1").original).toBe(
      "The council closed the bridge.\n\nRepairs will take months.\n\nEngineers found cracks.",
    );
    expect(by("urn:a1")).toMatchObject({
      outlet: "Atom Times",
      url: "https://atom.example/s",
      published: "2026-03-16",
    });
  });

  it("reads JSONL from standard input with -", async () => {
    const stdin = Readable.from([`${JSON.stringify({ id: "s1", text: BODY })}\n`, "oops\n"]);
    const r = await readInputs(["-"], { stdin });
    expect(r.articles.map((a) => a.id)).toEqual(["s1"]);
    expect(r.skipped).toEqual([
      { input: "- line 2", reason: expect.stringMatching(/^not valid JSON/) },
    ]);
  });

  it("reports a missing path and keeps going", async () => {
    const r = await readInputs([join(dir, "nope.txt"), join(dir, "good.txt")]);
    expect(r.articles).toHaveLength(1);
    expect(r.skipped[0]!.reason).toBe("no such file or folder");
  });

  it("gives duplicate record ids a suffix so every id stays unique", async () => {
    const stdin = Readable.from([
      `${JSON.stringify({ id: "x", text: BODY })}\n${JSON.stringify({ id: "x", text: BODY })}\n`,
    ]);
    const r = await readInputs(["-"], { stdin });
    expect(r.articles.map((a) => a.id)).toEqual(["x", "x#2"]);
  });
});

describe("readInputs on inputs that are not plain files", () => {
  let odd: string;
  beforeAll(() => {
    odd = mkdtempSync(join(tmpdir(), "corroborate-odd-inputs-"));
    writeFileSync(join(odd, "good.txt"), `title: Bridge shut\n\n${BODY}`);
    const made = spawnSync("mkfifo", [join(odd, "pipe.txt")]);
    expect(made.status, made.stderr?.toString()).toBe(0);
    symlinkSync("/dev/zero", join(odd, "zero.txt"));
    symlinkSync("/dev/zero", join(odd, "zero.jsonl"));
  });

  it("skips a FIFO and a link to /dev/zero with a reason, in a folder or given, and reads the rest", async () => {
    const r = await readInputs([odd, join(odd, "pipe.txt")], { maxBytes: 1024 * 1024 });
    expect(r.articles.map((a) => a.id)).toEqual([join(odd, "good.txt")]);
    expect(r.skipped).toEqual([
      { input: join(odd, "pipe.txt"), reason: expect.stringMatching(/^a named pipe \(FIFO\)/) },
      { input: join(odd, "zero.jsonl"), reason: "a character device, not a file" },
      { input: join(odd, "zero.txt"), reason: "a character device, not a file" },
      { input: join(odd, "pipe.txt"), reason: expect.stringMatching(/^a named pipe \(FIFO\)/) },
    ]);
  });

  it("reads a folder that links to itself once, and says which link it did not follow", async () => {
    const loop = mkdtempSync(join(tmpdir(), "corroborate-loop-"));
    writeFileSync(join(loop, "story.txt"), BODY);
    symlinkSync(".", join(loop, "again"));
    const r = await readInputs([loop]);
    expect(r.articles.map((a) => a.id)).toEqual([join(loop, "story.txt")]);
    expect(r.skipped).toEqual([
      {
        input: join(loop, "again"),
        reason: `leads back to ${loop}, a folder it is inside: not followed (a folder cycle)`,
      },
    ]);
  });

  it("reads each file of two folders that link to each other once, and ends", async () => {
    const top = mkdtempSync(join(tmpdir(), "corroborate-mutual-"));
    mkdirSync(join(top, "a"));
    mkdirSync(join(top, "b"));
    writeFileSync(join(top, "a", "one.txt"), BODY);
    writeFileSync(join(top, "b", "two.txt"), `Second story. ${BODY}`);
    symlinkSync(join(top, "b"), join(top, "a", "to-b"));
    symlinkSync(join(top, "a"), join(top, "b", "to-a"));
    const r = await readInputs([top, join(top, "b", "two.txt")]);
    expect(r.articles.map((a) => a.id.slice(top.length))).toEqual([
      "/a/one.txt",
      "/a/to-b/two.txt",
    ]);
    expect(r.skipped.map((s) => [s.input.slice(top.length), s.reason.replaceAll(top, "")])).toEqual(
      [
        ["/a/to-b/to-a", "leads back to /a, a folder it is inside: not followed (a folder cycle)"],
        ["/b", "the same folder as /a/to-b, read once"],
        ["/b/two.txt", "the same file as /a/to-b/two.txt, read once"],
      ],
    );
  });

  it("says a broken link is one", async () => {
    const d = mkdtempSync(join(tmpdir(), "corroborate-broken-"));
    symlinkSync(join(d, "gone.txt"), join(d, "link.txt"));
    const r = await readInputs([join(d, "link.txt")]);
    expect(r.skipped).toEqual([
      { input: join(d, "link.txt"), reason: "a broken link: its target does not exist" },
    ]);
  });

  it("reads the records around one nested 10,000 deep, and names that one's line", async () => {
    const deep = 10_000;
    const path = join(odd, "deep.jsonl");
    writeFileSync(
      path,
      [
        JSON.stringify({ id: "before", text: BODY }),
        `{"id":"deep","text":"Deep.","authors":${"[".repeat(deep)}"A"${"]".repeat(deep)}}`,
        `{"id":"deeper","x":${'{"a":'.repeat(deep)}1${"}".repeat(deep)}}`,
        JSON.stringify({ id: "after", text: BODY }),
      ].join("\n"),
    );
    const r = await readInputs([path]);
    // The deep authors are read (walked without recursion); the record without text is skipped.
    expect(r.articles.map((a) => [a.id, a.author])).toEqual([
      ["before", null],
      ["deep", "A"],
      ["after", null],
    ]);
    expect(r.skipped).toEqual([
      { input: `${path} line 3`, reason: expect.stringMatching(/^no article text/) },
    ]);
  });

  it("reads one stray byte in UTF-8 text as one replaced character, with a note naming the file", async () => {
    const path = join(odd, "stray.txt");
    const text = `title: Café reopens\n\nThe café reopened on Tuesday. ${BODY}\n\nIts owner, René, said trade was back.\n`;
    const bytes = Buffer.from(text, "utf8");
    const at = bytes.indexOf("Its owner");
    writeFileSync(
      path,
      Buffer.concat([bytes.subarray(0, at), Buffer.from([0xff]), bytes.subarray(at)]),
    );
    const r = await readInputs([path]);
    const a = r.articles[0]!;
    expect(a.title).toBe("Café reopens");
    expect(a.original).toContain("The café reopened");
    expect(a.original).toContain("\uFFFDIts owner, René");
    expect(a.original).not.toContain("Ã");
    expect(r.warnings).toEqual([
      {
        input: path,
        reason: "1 byte not valid UTF-8 in UTF-8 text replaced with U+FFFD (on line 7)",
      },
    ]);
  });

  it("skips white-space-only and header-only texts and blank records with a reason", async () => {
    const d = mkdtempSync(join(tmpdir(), "corroborate-blank-"));
    writeFileSync(join(d, "spaces.txt"), " \n\t\n\u00a0\n");
    writeFileSync(join(d, "header.md"), "title: Bridge shut\nurl: https://example.org/b\n\n\n");
    writeFileSync(join(d, "story.txt"), BODY);
    writeFileSync(
      join(d, "records.jsonl"),
      [
        JSON.stringify({ id: "blank", text: "  \n " }),
        JSON.stringify({ id: "markup", text: "<p> </p><div></div><p></p>" }),
        JSON.stringify({ id: "kept", text: BODY }),
      ].join("\n"),
    );
    const r = await readInputs([d]);
    expect(r.articles.map((a) => a.id)).toEqual(["kept", join(d, "story.txt")]);
    expect(r.skipped).toEqual([
      { input: join(d, "header.md"), reason: "only header lines, no article text" },
      {
        input: `${join(d, "records.jsonl")} line 1`,
        reason: expect.stringMatching(/^no article text/),
      },
      {
        input: `${join(d, "records.jsonl")} line 2`,
        reason: expect.stringMatching(/^no article text/),
      },
      { input: join(d, "spaces.txt"), reason: "only white space, no article text" },
    ]);
  });

  it("skips a JSONL record holding NUL bytes alone, and a file whose first lines all do as binary", async () => {
    const d = mkdtempSync(join(tmpdir(), "corroborate-nul-"));
    const record = (id: string): string => JSON.stringify({ id, text: BODY });
    // Found by npm run stress: one mangled first record made the whole file "binary".
    writeFileSync(
      join(d, "mangled.jsonl"),
      [record("first").replace("text", "te\u0000xt"), record("second"), record("third")].join("\n"),
    );
    writeFileSync(
      join(d, "data.jsonl"),
      ["\u0000\u0001", "\u0000", "\u0000\u0002", record("x")].join("\n"),
    );
    const r = await readInputs([d]);
    expect(r.articles.map((a) => a.id)).toEqual(["second", "third"]);
    expect(r.skipped).toEqual([
      { input: join(d, "data.jsonl"), reason: "binary file, not text" },
      { input: `${join(d, "mangled.jsonl")} line 1`, reason: "holds NUL bytes: binary, not text" },
    ]);
  });

  it("keeps no more than the cap of a line on standard input, skips it and reads the next", async () => {
    const endless = "x".repeat(64 * 1024);
    async function* input(): AsyncGenerator<string> {
      for (let i = 0; i < 64; i++) yield endless; // 4 MB with no line break
      yield `\n${JSON.stringify({ id: "next", text: BODY })}\n`;
    }
    const r = await readInputs(["-"], { stdin: Readable.from(input()), maxBytes: 1024 * 1024 });
    expect(r.articles.map((a) => a.id)).toEqual(["next"]);
    expect(r.skipped).toEqual([
      {
        input: "- line 1",
        reason: "record is over the 1.0 MB limit for one article (see --max-mb)",
      },
    ]);
  });

  it("reads a file given twice once", async () => {
    const path = join(odd, "good.txt");
    const r = await readInputs([path, path]);
    expect(r.articles).toHaveLength(1);
    expect(r.skipped).toEqual([{ input: path, reason: `the same file as ${path}, read once` }]);
  });
});
