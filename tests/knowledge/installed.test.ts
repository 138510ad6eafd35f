/**
 * The user's installed SDK teaches the plugin: fixture projects whose `node_modules` hold an SDK
 * newer than the tables (a model the tables lack, a deprecation date that has passed, a field and
 * a server tool they do not know), an older one, an unreadable one, and pnpm-style and strict
 * layouts. Linted with ESLint's `Linter` and the rules from source, at a fixed date.
 */
import path from "node:path";
import { Linter } from "eslint";
import * as parser from "@typescript-eslint/parser";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import noUnknownParams from "../../rules/no-unknown-params";
import validModel from "../../rules/valid-model";
import validTools from "../../rules/valid-tools";
import { installedStats, packageRoot, resetInstalledCache, sdkRootFor } from "../../src/knowledge/installed";
import { SDK_SNAPSHOT } from "../../src/knowledge/sdk-snapshot";
import { installPackage, patchedSdkFiles, project, type Project } from "../helpers/sdk-fixture";

const TODAY = "2026-12-06";
const HEAD = 'import Anthropic from "@anthropic-ai/sdk";\nconst client = new Anthropic({ maxRetries: 3 });\n';
const create = (body: string) => `${HEAD}client.messages.create({ max_tokens: 1, messages: [{ role: "user", content: "hi" }], ${body} });\n`;

/** A release after the tables: Opus 6 arrives, Opus 4.6 reaches end of life on December 1st, a field and a tool appear. */
const NEWER = patchedSdkFiles({
  version: "1.18.0",
  released: "2026-12-05",
  addModels: ["claude-opus-6"],
  deprecated: { ...SDK_SNAPSHOT.deprecated, "claude-opus-4-6": "December 1st, 2026" },
  addCreateFields: ["reasoning_summary"],
  addBetaTools: { memory_store_20270101: "memory_store", knowledge_base: "knowledge_base" },
});

const projects: Project[] = [];
afterAll(() => {
  for (const p of projects) p.remove();
});
beforeEach(() => resetInstalledCache());

function makeProject(sdk: Record<string, string> | undefined, layout: "plain" | "pnpm" | "via-bedrock" = "plain"): Project {
  const p = project();
  projects.push(p);
  if (sdk) {
    if (layout === "plain") installPackage(p, ".", "@anthropic-ai/sdk", sdk);
    if (layout === "pnpm") installPackage(p, ".", "@anthropic-ai/sdk", sdk, "node_modules/.pnpm/@anthropic-ai+sdk@x/node_modules/@anthropic-ai/sdk");
    if (layout === "via-bedrock") {
      installPackage(p, ".", "@anthropic-ai/bedrock-sdk", { "package.json": JSON.stringify({ name: "@anthropic-ai/bedrock-sdk", version: "1.3.0" }) });
      installPackage(p, "node_modules/@anthropic-ai/bedrock-sdk", "@anthropic-ai/sdk", sdk);
    }
  }
  return p;
}

interface Report {
  readonly rule: string;
  readonly messageId: string;
  readonly message: string;
}

function lintIn(p: Project, relative: string, code: string, rules: Record<string, unknown> = {}): Report[] {
  const file = p.write(relative, code);
  const linter = new Linter({ configType: "flat", cwd: p.dir });
  const messages = linter.verify(
    code,
    [
      {
        files: ["**/*.ts"],
        languageOptions: { parser: parser as unknown as Linter.Parser },
        settings: { anthropic: { today: TODAY } },
        plugins: { anthropic: { rules: { "valid-model": validModel, "no-unknown-params": noUnknownParams, "valid-tools": validTools } } as never },
        rules: {
          "anthropic/valid-model": "error",
          "anthropic/no-unknown-params": "error",
          "anthropic/valid-tools": "error",
          ...rules,
        },
      },
    ] as Linter.Config[],
    file,
  );
  expect(messages.filter((m) => m.fatal)).toEqual([]);
  return messages.map((m) => ({ rule: m.ruleId ?? "", messageId: m.messageId ?? "", message: m.message }));
}

const ids = (reports: readonly Report[]) => reports.map((r) => r.messageId);

