/**
 * "Who said what": quotations by speaker; an altered quotation is shown beside the wording it
 * was changed from, word by word, deleted words in <del> and inserted ones in <ins>.
 */
import type { FC } from "hono/jsx";
import type { BriefArticle, BriefStory, QuoteJson } from "../../brief/schema.js";
import {
  bySpeaker,
  outletOfId,
  QUOTES_PER_SPEAKER,
  reportedLabel,
  speakerTally,
} from "../quotes-section.js";
import { plural, truncate } from "../text.js";
import { CiteLink, CiteMarks, citedWords, type Citing } from "./citations.js";
import { wordDiff } from "./word-diff.js";

type ById = ReadonlyMap<string, BriefArticle>;

/** Two wordings side by side: the first with what the second dropped, the second with what it added. */
export const SideBySide: FC<{
  before: string;
  after: string;
  beforeLabel: string;
  afterLabel: string;
}> = ({ before, after, beforeLabel, afterLabel }) => {
  const parts = wordDiff(before, after);
  return (
    <div class="sidebyside">
      <blockquote>
        <small>{beforeLabel}</small>
        <br />
        {parts.map((p) =>
          p.kind === "same" ? p.text : p.kind === "del" ? <del>{p.text}</del> : null,
        )}
      </blockquote>
      <blockquote>
        <small>{afterLabel}</small>
        <br />
        {parts.map((p) =>
          p.kind === "same" ? p.text : p.kind === "ins" ? <ins>{p.text}</ins> : null,
        )}
      </blockquote>
    </div>
  );
};

/** The wording of a quotation in one article: its occurrence there, else the first wording. */
const wordingIn = (q: QuoteJson, article: string, citing: Citing): string => {
  const span = q.occurrences.find((o) => o.span.article === article)?.span;
  return span && citing.texts.has(article) ? citedWords(citing, span) : q.text;
};

const QuoteItem: FC<{ q: QuoteJson; byId: ById; citing: Citing }> = ({ q, byId, citing }) => {
  const first = q.occurrences.find((o) => o.span.article === q.first) ?? q.occurrences[0];
  const where = [first?.venue, first?.when].filter(Boolean).join(", ");
  const reported = q.kind === "indirect";
  const words = reported ? truncate(q.text, 220) : `“${truncate(q.text, 220)}”`;
  const outlets = new Set(q.occurrences.map((o) => o.span.article)).size;
  return (
    <li>
      {reported && <small>{reportedLabel(first?.cue ?? null)}: </small>}
      {first ? <CiteLink span={first.span} label={words} citing={citing} /> : words} — first in{" "}
      {outletOfId(q.first, byId)}
      {outlets > 1 &&
        q.independentSources !== undefined &&
        ` · ${plural(q.independentSources, "independent source")}`}
      {where && ` · ${where}`}
      {q.kind === "partial" && " · partial"}
      {first?.editorial.length ? (
        <>
          {" "}
          · editor's words:{" "}
          {first.editorial.map((e, i) => (
            <>
              {i > 0 && ", "}
              <CiteLink span={e} label={citedWords(citing, e)} citing={citing} />
            </>
          ))}
        </>
      ) : null}
      <CiteMarks spans={q.occurrences.map((o) => o.span)} citing={citing} />
      {q.altered.length +
        q.variants.length +
        q.turnedIndirect.length +
        (q.reattributed?.length ?? 0) >
        0 && (
        <ul>
          {q.altered.map((a) => (
            <li>
              <b>altered</b> in {outletOfId(a.article, byId)}: <small>{a.reason}</small>
              <SideBySide
                before={wordingIn(q, a.against, citing)}
                after={a.text}
                beforeLabel={outletOfId(a.against, byId)}
                afterLabel={outletOfId(a.article, byId)}
              />
            </li>
          ))}
          {q.variants.map((v) => (
            <li>
              {reported ? "in other words in" : "variant in"} {outletOfId(v.article, byId)}:{" "}
              <small>{v.diff}</small>
            </li>
          ))}
          {q.turnedIndirect.map((t) => (
            <li>
              turned into indirect speech in {outletOfId(t.article, byId)}:{" "}
              <CiteLink span={t.span} label={citedWords(citing, t.span)} citing={citing} />
            </li>
          ))}
          {(q.reattributed ?? []).map((r) => (
            <li>
              <b>another speaker</b>: {outletOfId(r.article, byId)} gives these words to {r.speaker}
              <CiteMarks spans={[r.span]} citing={citing} />, {outletOfId(r.against, byId)} to{" "}
              {r.againstSpeaker}
              <CiteMarks spans={[r.againstSpan]} citing={citing} />
            </li>
          ))}
        </ul>
      )}
    </li>
  );
};

export const Quotes: FC<{ story: BriefStory; byId: ById; citing: Citing }> = ({
  story,
  byId,
  citing,
}) => {
  const speakers = bySpeaker(story);
  if (speakers.length === 0) return null;
  return (
    <section>
      <h2>Who said what</h2>
      {speakers.map((s) => (
        <>
          <h3>
            {s.speaker} <small>{speakerTally(s)}</small>
          </h3>
          <ul>
            {s.quotes.slice(0, QUOTES_PER_SPEAKER).map((q) => (
              <QuoteItem q={q} byId={byId} citing={citing} />
            ))}
            {s.quotes.length > QUOTES_PER_SPEAKER && (
              <li>
                <small>… {s.quotes.length - QUOTES_PER_SPEAKER} more in the JSON brief</small>
              </li>
            )}
            {s.reports.slice(0, QUOTES_PER_SPEAKER).map((q) => (
              <QuoteItem q={q} byId={byId} citing={citing} />
            ))}
            {s.reports.length > QUOTES_PER_SPEAKER && (
              <li>
                <small>
                  … {s.reports.length - QUOTES_PER_SPEAKER} more reported statements in the JSON
                  brief
                </small>
              </li>
            )}
          </ul>
        </>
      ))}
    </section>
  );
};
