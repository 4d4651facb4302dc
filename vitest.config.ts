import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: [
      "src/**/*.test.{ts,tsx}",
      "test/**/*.test.{ts,tsx}",
      "eval/**/*.test.ts",
      "bench/**/*.test.ts",
    ],
    testTimeout: 60_000,
  },
});
