import { describe, expect, it } from "vitest";
import { leadingDateLine, parseTextHeader } from "./text-file.js";

describe("parseTextHeader", () => {
  it("reads keyed header lines and starts the body after them", () => {
    const text =
      "title: Bridge shut\nurl: https://example.org/a\ndate: 2026-03-17\noutlet: Gazette\n\nBody here.";
    const h = parseTextHeader(text);
    expect(h).toMatchObject({
      title: "Bridge shut",
      url: "https://example.org/a",
      published: "2026-03-17",
      outlet: "Gazette",
    });
    expect(text.slice(h.bodyStart).trim()).toBe("Body here.");
  });

  it("reads the bare date form that runs on into the body", () => {
    const text = " date 2025-02-11 Washington's envoys will push partners.\n\nMore.";
    const h = parseTextHeader(text);
    expect(h.published).toBe("2025-02-11");
    expect(text.slice(h.bodyStart)).toMatch(/^Washington's envoys/);
  });

  it("leaves a body without a header alone", () => {
    const text = "Note: this is the first sentence of the story.\nSecond line.";
    const h = parseTextHeader(text);
    expect(h.bodyStart).toBe(0);
    expect(h.title).toBeNull();
  });

  it("does not take a sentence starting with Date: for a date", () => {
    const h = parseTextHeader("Date: to be announced, officials said.\n");
    expect(h.published).toBeNull();
    expect(h.bodyStart).toBe(0);
  });

  it("reads the date line followed by the site's name on its line", () => {
    const text = " date 2026-03-17 HarbourPost.net\nFerry returns after repairs\n\nBody.";
    const h = parseTextHeader(text);
    expect(h.published).toBe("2026-03-17");
    expect(text.slice(h.bodyStart)).toMatch(/^HarbourPost\.net\nFerry/);
  });
  it("reads a header line that holds a U+2028 line separator, and the header lines after it", () => {
    const text =
      "title: Bridge\u2028shut for repairs\u2028\nurl: https://example.org/a\ndate: 2026-03-17\n\nBody here.";
    const h = parseTextHeader(text);
    expect(h).toMatchObject({
      title: "Bridge shut for repairs",
      url: "https://example.org/a",
      published: "2026-03-17",
    });
    expect(text.slice(h.bodyStart).trim()).toBe("Body here.");
  });
});

describe("leadingDateLine", () => {
  it("finds where the text after the date line starts", () => {
    const text = " date 2026-03-17 \nFerry returns after repairs";
    expect(leadingDateLine(text)).toEqual({ day: "2026-03-17", end: text.indexOf("Ferry") });
    expect(leadingDateLine("The date 2026-03-17 was set.")).toBeNull();
  });
});
