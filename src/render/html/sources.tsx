/**
 * "Sources": the story's articles in time order (undated last), numbered as the citation marks
 * number them, with headline, author, outlet, wire credit and where each copy comes from, under
 * a line that says who reported the story first.
 */
import type { FC } from "hono/jsx";
import type { BriefArticle, BriefStory } from "../../brief/schema.js";
import { dateWithOrigin, plural, removedSummary, shortId } from "../text.js";
import { removedWords } from "../../brief/span-words.js";
import { httpUrl } from "./safe-url.js";
import { firstReportedBy, sourcesInTimeOrder } from "./source-order.js";

type ById = ReadonlyMap<string, BriefArticle>;

/** The id of a story's article row, for links to it; unique on a page of many stories. */
export const sourceRowId = (storyId: string, n: number): string => `${storyId}-article-${n}`;

/** A headline that links to its article only when the URL is http(s). */
export const Headline: FC<{ article: BriefArticle }> = ({ article }) => {
  const url = httpUrl(article.url);
  const title = article.title ?? shortId(article.id);
  return url ? (
    <a href={url} rel="noopener noreferrer nofollow">
      {title}
    </a>
  ) : (
    <>
      {title}
      {article.url && (
        <>
          <br />
          <small>{article.url}</small>
        </>
      )}
    </>
  );
};

const Origin: FC<{ story: BriefStory; id: string; byId: ById; number: (id: string) => number }> = ({
  story,
  id,
  byId,
  number,
}) => {
  const copied = (story.reuse ?? []).find((r) => r.copy === id);
  if (copied) {
    const source = byId.get(copied.source);
    return (
      <>
        copy of [{number(copied.source)}] {source?.outlet ?? "unknown outlet"}{" "}
        <small>
          {copied.kind}, {copied.credited ? "credited" : <b>not credited</b>}
        </small>
      </>
    );
  }
  const copies = (story.reuse ?? []).filter((r) => r.source === id).length;
  return <>{copies > 0 ? `origin of ${plural(copies, "copy", "copies")}` : "original"}</>;
};

export const Sources: FC<{ story: BriefStory; byId: ById }> = ({ story, byId }) => {
  const order = sourcesInTimeOrder(story, byId);
  const number = (id: string): number => order.indexOf(id) + 1;
  const firstId = firstReportedBy(story, byId);
  const first = firstId === null ? undefined : byId.get(firstId);
  return (
    <section>
      <h2>Sources</h2>
      <p>
        {plural(story.independentSources, "independent source")} after collapsing copies of one
        origin.{" "}
        {first ? (
          <>
            First reported by{" "}
            <a href={`#${sourceRowId(story.id, number(first.id))}`}>
              {first.outlet ?? shortId(first.id)}
            </a>{" "}
            on {first.published}.
          </>
        ) : (
          "No article is dated: who reported first is unknown."
        )}
      </p>
      <div class="scroll">
        <table class="sources">
          <thead>
            <tr>
              <th>#</th>
              <th>Published</th>
              <th>Outlet</th>
              <th>Headline</th>
              <th>Author</th>
              <th>Credit</th>
              <th>Copy of</th>
              <th>Words</th>
              <th>Boilerplate removed</th>
            </tr>
          </thead>
          <tbody>
            {order.map((id, i) => {
              const a = byId.get(id);
              if (!a) return null;
              return (
                <tr id={sourceRowId(story.id, i + 1)}>
                  <td>{i + 1}</td>
                  <td>{dateWithOrigin(a)}</td>
                  <td>
                    {a.outlet ?? "unknown"}
                    {a.outletFrom === "text" && (
                      <>
                        {" "}
                        <small>(from text)</small>
                      </>
                    )}
                    <br />
                    <small>{shortId(a.id)}</small>
                  </td>
                  <td>
                    <Headline article={a} />
                  </td>
                  <td>{a.author ?? "—"}</td>
                  <td>{a.credit ?? "—"}</td>
                  <td>
                    <Origin story={story} id={id} byId={byId} number={number} />
                  </td>
                  <td class="num">{a.words}</td>
                  <td>
                    {a.removed.length ? (
                      <details>
                        <summary>{removedSummary(a)}</summary>
                        <ul>
                          {a.removed.map((r) => (
                            <li>
                              <b>{r.reason}</b>: {removedWords(a, r)}
                            </li>
                          ))}
                        </ul>
                      </details>
                    ) : (
                      "none"
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
};
