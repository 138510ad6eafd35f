/**
 * Whether the plugin's knowledge agrees with an SDK release: what changed between two readings of
 * an SDK (the snapshot and a release), and what the hand-written model table must change to agree
 * with a release. `npm run sync-sdk` prints both; `tests/knowledge/snapshot.test.ts` fails on any.
 */
import { MODELS, lookupModel } from "./models";
import type { SdkFacts } from "./sdk-facts";

function listDiff(label: string, before: readonly string[] = [], after: readonly string[] = []): string[] {
  const b = new Set(before);
  const a = new Set(after);
  const added = [...a].filter((x) => !b.has(x));
  const removed = [...b].filter((x) => !a.has(x));
  const out: string[] = [];
  if (added.length) out.push(`${label}: + ${added.join(", ")}`);
  if (removed.length) out.push(`${label}: - ${removed.join(", ")}`);
  return out;
}

function recordDiff(label: string, before: Readonly<Record<string, unknown>> = {}, after: Readonly<Record<string, unknown>> = {}): string[] {
  const out: string[] = [];
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    const x = JSON.stringify(before[key]);
    const y = JSON.stringify(after[key]);
    if (x !== y) out.push(`${label} ${key}: ${x ?? "(none)"} → ${y ?? "(none)"}`);
  }
  return out;
}

/** Every difference between two readings of the SDK, one line each (empty: the same). */
export function factsChanges(before: SdkFacts, after: SdkFacts): string[] {
  const fieldKeys = [...new Set([...Object.keys(before.fields), ...Object.keys(after.fields)])] as (keyof SdkFacts["fields"])[];
  return [
    ...(before.version !== after.version || before.released !== after.released
      ? [`version: ${before.version} (${before.released}) → ${after.version} (${after.released})`]
      : []),
    ...listDiff("models", before.models, after.models),
    ...recordDiff("deprecated", before.deprecated, after.deprecated),
    ...listDiff("thinking 'enabled' warned", before.thinkingEnabledWarn, after.thinkingEnabledWarn),
    ...fieldKeys.flatMap((k) => listDiff(`fields ${k}`, before.fields[k], after.fields[k])),
    ...recordDiff("GA server tool", before.serverTools.ga, after.serverTools.ga),
    ...recordDiff("beta server tool", before.serverTools.beta, after.serverTools.beta),
    ...recordDiff("non-streaming cap", before.nonStreamingCaps, after.nonStreamingCaps),
    ...listDiff("string formats", before.stringFormats, after.stringFormats),
  ];
}

/** What `models.ts` must change to agree with a release (empty: in step). */
export function modelTableWork(facts: SdkFacts): string[] {
  const out: string[] = [];
  const listed = new Set(facts.models ?? []);
  for (const id of listed) {
    const model = lookupModel(id);
    if (!model) out.push(`add an entry (or alias) for "${id}", with its facts and sources`);
    else if (model.status === "retired") out.push(`"${id}" is listed again: check its status`);
  }
  for (const model of MODELS) {
    for (const name of [model.id, ...model.aliases]) {
      const date = facts.deprecated?.[name];
      if (model.status !== "retired" && !listed.has(name)) {
        const eol = model.endOfLife ?? date;
        out.push(`"${name}" left the Model union: mark it retired${eol ? ` (end of life ${eol})` : ""}`);
      } else if (date !== undefined && model.status !== "retired" && (model.status !== "deprecated" || model.endOfLife !== date)) {
        out.push(`"${name}" is deprecated with end of life ${date}: set status "deprecated", endOfLife "${date}"`);
      } else if (date === undefined && model.status === "deprecated") {
        out.push(`"${name}" is no longer deprecated`);
      }
    }
  }
  for (const id of facts.thinkingEnabledWarn ?? []) {
    const model = lookupModel(id);
    if (!model) out.push(`"${id}" (warned for enabled thinking) has no entry`);
    else if (model.rejectedThinking?.includes("enabled")) out.push(`"${id}" still takes enabled thinking (the SDK only warns): do not list it as rejected`);
  }
  return out;
}
