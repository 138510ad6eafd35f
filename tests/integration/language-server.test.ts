/**
 * The real VS Code ESLint language server (`vscode-eslint-language-server` from
 * vscode-langservers-extracted, the server of the vscode-eslint extension) in a project that uses
 * the built plugin: started over stdio, initialized with the settings the extension sends, a
 * document with a bad request opened, its diagnostics pulled (`textDocument/diagnostic`), and the
 * quick fix asked for (`textDocument/codeAction`) and applied (`workspace/executeCommand`, which
 * makes the server send the edit back with `workspace/applyEdit`).
 *
 * The server resolves `eslint` from the document's folder, as the extension does in a user's
 * workspace; each project here has its own node_modules whose `eslint` is one of the ESLint
 * versions of this repository, and whose config is the README's snippet:
 *
 * - ESLint 10 and ESLint 9, flat config (`eslint.config.mjs`);
 * - ESLint 8.57, eslintrc (`.eslintrc.json`), with the extension's default settings;
 * - ESLint 9, eslintrc, with the extension's `"eslint.useFlatConfig": false`.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT, assertBuilt, loadBuiltPlugin, requireFromRoot } from "./helpers";
import { HOOK_TIMEOUT } from "./install-helpers";
import { LspClient, applyTextEdits, positionAt, type CodeAction, type Diagnostic, type WorkspaceEdit } from "./lsp-client";
import { readmeBlock } from "./readme";

const SERVER = requireFromRoot.resolve("vscode-langservers-extracted/bin/vscode-eslint-language-server");

const DOCUMENT = [
  'import Anthropic from "@anthropic-ai/sdk";',
  "",
  "const client = new Anthropic({ maxRetries: 4 });",
  "",
  "export async function answer(question: string) {",
  "  return client.messages.create({",
  '    model: "claude-sonnet-4-6",',
  "    max_tokens: 1024,",
  '    tools: [{ name: "lookup_order", description: "Look up an order by id", input_schema: { type: "object", properties: {} } }],',
  '    tool_choice: "required",',
  '    messages: [{ role: "user", content: question }],',
  "  });",
  "}",
  "",
].join("\n");
const BAD = '"required"';
const FIXED = DOCUMENT.replace(`tool_choice: ${BAD}`, 'tool_choice: { type: "any" }');
const RULE = "anthropic/valid-tool-choice";

interface Setup {
  title: string;
  /** The package under the repository's node_modules that the project's `eslint` is. */
  eslint: "eslint" | "eslint-v9" | "eslint-v8";
  major: number;
  config: "flat" | "eslintrc";
  /** The extension's `eslint.useFlatConfig` setting; undefined is its default (unset). */
  useFlatConfig?: boolean;
}

const SETUPS: Setup[] = [
  { title: "ESLint 10, flat config", eslint: "eslint", major: 10, config: "flat" },
  { title: "ESLint 9, flat config", eslint: "eslint-v9", major: 9, config: "flat" },
  { title: "ESLint 8.57, eslintrc", eslint: "eslint-v8", major: 8, config: "eslintrc" },
  { title: "ESLint 9, eslintrc (eslint.useFlatConfig: false)", eslint: "eslint-v9", major: 9, config: "eslintrc", useFlatConfig: false },
];

/** The packages the README's configs import, linked from this repository as `npm install` would leave them. */
function linkPackages(project: string, eslint: Setup["eslint"]): void {
  const links: Record<string, string> = {
    eslint: join(ROOT, "node_modules", eslint),
    "eslint-plugin-anthropic": ROOT,
    "typescript-eslint": join(ROOT, "node_modules/typescript-eslint"),
    "@typescript-eslint/parser": join(ROOT, "node_modules/@typescript-eslint/parser"),
    typescript: join(ROOT, "node_modules/typescript"),
  };
  for (const [name, target] of Object.entries(links)) {
    const link = join(project, "node_modules", name);
    mkdirSync(dirname(link), { recursive: true });
    symlinkSync(target, link, process.platform === "win32" ? "junction" : "dir");
  }
}

