/**
 * Project folders with wrapper-library versions "installed" (only their `package.json`), to lint
 * a program as if it ran with those versions: `installed({ "@ai-sdk/anthropic": "2.0.112" })`.
 * Nested installs (a package's own copy of another) are written as `"a>b": "1.0.0"`.
 */
import { afterAll } from "vitest";
import { project, type Project } from "../../helpers/sdk-fixture";

const made: Project[] = [];
afterAll(() => {
  for (const p of made) p.remove();
});

export function installed(versions: Readonly<Record<string, string>>): string {
  const p = project("anthropic-wrappers-");
  made.push(p);
  for (const [spec, version] of Object.entries(versions)) {
    const chain = spec.split(">");
    const folder = chain.map((name) => `node_modules/${name}`).join("/");
    p.write(`${folder}/package.json`, JSON.stringify({ name: chain[chain.length - 1], version }));
  }
  p.write("src/.keep", "");
  return `${p.dir}/src`;
}
