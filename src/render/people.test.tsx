import { describe, expect, it } from "vitest";
import { article, brief, story } from "../../test/html-fixture.js";
import type { EntityJson } from "../brief/schema.js";
import { renderHtml } from "./html/index.js";
import { renderMarkdown } from "./markdown.js";
import { OTHER_STORIES_SHOWN } from "./people.js";

const person = (id: string, name: string, personId?: string): EntityJson => ({
  id,
  name,
  type: "person",
  aliases: [],
  titles: [],
  articles: [],
  mentions: 2,
  ...(personId ? { person: personId } : {}),
});

/** Two stories that both name Ilsa Varnholt, and a third that names only Tomas Brennick. */
function twoStories() {
  const a = article("a.txt");
  const b = article("b.txt");
  const c = article("c.txt");
  const fire = story([a], {
    id: "story-1",
    label: "Harbour fire",
    entities: [person("story-1/e1", "Ilsa Varnholt", "p1")],
  });
  const inquiry = story([b], {
    id: "story-2",
    label: "Harbour inquiry <opens>",
    entities: [person("story-2/e1", "Ilsa Varnholt", "p1"), person("story-2/e2", "Tomas Brennick")],
  });
  const other = story([c], {
    id: "story-3",
    label: "Ferry timetable",
    entities: [person("story-3/e1", "Tomas Brennick")],
  });
  return {
    ...brief([a, b, c], [fire, inquiry, other]),
    people: [
      {
        id: "p1",
        name: "Ilsa Varnholt",
        entities: ["story-1/e1", "story-2/e1"],
        stories: ["story-1", "story-2"],
      },
    ],
  };
}

describe("people named in other stories", () => {
  it("are listed under each story's people, with the other stories, in Markdown and HTML", () => {
    const md = renderMarkdown(twoStories());
    expect(md).toContain("- Ilsa Varnholt: story-2 (“Harbour inquiry \\<opens>”)");
    expect(md).toContain("- Ilsa Varnholt: story-1 (“Harbour fire”)");
    // a person of one story only is not listed, nor is a story with no such person given the line
    expect(md).not.toContain("- Tomas Brennick:");
    expect(md.match(/Named in other stories too/g)).toHaveLength(2);
    const html = renderHtml(twoStories());
    expect(html).toContain("Ilsa Varnholt: story-2 (“Harbour inquiry &lt;opens&gt;”)");
    expect(html.match(/Named in other stories too/g)).toHaveLength(2);
  });

  it("lists the first few other stories of a person named in many, and says how many more", () => {
    const n = OTHER_STORIES_SHOWN + 3;
    const articles = Array.from({ length: n }, (_, i) => article(`a${i}.txt`));
    const stories = articles.map((a, i) =>
      story([a], {
        id: `story-${i + 1}`,
        label: `Harbour story ${i + 1}`,
        entities: [person(`story-${i + 1}/e1`, "Ilsa Varnholt", "p1")],
      }),
    );
    const md = renderMarkdown({
      ...brief(articles, stories),
      people: [
        {
          id: "p1",
          name: "Ilsa Varnholt",
          entities: stories.map((s) => `${s.id}/e1`),
          stories: stories.map((s) => s.id),
        },
      ],
    });
    // under the first story: the next five, and the two after them counted
    expect(md).toContain(
      "- Ilsa Varnholt: story-2 (“Harbour story 2”), story-3 (“Harbour story 3”), story-4 (“Harbour story 4”), story-5 (“Harbour story 5”), story-6 (“Harbour story 6”) and 2 more",
    );
    // the last stories are only counted, never listed
    expect(md).not.toContain("story-8 (");
  });
});