/**
 * The settings the vscode-eslint extension answers to the server's `workspace/configuration`
 * request for a document, at their defaults, except `validate: "on"` (the extension sends "on"
 * for the languages it validates) and the flat-config choice.
 */
function extensionSettings(workspace: string, useFlatConfig: boolean | undefined): Record<string, unknown> {
  return {
    validate: "on",
    packageManager: "npm",
    useESLintClass: false,
    ...(useFlatConfig === undefined ? {} : { useFlatConfig }),
    experimental: { useFlatConfig: false },
    codeActionOnSave: { mode: "all" },
    format: false,
    quiet: false,
    onIgnoredFiles: "off",
    options: {},
    rulesCustomizations: [],
    run: "onType",
    problems: { shortenToSingleLine: false },
    nodePath: null,
    workspaceFolder: { name: basename(workspace), uri: pathToFileURL(workspace).href },
    codeAction: {
      disableRuleComment: { enable: true, location: "separateLine", commentStyle: "line" },
      showDocumentation: { enable: true },
    },
  };
}

const CLIENT_CAPABILITIES = {
  workspace: {
    applyEdit: true,
    configuration: true,
    workspaceFolders: true,
    workspaceEdit: { documentChanges: true },
    didChangeConfiguration: { dynamicRegistration: true },
    executeCommand: { dynamicRegistration: true },
    diagnostics: { refreshSupport: true },
  },
  textDocument: {
    synchronization: { dynamicRegistration: true, didSave: true },
    diagnostic: { dynamicRegistration: true, relatedDocumentSupport: false },
    publishDiagnostics: { relatedInformation: true, codeDescriptionSupport: true },
    codeAction: {
      dynamicRegistration: true,
      isPreferredSupport: true,
      codeActionLiteralSupport: { codeActionKind: { valueSet: ["", "quickfix", "refactor", "source", "source.fixAll"] } },
    },
  },
  window: { workDoneProgress: true },
};

