import { describe, expect, it } from "vitest";
import { rawArticle } from "../../test/helpers.js";
import { withUniqueIds } from "./unique-ids.js";

describe("withUniqueIds", () => {
  const first = rawArticle("Apples fell.", { id: "x", source: "f.jsonl line 1" });
  const second = rawArticle("Bread rose.", { id: "x", source: "f.jsonl line 2" });
  const own = rawArticle("Corn grew.", { id: "x#2", source: "f.jsonl line 3" });

  it("keeps the articles' order and gives a shared id to one of them, by text, not by place", () => {
    const ids = (list: (typeof first)[]): string[] =>
      withUniqueIds(list).map((a) => `${a.original} ${a.id}`);
    expect(ids([first, second])).toEqual(["Apples fell. x", "Bread rose. x#2"]);
    expect(ids([second, first])).toEqual(["Bread rose. x#2", "Apples fell. x"]);
  });

  it("leaves an id an input has of its own to it", () => {
    const renamed = withUniqueIds([second, own, first]);
    expect(renamed.map((a) => a.id)).toEqual(["x#3", "x#2", "x"]);
  });
});
