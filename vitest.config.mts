import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    setupFiles: ["tests/setup.ts"],
    // Generous: tests never assert on time; a limit only catches a hang (the 5 MB file and the
    // fuzz run take most of a minute on a loaded 2-core machine).
    testTimeout: 600_000,
    hookTimeout: 60_000,
  },
});
