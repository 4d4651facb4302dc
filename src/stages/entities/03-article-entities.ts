import type { Article, EntityMention } from "../../model/index.js";
import { GIVEN_NAMES } from "./00-gazetteers.js";
import { detectMentions } from "./01-mentions.js";
import { nameKey } from "./02-names.js";

/**
 * Titles and roles that stand before a person's name in news copy. Kept with the person as
 * titles ("Defense Secretary Ana Ruiz" → title "Defense Secretary"), never as a name.
 */
const ROLE_WORD =
  /\b(?:President|Vice President|Prime Minister|Minister|Secretary|Chancellor|Senator|Sen|Rep|Representative|Governor|Gov|Mayor|General|Gen|Lieutenant General|Lt|Colonel|Col|Admiral|Adm|Ambassador|Envoy|envoy|Adviser|Advisor|adviser|advisor|spokesperson|spokesman|spokeswoman|Chief|chief|Director|director|Leader|leader|Judge|Justice|King|Queen|Prince|Pope|Dr|Prof|Officer|Commissioner|Chairman|Chairwoman|Chair|CEO|Speaker)\b/;
/** Words a title is made of besides capitalised ones: "special envoy", "national security adviser". */
const TITLE_WORD =
  /^(?:[A-Z][\w.'’-]*|of|the|on|for|special|national|security|deputy|foreign|defense|defence|retired|former|senior|top|chief|envoy|adviser|advisor|spokesperson|spokesman|spokeswoman|minister|secretary|president|general)$/;

/** The title written right before a name, within its clause: "Defense Secretary" for "… Defense Secretary Ana Ruiz". */
function titleBefore(text: string, start: number): string | null {
  // Only the clause the name stands in: back to the last punctuation mark or line break.
  const clause =
    text
      .slice(Math.max(0, start - 80), start)
      .split(/[.,;:!?()"“”\n]|\band\b/)
      .pop() ?? "";
  const words = clause.trim().split(/\s+/).filter(Boolean);
  let from = words.length;
  while (from > 0 && TITLE_WORD.test(words[from - 1]!)) from--;
  const title = words
    .slice(from)
    .join(" ")
    .replace(/^(?:the|of|on|for)\s+/i, "");
  return title && ROLE_WORD.test(title) ? title : null;
}

/**
 * The entity mentions of one article: mention detection on its clean text, each person's title
 * kept, and a surname alone linked to the full name it stands for in the same article
 * ("Castellane" → "Miriam Castellane") when exactly one full name ends with it.
 */
export function articleMentions(article: Article): EntityMention[] {
  const text = article.clean;
  // Paragraph by paragraph: a name never runs over a paragraph break.
  const raw = article.paragraphs.flatMap((p) =>
    detectMentions(text.slice(p.start, p.end)).map((m) => ({
      ...m,
      start: m.start + p.start,
      end: m.end + p.start,
    })),
  );
  const fullNames = new Map<string, Set<string>>(); // surname key → full name keys
  for (const m of raw) {
    const parts = m.text.split(/\s+/);
    if (m.type === "person" && parts.length > 1) {
      const surname = nameKey(parts[parts.length - 1]!);
      (fullNames.get(surname) ?? fullNames.set(surname, new Set()).get(surname)!).add(
        nameKey(m.text),
      );
    }
  }
  return raw.map((m) => {
    const key = nameKey(m.text);
    const full = m.type === "person" && !key.includes(" ") ? fullNames.get(key) : undefined;
    let type = m.type;
    let title = type === "person" ? titleBefore(text, m.start) : null;
    let start = m.start;
    // "Secretary of State Marco Rubio": a title ending in "of" takes the name's first word, and
    // what follows is a person when it opens with a given name.
    const before = titleBefore(text, m.start);
    if (before && /\bof$/.test(before) && m.text.includes(" ")) {
      const first = m.text.slice(0, m.text.indexOf(" "));
      const rest = m.text.slice(first.length + 1);
      if (type === "person" || GIVEN_NAMES.has(rest.split(" ")[0]!.toLowerCase())) {
        type = "person";
        title = `${before} ${first}`;
        start = m.start + first.length + 1;
      }
    }
    const name = text.slice(start, m.end);
    return {
      start,
      end: m.end,
      text: name,
      type,
      key: full && full.size === 1 ? [...full][0]! : nameKey(name),
      title,
    };
  });
}
