import { describe, expect, it } from "vitest";
import iconv from "iconv-lite";
import { decodeBytes } from "./decode.js";

const utf8 = (s: string): Buffer => Buffer.from(s, "utf8");
const latin1 = (s: string): Buffer => iconv.encode(s, "latin1");
const textOf = (bytes: Uint8Array): { text: string; note: string | null } => {
  const d = decodeBytes(bytes);
  if (d.kind !== "text") throw new Error(d.reason);
  return { text: d.text, note: d.note };
};

describe("decodeBytes", () => {
  it("reads valid UTF-8 as it is, with no note", () => {
    expect(textOf(utf8("Le café © 2026"))).toEqual({ text: "Le café © 2026", note: null });
  });

  it("replaces a stray byte in UTF-8 text with one U+FFFD and says so", () => {
    const bytes = Buffer.concat([utf8("Le café "), Buffer.from([0xff]), utf8("était © fermé.")]);
    expect(textOf(bytes)).toEqual({
      text: "Le café \uFFFDétait © fermé.",
      note: "1 byte not valid UTF-8 in UTF-8 text replaced with U+FFFD (on line 1)",
    });
  });

  it("reads a stray byte on an ASCII line as its UTF-8 neighbours are read", () => {
    const bytes = Buffer.concat([
      utf8("Le café était fermé.\nThe "),
      Buffer.from([0xc3]), // a UTF-8 lead byte cut from its letter
      utf8(" bridge.\nRené said so.\n"),
    ]);
    expect(textOf(bytes)).toEqual({
      text: "Le café était fermé.\nThe \uFFFD bridge.\nRené said so.\n",
      note: "1 byte not valid UTF-8 in UTF-8 text replaced with U+FFFD (on line 2)",
    });
  });

  it("reads a Latin-1 file as Windows-1252 with the note it always had", () => {
    expect(textOf(latin1("Le café était fermé.\n\nRené a dit « non ».\n"))).toEqual({
      text: "Le café était fermé.\n\nRené a dit « non ».\n",
      note: "not valid UTF-8; read as Windows-1252 (Latin-1)",
    });
  });

  it("reads a UTF-8 article and a Latin-1 one joined in one file, each in its encoding", () => {
    const bytes = Buffer.concat([
      utf8("Le café était fermé.\n\n"),
      latin1("Le marché était ouvert.\n"),
    ]);
    expect(textOf(bytes)).toEqual({
      text: "Le café était fermé.\n\nLe marché était ouvert.\n",
      note: "1 line not valid UTF-8 read as Windows-1252 (Latin-1), the first line 3",
    });
  });

  it("replaces a cut multi-byte sequence with one character, as a decoder does", () => {
    // "€" is E2 82 AC; E2 82 alone is one ill-formed piece, then "x".
    const bytes = Buffer.concat([utf8("Price: "), Buffer.from([0xe2, 0x82]), utf8("x, café")]);
    expect(textOf(bytes)).toEqual({
      text: "Price: \uFFFDx, café",
      note: "2 bytes not valid UTF-8 in UTF-8 text replaced with U+FFFD (the first on line 1)",
    });
  });

  it("refuses empty and binary input", () => {
    expect(decodeBytes(new Uint8Array())).toEqual({ kind: "unusable", reason: "empty file" });
    expect(decodeBytes(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0]))).toEqual({
      kind: "unusable",
      reason: "binary file, not text",
    });
  });
});
