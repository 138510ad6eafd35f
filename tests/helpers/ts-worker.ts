/**
 * The start of a worker script that can `require` this project's TypeScript sources: it installs a
 * `.ts` loader built on `typescript.transpileModule` and defines `req`, a `require` relative to
 * `workerData.from`. Tests run deep-nesting cases in such workers, with a larger stack than Node's
 * default (the parsers recurse once per nesting level).
 */
export const TS_WORKER_PRELUDE = `
const { workerData, parentPort } = require("node:worker_threads");
const fs = require("node:fs");
const Module = require("node:module");
const req = Module.createRequire(workerData.from);
const ts = req("typescript");
Module._extensions[".ts"] = function (m, filename) {
  const source = fs.readFileSync(filename, "utf8");
  const out = ts.transpileModule(source, {
    fileName: filename,
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true },
  });
  m._compile(out.outputText, filename);
};
`;
