/**
 * "Who copied whom": the provenance graph (laid out in provenance-layout.ts) and, per copy
 * group, each copy with its aligned sentences side by side.
 */
import type { FC } from "hono/jsx";
import type { BriefArticle, BriefStory } from "../../brief/schema.js";
import { plural, shortId } from "../text.js";
import { CiteLink, citedWords, type Citing } from "./citations.js";
import { provenanceLayout, type LabelBox } from "./provenance-layout.js";

type ById = ReadonlyMap<string, BriefArticle>;

// SVG text is placed by its baseline; the layout's boxes are given by their top
const Label: FC<{ box: LabelBox; cls?: string }> = ({ box, cls }) => (
  <text class={cls} x={box.x} y={box.y + box.size} font-size={box.size}>
    {box.text}
  </text>
);

export const ProvenanceGraph: FC<{ story: BriefStory; byId: ById }> = ({ story, byId }) => {
  const layout = provenanceLayout(story, byId);
  if (!layout) return null;
  const edgeOf = new Map(layout.edges.map((e) => [e.copy, e]));
  return (
    <div class="scroll">
      <svg
        class="provenance"
        role="img"
        aria-label="Who copied whom: origins left, their copies right, one row per article in time order"
        width={layout.width}
        height={layout.height}
        viewBox={`0 0 ${layout.width} ${layout.height}`}
        xmlns="http://www.w3.org/2000/svg"
      >
        <defs>
          <marker
            id="arrow"
            viewBox="0 0 10 10"
            refX={9}
            refY={5}
            markerWidth={7}
            markerHeight={7}
            orient="auto-start-reverse"
          >
            <path d="M0,0L10,5L0,10z" fill="#3d3d3d" />
          </marker>
        </defs>
        {layout.edges.map((e) => (
          <g>
            <path
              class={e.credited ? "edge credited" : "edge uncredited"}
              d={`M${e.from.x},${e.from.y} C${e.from.x - 30},${e.from.y} ${e.to.x + 30},${e.to.y} ${e.to.x + 2},${e.to.y}`}
              marker-end="url(#arrow)"
            >
              <title>{e.tooltip}</title>
            </path>
          </g>
        ))}
        {layout.nodes.map((n) => (
          <g>
            <rect
              class="node"
              x={n.box.x}
              y={n.box.y}
              width={n.box.width}
              height={n.box.height}
              rx={6}
            >
              <title>{`${byId.get(n.id)?.outlet ?? "unknown outlet"} — ${byId.get(n.id)?.title ?? n.id}`}</title>
            </rect>
            <Label box={n.title} />
            <Label box={n.sub} cls="sub" />
            {edgeOf.get(n.id) && (
              <Label
                box={edgeOf.get(n.id)!.label}
                cls={edgeOf.get(n.id)!.credited ? "edge-label" : "edge-label warn"}
              />
            )}
          </g>
        ))}
      </svg>
    </div>
  );
};

export const Reuse: FC<{ story: BriefStory; byId: ById; citing: Citing }> = ({
  story,
  byId,
  citing,
}) => {
  if (!story.reuse?.length || !story.copyGroups) return null;
  return (
    <section>
      <h2>Who copied whom</h2>
      <ProvenanceGraph story={story} byId={byId} />
      {story.copyGroups.map((group) => {
        const origin = byId.get(group.origin);
        const copies = story.reuse!.filter((r) => r.origin === group.origin);
        return (
          <>
            <h3>
              {origin?.outlet ?? "unknown"}
              {origin?.credit && origin.credit !== origin.outlet && ` (${origin.credit} wire)`}{" "}
              <small>{shortId(group.origin)}</small> — origin of{" "}
              {plural(copies.length, "copy", "copies")}
            </h3>
            <div class="scroll">
              <table>
                <thead>
                  <tr>
                    <th>Copy</th>
                    <th>Copies from</th>
                    <th>Kind</th>
                    <th>Sentences aligned</th>
                    <th>Credits its source</th>
                  </tr>
                </thead>
                <tbody>
                  {copies.map((r) => (
                    <>
                      <tr>
                        <td>
                          {byId.get(r.copy)?.outlet ?? "unknown"}
                          <br />
                          <small>{shortId(r.copy)}</small>
                        </td>
                        <td>{shortId(r.source)}</td>
                        <td>{r.kind}</td>
                        <td class="num">{Math.round(r.share * 100)}%</td>
                        <td>{r.credited ? "yes" : <b>no</b>}</td>
                      </tr>
                      <tr>
                        <td colspan={5}>
                          <details>
                            <summary>{r.evidence.length} aligned sentences, side by side</summary>
                            <table class="aligned">
                              <thead>
                                <tr>
                                  <th>{shortId(r.copy)}</th>
                                  <th>{shortId(r.source)}</th>
                                </tr>
                              </thead>
                              <tbody>
                                {r.evidence.map((e) => (
                                  <tr>
                                    <td class={e.similarity >= 1 ? "same" : undefined}>
                                      <CiteLink
                                        span={e.copy}
                                        label={citedWords(citing, e.copy)}
                                        citing={citing}
                                      />
                                    </td>
                                    <td class={e.similarity >= 1 ? "same" : undefined}>
                                      <CiteLink
                                        span={e.source}
                                        label={citedWords(citing, e.source)}
                                        citing={citing}
                                      />{" "}
                                      <span class="sim">{e.similarity.toFixed(2)}</span>
                                    </td>
                                  </tr>
                                ))}
                              </tbody>
                            </table>
                          </details>
                        </td>
                      </tr>
                    </>
                  ))}
                </tbody>
              </table>
            </div>
          </>
        );
      })}
    </section>
  );
};
