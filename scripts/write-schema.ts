/** Writes the published JSON Schema of the brief from its zod definition (npm run schema). */
import { writeFileSync } from "node:fs";
import { briefJsonSchema } from "../src/brief/schema.js";

const path = new URL("../schema/brief-v2.schema.json", import.meta.url);
writeFileSync(path, `${JSON.stringify(briefJsonSchema(), null, 2)}\n`);
process.stdout.write(`wrote ${path.pathname}\n`);
