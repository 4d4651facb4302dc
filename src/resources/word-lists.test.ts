import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import {
  COUNTRIES,
  DEMONYMS,
  ENGLISH_GIVEN_NAMES,
  GIVEN_NAMES,
  PLACES,
} from "../stages/entities/00-gazetteers.js";
import { isCommonWord } from "../stages/entities/mentions/lexicon.js";
import { buildersDigest, readWordLists, WORD_LISTS_FORMAT } from "./word-lists.js";
import { wordListsFromPackages } from "./write-word-lists.js";

const dir = mkdtempSync(join(tmpdir(), "word-lists-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const fileOf = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return pathToFileURL(path);
};

describe("saved word lists", () => {
  it("read back as written, and hold what the stages build from the packages", () => {
    const lists = wordListsFromPackages();
    expect(lists.builders).toMatch(/^[0-9a-f]{16}$/);
    expect(readWordLists(fileOf("lists.json", JSON.stringify(lists)), buildersDigest())).toEqual(
      lists,
    );
    // (the stages here run from the sources, where no list is saved: built from the packages)
    expect(new Set(lists.givenNames)).toEqual(GIVEN_NAMES);
    expect(new Set(lists.englishGivenNames)).toEqual(ENGLISH_GIVEN_NAMES);
    expect(new Set(lists.places)).toEqual(PLACES);
    expect(new Set(lists.countries)).toEqual(COUNTRIES);
    expect(new Set(lists.demonyms)).toEqual(DEMONYMS);
    expect(lists.englishWords.length).toBeGreaterThan(10_000);
    for (const w of lists.englishWords.slice(0, 500)) expect(isCommonWord(w)).toBe(true);
    expect(GIVEN_NAMES.has("helmut")).toBe(true);
    expect(PLACES.has("kyiv")).toBe(true);
  }, 60_000);

  it("are not read when missing, unreadable or of another format: the stages build them", () => {
    const builders = "0123456789abcdef";
    expect(readWordLists(pathToFileURL(join(dir, "none.json")), builders)).toBeNull();
    expect(readWordLists(fileOf("broken.json", '{"format": 2, "givenN'), builders)).toBeNull();
    const other = { format: WORD_LISTS_FORMAT + 1, builders, givenNames: [] };
    expect(readWordLists(fileOf("other.json", JSON.stringify(other)), builders)).toBeNull();
  });

  it("are not read when the modules that build them changed since they were saved", () => {
    const saved = { format: WORD_LISTS_FORMAT, builders: "0123456789abcdef", givenNames: ["ana"] };
    const file = fileOf("saved.json", JSON.stringify(saved));
    expect(readWordLists(file, "0123456789abcdef")).toEqual(saved);
    expect(readWordLists(file, "fedcba9876543210")).toBeNull();
    // (modules that cannot be read give no digest: nothing saved is trusted then)
    expect(readWordLists(file, null)).toBeNull();
    expect(
      readWordLists(fileOf("unsigned.json", JSON.stringify({ ...saved, builders: null })), null),
    ).toBeNull();
  });

  it("are fingerprinted by the code of the modules that build them", () => {
    expect(buildersDigest()).toMatch(/^[0-9a-f]{16}$/);
    expect(buildersDigest()).toBe(buildersDigest());
  });
});
