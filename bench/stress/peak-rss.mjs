// Preloaded into the command `npm run stress` measures (node --import): at exit, writes the
// process's peak resident set size in kB to the file named by STRESS_PEAK_RSS_FILE, so the parent
// can read a child's peak memory without a platform tool such as /usr/bin/time.
import { writeFileSync } from "node:fs";
import process from "node:process";

const file = process.env.STRESS_PEAK_RSS_FILE;
if (file) {
  process.on("exit", () => {
    writeFileSync(file, String(process.resourceUsage().maxRSS));
  });
}
