/** The plugin's own name and version, read from package.json at run time so they never drift. */

/** From `src/` in tests, from `dist/src/` when built. */
function readPackage(): { name: string; version: string } {
  for (const rel of ["../package.json", "../../package.json"]) {
    try {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const pkg = require(rel) as { name?: string; version?: string };
      if (pkg.name === "eslint-plugin-anthropic" && pkg.version) return { name: pkg.name, version: pkg.version };
    } catch {
      // expected: the other location is the right one
    }
  }
  return { name: "eslint-plugin-anthropic", version: "0.0.0" };
}

export const { name: PLUGIN_NAME, version: PLUGIN_VERSION } = readPackage();
