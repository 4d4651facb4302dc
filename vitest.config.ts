import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts", "eval/**/*.test.ts", "bench/**/*.test.ts"],
    testTimeout: 60_000,
  },
});
