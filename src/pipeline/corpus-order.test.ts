import { describe, expect, it } from "vitest";
import { inCorpusOrder, type ArticleContent } from "./corpus-order.js";

type Named = { readonly name: string; readonly article: ArticleContent };

function named(name: string, text: string, over: Partial<ArticleContent> = {}): Named {
  return {
    name,
    article: {
      published: null,
      credit: null,
      outlet: null,
      clean: text,
      original: text,
      format: "text",
      url: null,
      title: null,
      author: null,
      ...over,
    },
  };
}

const byName = (x: Named, y: Named): number => (x.name < y.name ? -1 : x.name > y.name ? 1 : 0);
const order = (items: readonly Named[]): string[] =>
  inCorpusOrder(items, (n) => n.article, byName).map((n) => n.name);

describe("inCorpusOrder", () => {
  it("puts the earlier day first and undated articles last", () => {
    const items = [
      named("undated", "A fire broke out."),
      named("later", "A fire broke out on Tuesday.", { published: "2026-03-18" }),
      named("earlier", "Fire crews were called.", { published: "2026-03-17" }),
    ];
    expect(order(items)).toEqual(["earlier", "later", "undated"]);
  });

  it("on one day puts the wire's own article first, then the longer text", () => {
    const day = { published: "2026-03-17" };
    const items = [
      named("short report", "Short.", day),
      named("reprint", "A long reprint of the wire's story.", {
        ...day,
        credit: "AP",
        outlet: "Post",
      }),
      named("wire", "The wire's story.", { ...day, credit: "The Associated Press", outlet: "AP" }),
    ];
    expect(order(items)).toEqual(["wire", "reprint", "short report"]);
  });

  it("gives the same order whatever order the items come in and whatever their names", () => {
    const texts = ["One text.", "Another text.", "A third text.", "A fourth, with more words."];
    const first = texts.map((t, i) => named(`a${i}`, t));
    const renamed = [...texts].reverse().map((t, i) => named(`z${i}`, t));
    const textsOf = (items: readonly Named[]): string[] =>
      inCorpusOrder(items, (n) => n.article, byName).map((n) => n.article.original);
    expect(textsOf(renamed)).toEqual(textsOf(first));
  });

  it("leaves only one text read twice to the tie-break", () => {
    const items = [named("b", "Same words."), named("a", "Same words.")];
    expect(order(items)).toEqual(["a", "b"]);
    // the same text with other metadata is told apart by the metadata, not by the name
    const withUrl = [
      named("a", "Same words.", { url: "https://b.example/" }),
      named("b", "Same words."),
    ];
    expect(order(withUrl)).toEqual(["b", "a"]);
  });
});