describe("an installed SDK newer than the tables", () => {
  it("declares a model the tables lack: a valid id", () => {
    const p = makeProject(NEWER);
    expect(lintIn(p, "src/a.ts", create('model: "claude-opus-6"'))).toEqual([]);
    // … also for the opt-in report of unrecognized ids
    expect(lintIn(p, "src/b.ts", create('model: "claude-opus-6"'), { "anthropic/valid-model": ["error", { reportUnrecognized: true }] })).toEqual([]);
  });

  it("retires an id whose end-of-life date in its map has passed", () => {
    const p = makeProject(NEWER);
    const reports = lintIn(p, "src/a.ts", create('model: "claude-opus-4-6"'));
    expect(ids(reports)).toEqual(["retiredModel"]);
    expect(reports[0].message).toContain("reached its end-of-life date, December 1st, 2026: the API answers 404");
  });

  it("before that date the id is only deprecated", () => {
    const p = makeProject(NEWER);
    const file = p.write("src/a.ts", create('model: "claude-opus-4-6"'));
    const linter = new Linter({ configType: "flat", cwd: p.dir });
    const messages = linter.verify(
      create('model: "claude-opus-4-6"'),
      [
        {
          files: ["**/*.ts"],
          languageOptions: { parser: parser as unknown as Linter.Parser },
          settings: { anthropic: { today: "2026-11-30" } },
          plugins: { anthropic: { rules: { "valid-model": validModel } } as never },
          rules: { "anthropic/valid-model": "error" },
        },
      ] as Linter.Config[],
      file,
    );
    expect(messages.map((m) => m.messageId)).toEqual(["deprecatedModel"]);
    expect(messages[0].message).toContain("reaches end of life on December 1st, 2026");
  });

  it("accepts a request field and a server tool it declares; other mistakes stay reported", () => {
    const p = makeProject(NEWER);
    expect(lintIn(p, "src/a.ts", create('model: "claude-opus-4-8", reasoning_summary: "auto"'))).toEqual([]);
    expect(
      lintIn(
        p,
        "src/b.ts",
        `${HEAD}client.beta.messages.create({ model: "claude-opus-4-8", max_tokens: 1, messages: [], tools: [{ type: "knowledge_base", name: "knowledge_base" }] });\n`,
      ),
    ).toEqual([]);
    // an OpenAI habit, a near-miss typo, a beta-only field on a GA call
    const reports = lintIn(p, "src/c.ts", create('model: "claude-opus-4-8", response_format: { type: "json_object" }, reasoning_sumary: "auto", mcp_servers: []'));
    expect(ids(reports)).toEqual(["otherApiField", "unknownField", "betaOnly"]);
    expect(reports[1].message).toContain("Did you mean `reasoning_summary`?");
  });

  it("a newer id nobody lists stays silent, unless reportUnrecognized", () => {
    const p = makeProject(NEWER);
    expect(lintIn(p, "src/a.ts", create('model: "claude-opus-6-1"'))).toEqual([]);
    const reports = lintIn(p, "src/b.ts", create('model: "claude-opus-6-1"'), { "anthropic/valid-model": ["error", { reportUnrecognized: true }] });
    expect(ids(reports)).toEqual(["unrecognizedModel"]);
    expect(reports[0].message).toContain("nor by the installed @anthropic-ai/sdk 1.18.0");
    expect(reports[0].message).not.toContain("404");
  });

  it("drops a deprecated id: retired, with its date", () => {
    const dropped = patchedSdkFiles({
      version: "1.18.0",
      released: "2027-01-22",
      removeModels: ["claude-opus-4-5", "claude-opus-4-5-20251101"],
      deprecated: { "claude-mythos-preview": "June 30th, 2026" },
    });
    const p = makeProject(dropped);
    const reports = lintIn(p, "src/a.ts", create('model: "claude-opus-4-5"'));
    expect(ids(reports)).toEqual(["retiredModel"]);
    expect(reports[0].message).toContain("January 22nd, 2027");
  });
});

