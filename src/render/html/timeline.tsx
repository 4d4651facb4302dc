/**
 * The timeline: the story's events on an axis scaled to real time (long gaps cut out as marked
 * breaks, see timeline-scale.ts), then as a list with their outlets and citations. The picture
 * keeps its drawn size and scrolls sideways in its own box on a narrow screen; the list below
 * says everything the picture does.
 */
import type { FC } from "hono/jsx";
import type { BriefArticle, BriefStory, TimelineEventJson } from "../../brief/schema.js";
import { outletOfId } from "../quotes-section.js";
import { TIMELINE_SHOWN, whenOf } from "../timeline-section.js";
import { truncate } from "../text.js";
import { CiteMarks, type Citing } from "./citations.js";
import { textWidth } from "./text-width.js";
import { dayNumber, spanWords, timeScale } from "./timeline-scale.js";

const WIDTH = 880;
const PAD = 50;
const AXIS_Y = 44;
const HEIGHT = 96;
const FONT = 12;
const WHAT_CHARS = 160;

export type TimelineMark = {
  readonly x: number;
  readonly event: TimelineEventJson;
  /** The date label drawn under (row 0) or over (row 1) the axis, or null when none fits. */
  readonly label: { text: string; x: number; row: 0 | 1; width: number } | null;
};

/**
 * Marks and date labels. A label is centred on its mark; it goes on the first row (under, then
 * over the axis) where it does not touch the previous label of that row, else it is left out
 * (the mark's tooltip and the list still give the date).
 */
export function timelineMarks(events: readonly TimelineEventJson[]): {
  marks: TimelineMark[];
  breaks: { x: number; days: number }[];
} {
  const dated = events.filter((e) => dayNumber(e.date) !== null);
  const scale = timeScale(
    dated.map((e) => dayNumber(e.date)!),
    PAD,
    WIDTH - 2 * PAD,
  );
  const rowEnd = [-Infinity, -Infinity];
  let lastDate: string | null = null;
  const marks = dated.map((event): TimelineMark => {
    const x = scale.at(dayNumber(event.date)!);
    const text = whenOf(event);
    if (text === lastDate) return { x, event, label: null };
    lastDate = text;
    const width = textWidth(text, FONT);
    const left = x - width / 2;
    const row = ([0, 1] as const).find((r) => left >= rowEnd[r]! + 6);
    if (row === undefined) return { x, event, label: null };
    rowEnd[row] = left + width;
    return { x, event, label: { text, x, row, width } };
  });
  return { marks, breaks: [...scale.breaks] };
}

const outletsOf = (e: TimelineEventJson, byId: ReadonlyMap<string, BriefArticle>): string =>
  [...new Set(e.sources.map((s) => outletOfId(s.article, byId)))].join(", ");

export const Timeline: FC<{
  story: BriefStory;
  byId: ReadonlyMap<string, BriefArticle>;
  citing: Citing;
}> = ({ story, byId, citing }) => {
  if (!story.timeline?.length) return null;
  const shown = story.timeline.slice(0, TIMELINE_SHOWN);
  const { marks, breaks } = timelineMarks(shown);
  return (
    <section>
      <h2>Timeline</h2>
      {marks.length > 0 && (
        <div class="scroll">
          <svg
            xmlns="http://www.w3.org/2000/svg"
            class="timeline"
            width={WIDTH}
            height={HEIGHT}
            viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
            role="img"
            aria-label="Timeline, to scale; long gaps are cut out"
          >
            <line class="axis" x1={PAD} y1={AXIS_Y} x2={WIDTH - PAD} y2={AXIS_Y} />
            {breaks.map((b) => (
              <g>
                <rect x={b.x - 9} y={AXIS_Y - 8} width={18} height={16} fill="#fff" />
                <line class="break" x1={b.x - 7} y1={AXIS_Y + 8} x2={b.x - 1} y2={AXIS_Y - 8} />
                <line class="break" x1={b.x + 1} y1={AXIS_Y + 8} x2={b.x + 7} y2={AXIS_Y - 8} />
                <text class="sub" x={b.x} y={AXIS_Y + 40} font-size={FONT} text-anchor="middle">
                  {`${spanWords(b.days)} later`}
                </text>
              </g>
            ))}
            {marks.map((m) => (
              <circle
                cx={m.x.toFixed(1)}
                cy={AXIS_Y}
                r={6}
                fill={m.event.scheduled ? "#fff" : "#2b6cb0"}
                stroke="#2b6cb0"
                stroke-width={2}
              >
                <title>{`${whenOf(m.event)}: ${truncate(m.event.what, WHAT_CHARS)}`}</title>
              </circle>
            ))}
            {marks.map((m) =>
              m.label ? (
                <text
                  x={m.label.x.toFixed(1)}
                  y={m.label.row === 0 ? AXIS_Y + 24 : AXIS_Y - 14}
                  font-size={FONT}
                  text-anchor="middle"
                >
                  {m.label.text}
                </text>
              ) : null,
            )}
          </svg>
        </div>
      )}
      <ul class="timeline">
        {shown.map((e) => (
          <li>
            <b>{whenOf(e)}</b>
            {e.scheduled && (
              <>
                {" "}
                <small>(scheduled)</small>
              </>
            )}{" "}
            — {truncate(e.what, WHAT_CHARS)} <small>{outletsOf(e, byId)}</small>
            <CiteMarks spans={e.sources} citing={citing} />
          </li>
        ))}
      </ul>
    </section>
  );
};