function describeServer(setup: Setup): void {
  describe(`vscode-eslint-language-server, ${setup.title}`, () => {
    let project = "";
    let uri = "";
    let server: LspClient;
    const applied: WorkspaceEdit[] = [];
    let diagnostics: Diagnostic[] = [];
    let firstPullMs = 0;

    beforeAll(async () => {
      assertBuilt();
      project = mkdtempSync(join(tmpdir(), "eslint-plugin-anthropic-ls-"));
      linkPackages(project, setup.eslint);
      writeFileSync(join(project, "package.json"), `${JSON.stringify({ name: "ls-check", private: true }, null, 2)}\n`);
      if (setup.config === "flat") {
        writeFileSync(join(project, "eslint.config.mjs"), readmeBlock("Flat config (ESLint 9 and 10)", { lang: "js" }));
      } else {
        writeFileSync(join(project, ".eslintrc.json"), readmeBlock("eslintrc (ESLint 8.57, and ESLint 9 with `ESLINT_USE_FLAT_CONFIG=false`)", { lang: "json" }));
      }
      mkdirSync(join(project, "src"));
      const file = join(project, "src/support.ts");
      writeFileSync(file, DOCUMENT);
      uri = pathToFileURL(file).href;

      const env = { ...process.env };
      delete env.ESLINT_USE_FLAT_CONFIG;
      server = new LspClient(process.execPath, [SERVER, "--stdio"], { cwd: project, env });
      server.onRequest("workspace/configuration", (params) =>
        (params as { items: unknown[] }).items.map(() => extensionSettings(project, setup.useFlatConfig)),
      );
      server.onRequest("workspace/applyEdit", (params) => {
        applied.push((params as { edit: WorkspaceEdit }).edit);
        return { applied: true };
      });
      server.onRequest("eslint/noLibrary", () => ({}));
      server.onRequest("eslint/noConfig", () => ({}));
      server.onRequest("eslint/probeFailed", () => ({}));
      server.onRequest("eslint/openDoc", () => ({}));

      const folder = { name: basename(project), uri: pathToFileURL(project).href };
      await server.request("initialize", {
        processId: process.pid,
        clientInfo: { name: "eslint-plugin-anthropic language-server test" },
        rootUri: folder.uri,
        workspaceFolders: [folder],
        capabilities: CLIENT_CAPABILITIES,
        initializationOptions: {},
      });
      server.notify("initialized", {});

      // Cold: the first pull loads ESLint, the config, the parser and the plugin.
      const start = performance.now();
      server.notify("textDocument/didOpen", { textDocument: { uri, languageId: "typescript", version: 1, text: DOCUMENT } });
      const report = await server.request<{ kind: string; items: Diagnostic[] }>("textDocument/diagnostic", { textDocument: { uri } });
      firstPullMs = performance.now() - start;
      expect(report.kind).toBe("full");
      diagnostics = report.items;
      console.log(`[language server] ${setup.title}: first diagnostics ${Math.round(firstPullMs)} ms after didOpen (cold)`);
    }, HOOK_TIMEOUT);

    afterAll(async () => {
      await server?.stop();
      if (project) rmSync(project, { recursive: true, force: true });
    });

    it(`loads ESLint ${setup.major} from the project`, () => {
      const loaded = server.log.find((l) => l.includes("ESLint library loaded from"));
      expect(loaded, server.logText()).toContain(join(ROOT, "node_modules", setup.eslint));
    });

    it("reports the bad tool_choice: source, code, message, range, severity", () => {
      expect(diagnostics.map((d) => d.code), server.logText()).toEqual([RULE]);
      const [d] = diagnostics;
      expect(d.source).toBe("eslint");
      expect(d.severity).toBe(1); // Error
      expect(d.message).toContain("OpenAI form");
      const offset = DOCUMENT.indexOf(BAD);
      expect(d.range).toEqual({ start: positionAt(DOCUMENT, offset), end: positionAt(DOCUMENT, offset + BAD.length) });
    });

    it("links the diagnostic to the rule's docs page (codeDescription.href)", () => {
      const url = loadBuiltPlugin().rules["valid-tool-choice"].meta.docs?.url;
      expect(url).toMatch(/\/docs\/rules\/valid-tool-choice\.md$/);
      expect(diagnostics[0].codeDescription?.href).toBe(url);
    });

    it("offers the quick fix, and applying it rewrites the document", async () => {
      const actions = await server.request<CodeAction[]>("textDocument/codeAction", {
        textDocument: { uri },
        range: diagnostics[0].range,
        context: { diagnostics: [diagnostics[0]], triggerKind: 1 },
      });
      const fix = actions.find((a) => a.command?.command === "eslint.applySingleFix");
      expect(fix, JSON.stringify(actions, null, 2)).toBeDefined();
      expect(fix?.title).toBe(`Fix this ${RULE} problem`);
      expect(fix?.kind).toBe("quickfix");
      expect(fix?.isPreferred).toBe(true);
      // The other actions the extension shows for a report: disable the rule, open its docs.
      const titles = actions.map((a) => a.title);
      expect(titles).toContain(`Disable ${RULE} for this line`);
      expect(titles).toContain(`Show documentation for ${RULE}`);

      await server.request("workspace/executeCommand", { command: fix?.command?.command, arguments: fix?.command?.arguments });
      expect(applied).toHaveLength(1);
      const changes = applied[0].documentChanges ?? [];
      expect(changes.map((c) => c.textDocument.uri)).toEqual([uri]);
      const text = applyTextEdits(DOCUMENT, changes[0].edits);
      expect(text).toBe(FIXED);

      // The edited buffer lints clean.
      server.notify("textDocument/didChange", { textDocument: { uri, version: 2 }, contentChanges: [{ text }] });
      const after = await server.request<{ items: Diagnostic[] }>("textDocument/diagnostic", { textDocument: { uri } });
      expect(after.items.map((d) => d.code)).toEqual([]);
    });
  });
}

for (const setup of SETUPS) describeServer(setup);