describe("an installed SDK the tables already know better", () => {
  it("an older SDK that still lists a retired model does not revive it", () => {
    const older = patchedSdkFiles({
      version: "1.14.0",
      released: "2026-11-24",
      addModels: ["claude-sonnet-4-5", "claude-sonnet-4-5-20250929"],
      deprecated: { ...SDK_SNAPSHOT.deprecated, "claude-sonnet-4-5": "November 30th, 2026", "claude-sonnet-4-5-20250929": "November 30th, 2026" },
    });
    const p = makeProject(older);
    const reports = lintIn(p, "src/a.ts", create('model: "claude-sonnet-4-5"'));
    expect(ids(reports)).toEqual(["retiredModel"]);
  });

  it("an SDK that cannot be read changes nothing", () => {
    const p = makeProject({ "package.json": "{ not json", "resources/messages/messages.d.ts": "export type Model = 'claude-opus-6' | (string & {});" });
    expect(ids(lintIn(p, "src/a.ts", create('model: "claude-opus-4-6"')))).toEqual([]);
    expect(ids(lintIn(p, "src/b.ts", create('model: "claude-sonnet-4-5"')))).toEqual(["retiredModel"]);
    expect(ids(lintIn(p, "src/c.ts", create('model: "claude-opus-4-8", reasoning_summary: "auto"')))).toEqual(["unknownField"]);
    // a folder with nothing in it
    const empty = makeProject({ "README.md": "nothing here" });
    expect(ids(lintIn(empty, "src/a.ts", create('model: "claude-opus-4-6"')))).toEqual([]);
  });

  it("no SDK installed at all: the tables decide", () => {
    const p = makeProject(undefined);
    expect(sdkRootFor(p.dir)).toBeUndefined();
    expect(ids(lintIn(p, "a.ts", create('model: "claude-sonnet-4-5-20250514"')))).toEqual(["unknownModel"]);
    expect(ids(lintIn(p, "b.ts", create('model: "claude-opus-4-6"')))).toEqual([]);
  });
});

describe("finding the package the way Node does", () => {
  it("follows a pnpm-style symlink to the real folder", () => {
    const p = makeProject(NEWER, "pnpm");
    expect(sdkRootFor(path.join(p.dir, "src"))).toBe(path.join(p.dir, "node_modules/.pnpm/@anthropic-ai+sdk@x/node_modules/@anthropic-ai/sdk"));
    expect(ids(lintIn(p, "src/a.ts", create('model: "claude-opus-4-6"')))).toEqual(["retiredModel"]);
  });

  it("in a strict layout, finds the SDK a cloud client depends on", () => {
    const p = makeProject(NEWER, "via-bedrock");
    expect(packageRoot(p.dir, "@anthropic-ai/sdk")).toBeUndefined();
    expect(sdkRootFor(p.dir)).toBe(path.join(p.dir, "node_modules/@anthropic-ai/bedrock-sdk/node_modules/@anthropic-ai/sdk"));
    expect(ids(lintIn(p, "a.ts", create('model: "claude-opus-4-6"')))).toEqual(["retiredModel"]);
  });

  it("the nearest node_modules wins (a nested package with its own SDK)", () => {
    const p = makeProject(NEWER);
    installPackage(p, "packages/legacy", "@anthropic-ai/sdk", patchedSdkFiles({ version: "1.17.0", released: "2026-12-03" }));
    expect(ids(lintIn(p, "src/a.ts", create('model: "claude-opus-4-6"')))).toEqual(["retiredModel"]);
    expect(ids(lintIn(p, "packages/legacy/src/a.ts", create('model: "claude-opus-4-6"')))).toEqual([]);
  });

  it("takes the snapshot's release at its word: only its package.json is read", () => {
    const p = makeProject(patchedSdkFiles({ version: SDK_SNAPSHOT.version!, released: SDK_SNAPSHOT.released! }));
    expect(ids(lintIn(p, "a.ts", create('model: "claude-opus-4-6"')))).toEqual([]);
    expect(installedStats.rootsRead).toBe(1);
    expect(installedStats.declarationsParsed).toBe(0);
    // any other release is read in full
    const q = makeProject(NEWER);
    lintIn(q, "a.ts", create('model: "claude-opus-6"'));
    expect(installedStats.declarationsParsed).toBe(1);
  });

  it("reads each package root once per process, however many files and folders", () => {
    const p = makeProject(NEWER);
    for (const dir of ["src", "src/a", "src/a/b", "lib"]) {
      for (const name of ["x.ts", "y.ts"]) lintIn(p, `${dir}/${name}`, create('model: "claude-opus-6"'));
    }
    expect(installedStats.rootsRead).toBe(1);
    // every folder is probed once: the four folders, `src/a`'s parents, and the project root
    const probed = installedStats.directoriesProbed;
    lintIn(p, "src/a/b/z.ts", create('model: "claude-opus-6"'));
    expect(installedStats.directoriesProbed).toBe(probed);
  });
});
