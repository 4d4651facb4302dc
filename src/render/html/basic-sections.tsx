/** The story page's plainer sections: header, warnings, summary, key claims, figures, entities. */
import type { FC } from "hono/jsx";
import type { BriefArticle, BriefStory, ClaimJson } from "../../brief/schema.js";
import { figureCells, shownFigures } from "../figures-section.js";
import { attributionText, dateRange, plural, shortId, truncate } from "../text.js";
import { storyList, type NamedElsewhere } from "../people.js";
import { CiteMarks, type Citing } from "./citations.js";

type Props = { story: BriefStory; byId: ReadonlyMap<string, BriefArticle>; citing: Citing };

/** Entities listed in "People and organisations"; the JSON brief has them all. */
const ENTITIES_SHOWN = 30;
/** Claims listed beyond the key ones, folded away. */
const OTHER_CLAIMS_SHOWN = 40;

export const StoryHeader: FC<{ story: BriefStory }> = ({ story }) => (
  <header>
    <h1>{story.label}</h1>
    <p class="meta">
      {dateRange(story.from, story.to)} · {plural(story.articles.length, "article")} ·{" "}
      {plural(story.outlets.length, "outlet")} ·{" "}
      {plural(story.independentSources, "independent source")}
    </p>
  </header>
);

export const Warnings: FC<Omit<Props, "citing">> = ({ story, byId }) => {
  const undated = story.warnings.some((w) => w.kind === "undated")
    ? []
    : story.articles.filter((id) => !byId.get(id)?.published);
  if (story.warnings.length === 0 && undated.length === 0) return null;
  return (
    <ul class="note">
      {story.warnings.map((w) => (
        <li>
          <b>Warning:</b> {w.message}
        </li>
      ))}
      {/* the JSON has an undated warning when the claims stage ran; without it, say it here */}
      {undated.length > 0 && (
        <li>Undated: {undated.map(shortId).join(", ")} — no date in metadata or text.</li>
      )}
    </ul>
  );
};

export const Summary: FC<Props> = ({ story, citing }) =>
  story.summary?.length ? (
    <section>
      <h2>Summary</h2>
      <div class="summary">
        {story.summary.map((s) => (
          <p>
            {s.text}
            <CiteMarks spans={s.cites} citing={citing} />
          </p>
        ))}
      </div>
      {story.summaryShort && (
        <p>
          <small>The story has too little text for a full summary of 120 words.</small>
        </p>
      )}
    </section>
  ) : null;

const StatusBadge: FC<{ claim: ClaimJson }> = ({ claim }) => (
  <span class={`status ${claim.status}`}>
    {claim.status === "corroborated"
      ? `corroborated · ${claim.independentSources} sources`
      : claim.status === "contested"
        ? "contested"
        : "single source"}
  </span>
);

const ClaimItem: FC<{ claim: ClaimJson; citing: Citing }> = ({ claim, citing }) => (
  <li>
    {truncate(claim.text, 300)}{" "}
    {claim.attribution?.length ? (
      <>
        <small class="attribution">{attributionText(claim.attribution)}</small>{" "}
      </>
    ) : null}
    <StatusBadge claim={claim} />
    {claim.contestedBy.length > 0 && (
      <>
        {" "}
        <small>{claim.contestedBy.join("; ")}</small>
      </>
    )}
    <CiteMarks spans={claim.sources} citing={citing} />
  </li>
);

export const Claims: FC<Props> = ({ story, citing }) => {
  const all = story.claims ?? [];
  const key = all.filter((c) => c.key);
  if (key.length === 0) return null;
  const rest = all.filter((c) => !c.key).slice(0, OTHER_CLAIMS_SHOWN);
  return (
    <section>
      <h2>Key claims</h2>
      <ol class="claims">
        {key.map((c) => (
          <ClaimItem claim={c} citing={citing} />
        ))}
      </ol>
      {rest.length > 0 && (
        <details>
          <summary>{plural(rest.length, "other claim")}</summary>
          <ol>
            {rest.map((c) => (
              <ClaimItem claim={c} citing={citing} />
            ))}
          </ol>
        </details>
      )}
    </section>
  );
};

export const Figures: FC<Props> = ({ story, byId, citing }) => {
  const shown = shownFigures(story);
  if (shown.length === 0) return null;
  return (
    <section>
      <h2>Figures</h2>
      <div class="scroll">
        <table>
          <thead>
            <tr>
              <th>Figure</th>
              <th>What it measures</th>
              <th>Outlets</th>
              <th>Independent sources</th>
              <th>Agreement</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((f) => {
              const [text, about, outlets, independent, agreement] = figureCells(f, byId).map((c) =>
                c.replace(/\*\*/g, ""),
              );
              return (
                <tr>
                  <td>
                    {text}
                    <CiteMarks spans={f.occurrences} citing={citing} />
                  </td>
                  <td>{about}</td>
                  <td>{outlets}</td>
                  <td class="num">{independent}</td>
                  <td>
                    <span class={f.agreement === "conflicting" ? "contested status" : undefined}>
                      {agreement}
                    </span>
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

export const Entities: FC<Omit<Props, "citing"> & { others?: readonly NamedElsewhere[] }> = ({
  story,
  byId,
  others = [],
}) => {
  const shown = (story.entities ?? []).filter((e) => e.type !== "other").slice(0, ENTITIES_SHOWN);
  if (shown.length === 0) return null;
  // only the people the table shows: a story can name hundreds
  const listed = new Set(shown.map((e) => e.id));
  const elsewhere = others.filter((o) => listed.has(o.entity));
  return (
    <section>
      <h2>People and organisations</h2>
      <div class="scroll">
        <table>
          <thead>
            <tr>
              <th>Name</th>
              <th>Type</th>
              <th>Titles</th>
              <th>Also written</th>
              <th>Outlets</th>
              <th>Mentions</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((e) => {
              const outlets = [
                ...new Set(e.articles.map((id) => byId.get(id)?.outlet).filter((o) => !!o)),
              ];
              return (
                <tr>
                  <td>{e.name}</td>
                  <td>{e.type}</td>
                  <td>{e.titles.join("; ") || "—"}</td>
                  <td>{e.aliases.join("; ") || "—"}</td>
                  <td>{outlets.join(", ") || "—"}</td>
                  <td class="num">{e.mentions}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {elsewhere.length > 0 && (
        <>
          <p>
            <small>
              Named in other stories too (by the same full name, which a namesake shares):
            </small>
          </p>
          <ul>
            {elsewhere.map((o) => (
              <li>
                {o.name}: {storyList(o, (l) => truncate(l, 60))}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
};
