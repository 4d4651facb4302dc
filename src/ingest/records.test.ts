import { describe, expect, it } from "vitest";
import { articleFromRecord, type RecordArticle } from "./records.js";

const read = (record: unknown): RecordArticle => {
  const r = articleFromRecord(record);
  if ("reason" in r) throw new Error(r.reason);
  return r;
};

describe("articleFromRecord", () => {
  it("reads a page store's date line as metadata and starts the body after it", () => {
    const text = " date 2026-03-17 Ferry returns after repairs\nThe ferry resumed on Friday.";
    const r = read({ url: "https://harbourpost.example/ferry", text });
    expect(r.published).toBe("2026-03-17");
    expect(text.slice(r.bodyStart)).toMatch(/^Ferry returns/);
  });

  it("dates a record from its address when it has no date", () => {
    const r = read({ url: "https://harbourpost.example/2026/03/17/ferry", text: "Body." });
    expect(r.published).toBe("2026-03-17");
  });

  it("gives no date when the date line and the address disagree", () => {
    const r = read({
      url: "https://harbourpost.example/2026/03/17/ferry",
      text: " date 2026-03-12 Body.",
    });
    expect(r.published).toBeNull();
  });

  it("keeps the record's own date field", () => {
    const r = read({ date_publish: "2026-03-18 09:00:00", text: " date 2026-03-17 Body." });
    expect(r.published).toBe("2026-03-18");
  });

  it("reads authors nested 10,000 lists deep without running out of stack", () => {
    const deep = JSON.parse(`${"[".repeat(10_000)}"Ann Lee"${"]".repeat(10_000)}`);
    expect(read({ text: "Body.", authors: [deep, { name: "Bo Chan" }] }).author).toBe(
      "Ann Lee, Bo Chan",
    );
  });

  it("refuses a record whose text is blank once its markup and date line are left out", () => {
    for (const text of ["<p> </p><div>\n</div><p></p>", " date 2026-03-17 \n  "]) {
      expect(articleFromRecord({ text })).toEqual({
        reason: expect.stringMatching(/^no article text/),
      });
    }
  });
});
