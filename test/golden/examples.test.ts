import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { evaluateExamples } from "../../eval/examples.js";
import { REPO_ROOT } from "../../eval/shared.js";
import { briefJsonSchema } from "../../src/brief/schema.js";
import { runCli } from "../cli.js";

const GOLDEN = join(REPO_ROOT, "test", "golden", "examples.brief.md");
const GOLDEN_JSON = join(REPO_ROOT, "test", "golden", "examples.brief.json");

// A check with a floor below 1 in eval/floors.json (one that by design does not reach every
// gold item yet, such as figures the reader does not model: "all but two", "about double") is
// held to its floor; every other check must miss nothing.
const FLOORS = JSON.parse(readFileSync(join(REPO_ROOT, "eval", "floors.json"), "utf8")) as Record<
  string,
  number
>;
const floorOf = (name: string): number | undefined =>
  FLOORS[
    `examples.${name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "_")
      .replace(/^_|_$/g, "")}`
  ];

describe("example corpus against its gold file", async () => {
  const shares = await evaluateExamples();
  it.each(Object.entries(shares))("%s", (name, share) => {
    expect(share.total).toBeGreaterThan(0);
    const floor = floorOf(name);
    if (floor !== undefined && floor < 1) {
      expect(share.hits / share.total).toBeGreaterThanOrEqual(floor);
    } else {
      expect(share.misses).toEqual([]);
    }
  });
});

describe("golden brief of the example corpus", () => {
  // Reviewed output: a change here must be looked at, then accepted with UPDATE_GOLDEN=1.
  it("matches the reviewed Markdown", () => {
    const r = runCli(["brief", "examples/corpus", "--today", "2026-11-23"]);
    expect(r.status).toBe(0);
    if (process.env.UPDATE_GOLDEN === "1" || !existsSync(GOLDEN)) writeFileSync(GOLDEN, r.stdout);
    expect(r.stdout).toBe(readFileSync(GOLDEN, "utf8"));
  });

  // The JSON contract as a reviewer reads it: a change of a field, a span or a count shows in the
  // diff even where the Markdown does not print it.
  it("matches the reviewed JSON brief", () => {
    const r = runCli(["brief", "examples/corpus", "--today", "2026-11-23", "--format", "json"]);
    expect(r.status).toBe(0);
    if (process.env.UPDATE_GOLDEN === "1" || !existsSync(GOLDEN_JSON))
      // indented, so a reviewer reads the change as a diff (the CLI writes one line)
      writeFileSync(GOLDEN_JSON, `${JSON.stringify(JSON.parse(r.stdout), null, 2)}\n`);
    expect(JSON.parse(r.stdout)).toEqual(JSON.parse(readFileSync(GOLDEN_JSON, "utf8")));
  });
});

describe("published schema", () => {
  it("is the one the code defines (regenerate with npm run schema)", () => {
    const published = JSON.parse(
      readFileSync(join(REPO_ROOT, "schema", "brief-v2.schema.json"), "utf8"),
    );
    expect(published).toEqual(briefJsonSchema());
  });
});
