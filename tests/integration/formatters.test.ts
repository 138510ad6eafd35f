/**
 * What CI and code-scanning tools read: the `json` formatter and SARIF
 * (`@microsoft/eslint-formatter-sarif`, as GitHub code scanning uploads it) carry every report with
 * its rule id, and SARIF carries each rule's docs URL as `helpUri`. Run on ESLint 10 and on ESLint 8
 * (eslintrc), the oldest supported.
 */
import { ESLint } from "eslint";
import { beforeAll, describe, expect, it } from "vitest";
import { EXPECTED, RULE_IDS, expectedKeys, reportKey } from "./expected";
import { EXAMPLES, exampleName, loadBuiltPlugin, requireFromRoot, ruleTitle, usePluginHome, type ESLintConstructor, type ESLintLike, type LintResult } from "./helpers";

const SARIF = "@microsoft/eslint-formatter-sarif";

interface JsonResult {
  filePath: string;
  messages: { ruleId: string | null; line: number; message: string }[];
}

interface SarifLog {
  version: string;
  runs: {
    tool: { driver: { name: string; rules: { id: string; helpUri?: string; shortDescription?: { text: string } }[] } };
    results: {
      ruleId: string;
      level: string;
      message: { text: string };
      locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[];
    }[];
  }[];
}

function docsUrl(ruleId: string): string | undefined {
  return loadBuiltPlugin().rules[ruleId.replace(/^anthropic\//, "")]?.meta.docs?.url;
}

function describeFormatters(title: string, make: () => ESLintLike) {
  describe(title, () => {
    let eslint: ESLintLike;
    let results: LintResult[] = [];
    let json: JsonResult[] = [];
    let sarif: SarifLog;

    beforeAll(async () => {
      eslint = make();
      results = await eslint.lintFiles(["."]);
      json = JSON.parse(await (await eslint.loadFormatter("json")).format(results)) as JsonResult[];
      const data = { cwd: EXAMPLES, rulesMeta: eslint.getRulesMetaForResults(results) };
      sarif = JSON.parse(await (await eslint.loadFormatter(SARIF)).format(results, data)) as SarifLog;
    });

    for (const ruleId of RULE_IDS) {
      it(`json: every report of ${ruleTitle(ruleId)} with file, line and rule id`, () => {
        const keys = json.flatMap((r) =>
          r.messages.filter((m) => m.ruleId === ruleId).map((m) => reportKey({ file: exampleName(r.filePath), ruleId, line: m.line })),
        );
        expect(keys.sort()).toEqual(expectedKeys(ruleId));
        for (const r of json) for (const m of r.messages) expect(m.message.length).toBeGreaterThan(20);
      });

      it(`sarif: the reports and the rule (helpUri = docs URL) of ${ruleTitle(ruleId)}`, () => {
        const [run] = sarif.runs;
        const rule = run.tool.driver.rules.find((r) => r.id === ruleId);
        expect(rule?.helpUri).toBe(docsUrl(ruleId));
        expect(rule?.helpUri).toMatch(new RegExp(`/docs/rules/${ruleId.replace(/^anthropic\//, "")}\\.md$`));
        expect(rule?.shortDescription?.text).toEqual(expect.any(String));
        const keys = run.results
          .filter((r) => r.ruleId === ruleId)
          .map((r) => {
            const loc = r.locations[0].physicalLocation;
            const file = decodeURIComponent(loc.artifactLocation.uri).replace(/^.*\/examples\//, "");
            return reportKey({ file, ruleId, line: loc.region.startLine });
          });
        expect(keys.sort()).toEqual(expectedKeys(ruleId));
      });
    }

    it("sarif: a valid 2.1.0 log of ESLint results, errors as `error`", () => {
      expect(sarif.version).toBe("2.1.0");
      expect(sarif.runs).toHaveLength(1);
      expect(sarif.runs[0].tool.driver.name).toBe("ESLint");
      const registered = EXPECTED.filter((e) => docsUrl(e.ruleId) !== undefined);
      expect(sarif.runs[0].results.length).toBe(registered.length);
      for (const r of sarif.runs[0].results) expect(r.level).toBe("error");
    });

    it("getRulesMetaForResults gives each reported rule's docs URL (editors link to it)", () => {
      const meta = eslint.getRulesMetaForResults(results);
      for (const ruleId of new Set(results.flatMap((r) => r.messages.map((m) => m.ruleId ?? "")))) {
        expect(meta[ruleId]?.docs?.url, ruleId).toBe(docsUrl(ruleId));
      }
    });
  });
}

describeFormatters("ESLint 10, flat config", () => new (ESLint as unknown as ESLintConstructor)({ cwd: EXAMPLES }));

describe("ESLint 8, eslintrc", () => {
  const home = usePluginHome();
  const { ESLint: ESLint8 } = requireFromRoot("eslint-v8") as { ESLint: ESLintConstructor };
  describeFormatters("formatters", () => new ESLint8({ cwd: EXAMPLES, resolvePluginsRelativeTo: home() }));
});
