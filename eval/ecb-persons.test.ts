import { describe, expect, it } from "vitest";
import { hasShared, sharedPath } from "./shared.js";
import { evaluateEcbPersons } from "./ecb-persons.js";

// ECB+ lives in ../shared/datasets beside the repository; a clone without it skips this.
describe.skipIf(!hasShared("datasets", "ecbplus"))(
  "ECB+ person clustering (needs ../shared/datasets/ecbplus)",
  () => {
    it("places named gold mentions in our person entities", async () => {
      const score = await evaluateEcbPersons(sharedPath("datasets", "ecbplus"));
      expect(score.mentions).toBeGreaterThan(1000);
      expect(score.found).toBeGreaterThan(score.mentions / 2);
      expect(score.precision).toBeGreaterThan(0.9);
    }, 120_000);
  },
);
