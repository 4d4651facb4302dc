import { performance } from "node:perf_hooks";
import { realArticles } from "./bench/real-articles.ts";
import { detectMentions } from "./src/stages/entities/01-mentions.ts";
import { findMentions } from "./src/stages/entities/entities.ts";
const articles = await realArticles("mentions");
for (let r = 0; r < 3; r++) {
  let t = performance.now();
  for (const a of articles) detectMentions(a.clean, a.paragraphs);
  const d = performance.now() - t;
  t = performance.now();
  for (const a of articles) findMentions(a);
  const f = performance.now() - t;
  console.log("detect", Math.round(d), "findMentions", Math.round(f));
}
