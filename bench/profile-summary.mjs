/**
 * Summarises a V8 .cpuprofile (from `node --cpu-prof`): self and inclusive time per function, for
 * the plugin's own code (dist/) and overall, so a slow rule can be traced to the engine function
 * that costs the time.
 *
 *   node --cpu-prof --cpu-prof-dir=/tmp/prof bench/run.mjs --child sdk B
 *   node bench/profile-summary.mjs /tmp/prof/CPU.*.cpuprofile [location-regexp=^dist/] [top=25]
 */
import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..") + "/";

const [file, filterArg = "^dist/", topArg = "25"] = process.argv.slice(2);
if (!file) {
  console.error("usage: node bench/profile-summary.mjs <file.cpuprofile> [url-filter] [top]");
  process.exit(2);
}
const top = Number(topArg);
const filter = new RegExp(filterArg);
const profile = JSON.parse(readFileSync(file, "utf8"));
const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);

// Sample counts → time per node.
const dt = new Map();
for (let i = 0; i < profile.samples.length; i++) {
  const id = profile.samples[i];
  dt.set(id, (dt.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
}
const totalUs = [...dt.values()].reduce((a, b) => a + b, 0);

const key = (n) => {
  const cf = n.callFrame;
  const url = cf.url.replace(/^file:\/\//, "").replace(ROOT, "");
  return `${url}:${cf.lineNumber + 1} ${cf.functionName || "(anonymous)"}`;
};
const self = new Map();
const incl = new Map();
for (const [id, us] of dt) {
  const n = nodes.get(id);
  self.set(key(n), (self.get(key(n)) ?? 0) + us);
  // Inclusive: count each function once per sample stack (recursion would otherwise double it).
  const seen = new Set();
  for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
    const k = key(nodes.get(cur));
    if (seen.has(k)) continue;
    seen.add(k);
    incl.set(k, (incl.get(k) ?? 0) + us);
  }
}
const fmt = (us) => `${(us / 1000).toFixed(0).padStart(6)} ms ${((100 * us) / totalUs).toFixed(2).padStart(6)} %`;
const show = (title, map) => {
  console.log(`\n${title}`);
  for (const [k, us] of [...map].filter(([k]) => filter.test(k)).sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${fmt(us)}  ${k}`);
};
console.log(`profile: ${(totalUs / 1000).toFixed(0)} ms sampled; functions whose location matches ${filter}`);
const pluginSelf = [...self].filter(([k]) => filter.test(k)).reduce((s, [, us]) => s + us, 0);
console.log(`self time in them: ${fmt(pluginSelf)}`);
show("self time", self);
show("inclusive time", incl);
