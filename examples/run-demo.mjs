// `npm run demo`: lint the examples with examples/eslint.config.mjs and print the reports.
//
// The examples contain deliberate mistakes, so the reports are the expected output and the demo
// exits 0 when it shows them. It exits 1 when something is really wrong: ESLint cannot run, a file
// cannot be parsed, or nothing at all is reported (the plugin would then not be working).
import { ESLint } from "eslint";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";

const examples = dirname(fileURLToPath(import.meta.url));

try {
  // cwd = examples/, so ESLint finds examples/eslint.config.mjs as it finds a project's config.
  const eslint = new ESLint({ cwd: examples });
  const results = await eslint.lintFiles(["."]);
  const formatter = await eslint.loadFormatter("stylish");
  process.stdout.write(await formatter.format(results));

  const fatal = results.flatMap((r) => r.messages.filter((m) => m.fatal).map((m) => `${r.filePath}:${m.line}: ${m.message}`));
  const reports = results.reduce((n, r) => n + r.messages.length, 0);
  if (fatal.length > 0) {
    console.error(`demo: ${fatal.length} file(s) could not be linted:\n${fatal.join("\n")}`);
    process.exitCode = 1;
  } else if (reports === 0) {
    console.error("demo: nothing was reported; the examples should show problems. Is the plugin built (npm run build)?");
    process.exitCode = 1;
  } else {
    console.log(
      `These ${reports} problems are expected: each is marked \`// ✗ anthropic/<rule>\` in examples/. ` +
        "examples/correct.ts and examples/look-alikes.ts have none.",
    );
  }
} catch (error) {
  console.error("demo: ESLint failed:", error);
  process.exitCode = 1;
}
