import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { propertyKeyName } from "../src/kit/ast";
import type { ClientRef } from "../src/engine/call-sites";
import { createRequestRule } from "../src/kit/create-rule";
import type { Engine } from "../src/engine/engine";
import type { Knowledge, Lifecycle } from "../src/knowledge/knowledge";
import { MODELS, lookupModel, looksLikeClaudeId, parseModelId, type ModelIdForm } from "../src/knowledge/models";
import { PLUGIN_VERSION } from "../src/plugin-version";
import { hostOf, isAnthropicHost } from "../src/sources/sdk";
import { alternatives, get } from "../src/engine/value";

type MessageIds = "unknownModel" | "retiredModel" | "deprecatedModel" | "deprecatedPastEndOfLife" | "unrecognizedModel" | "replaceModel";
type Options = [{ allowModels?: string[]; allowDeprecated?: boolean; reportUnrecognized?: boolean }];

/** At most this many ids are offered for an unknown one. */
const MAX_SUGGESTIONS = 3;

/**
 * The model this rule proposes in place of a retired or deprecated one, chosen by the family name
 * in the id (`opus`, `sonnet`, …): the newest active model of that family in the table. Ids with
 * no family name (`claude-2.1`, `claude-1.3`) get no specific proposal. `instant` is mapped to
 * Haiku: the rule's choice, as Haiku is the fast, low-cost line that followed Claude Instant.
 * `tests/rules/valid-model.test.ts` checks that every target is an active id of the table.
 */
export const CURRENT_OF_FAMILY: Readonly<Record<string, { readonly id: string; readonly label: string }>> = {
  opus: { id: "claude-opus-5-5", label: "the current Opus model" },
  sonnet: { id: "claude-sonnet-5-5", label: "the current Sonnet model" },
  haiku: { id: "claude-haiku-5-5", label: "the current Haiku model" },
  fable: { id: "claude-fable-5-2", label: "the current Fable model" },
  mythos: { id: "claude-mythos-5-2", label: "the current Mythos model" },
  instant: { id: "claude-haiku-5-5", label: "the current Haiku model" },
};

// All patterns are anchored and have no nested quantifiers (linear time).
/** A first-party id's trailing date. */
const DATE_SUFFIX = /-[0-9]{8}$/;
/** A trailing date, or the `-latest` that older aliases carried: one edit when comparing ids. */
const VERSION_SUFFIX = /-(?:[0-9]{8}|latest)$/;
/** Separators between the parts of an id. */
const SEPARATORS = /[-.]/;
/** Bedrock's legacy names (`anthropic.claude-v2:1`, `anthropic.claude-instant-v1`) have no first-party form. */
const BEDROCK_LEGACY = new Set(["claude", "claude-instant"]);

type Form = ModelIdForm;

/** The form of a model string (see `parseModelId`); undefined for an unreadable Vertex version. */
function formOf(written: string): Form | undefined {
  const form = parseModelId(written);
  return form.kind === "vertex" && form.candidates.length === 0 ? undefined : form;
}

/** A first-party id written in `form` (Vertex: a dated id as `name@date`, an undated one as is). */
function render(form: Form, id: string): string {
  // Bedrock's version suffix belongs to dated ids; newer ids have none (`global.anthropic.claude-sonnet-5-5`).
  if (form.kind === "bedrock") return DATE_SUFFIX.test(id) ? `${form.head}${id}${form.tail}` : `${form.head}${id}`;
  if (form.kind === "vertex") {
    const date = DATE_SUFFIX.exec(id)?.[0];
    return date ? `${form.head}${id.slice(0, id.length - date.length)}@${date.slice(1)}` : `${form.head}${id}`;
  }
  return `${form.head}${id}`;
}

/** Levenshtein distance (two rows; ids are short). */
function levenshtein(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  let cur = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
    }
    [prev, cur] = [cur, prev];
  }
  return prev[b.length];
}

/** The parts of an id, sorted: equal for `claude-4-5-sonnet` and `claude-sonnet-4.5`. */
function partsKey(id: string): string {
  return id.split(SEPARATORS).sort().join(" ");
}

/**
 * How far a written id is from a real one: the edit distance, where a trailing date (or `-latest`)
 * that differs or is missing counts as one edit, and the same parts in another order or with other separators
 * count as one edit (two when a date differs as well).
 */
function distance(written: string, real: string): number {
  let best = levenshtein(written, real);
  const w = written.replace(VERSION_SUFFIX, "");
  const r = real.replace(VERSION_SUFFIX, "");
  if (w !== written || r !== real) best = Math.min(best, levenshtein(w, r) + 1);
  if (partsKey(written) === partsKey(real)) best = Math.min(best, 1);
  if (partsKey(w) === partsKey(r)) best = Math.min(best, 2);
  return best;
}

/** Canonical ids of the table's non-retired models, newest first: the names Bedrock and Vertex use. */
const LIVE_CANONICAL: readonly string[] = MODELS.filter((m) => m.status !== "retired").map((m) => m.id);

/**
 * The ids a suggestion may offer: the user's allowed first-party ids, then every id some source
 * lists as served (the table's, newest first, then ids only the installed SDK or the types know).
 */
function suggestionPool(knowledge: Knowledge, allowed: ReadonlySet<string>): string[] {
  const firstParty = [...allowed].filter((id) => looksLikeClaudeId(id) && formOf(id)?.kind === "first-party");
  return [...new Set([...firstParty, ...knowledge.listedIds()])];
}

/** The nearest listed ids to an unknown core, as first-party ids, best first. */
function nearest(core: string, pool: readonly string[]): string[] {
  const limit = Math.max(2, Math.floor(core.length / 4));
  const scored: { id: string; score: number; raw: number; order: number }[] = [];
  pool.forEach((id, order) => {
    const score = distance(core, id);
    if (score <= limit) scored.push({ id, score, raw: levenshtein(core, id), order });
  });
  scored.sort((a, b) => a.score - b.score || a.raw - b.raw || a.order - b.order);
  return scored.map((s) => s.id);
}

/** The family's current model for an id, when the id names a family. */
function currentOf(core: string): { readonly id: string; readonly label: string } | undefined {
  for (const part of core.split(SEPARATORS)) {
    if (Object.prototype.hasOwnProperty.call(CURRENT_OF_FAMILY, part)) return CURRENT_OF_FAMILY[part];
  }
  return undefined;
}

/** `"a"`, `"a" or "b"`, `"a", "b" or "c"`. */
function quoteList(ids: readonly string[]): string {
  const q = ids.map((i) => `"${i}"`);
  return q.length <= 1 ? (q[0] ?? "") : `${q.slice(0, -1).join(", ")} or ${q[q.length - 1]}`;
}

/**
 * The quote to write a replacement with, when `node` is a string written directly as the value
 * of a `model` property (through casts and conditional or logical branches); otherwise undefined.
 * Only such a literal is replaced: a constant declared elsewhere may be used for other things.
 */
function inPlaceQuote(node: TSESTree.Node): string | undefined {
  let quote: string;
  if (node.type === "Literal" && typeof node.value === "string") quote = node.raw.charAt(0);
  else if (node.type === "TemplateLiteral" && node.expressions.length === 0) quote = "`";
  else return undefined;
  let n: TSESTree.Node = node;
  for (let p = n.parent; p; n = p, p = p.parent) {
    switch (p.type) {
      case "TSAsExpression":
      case "TSSatisfiesExpression":
      case "TSNonNullExpression":
      case "TSTypeAssertion":
      case "LogicalExpression":
        continue;
      case "ConditionalExpression":
        if (p.test === n) return undefined;
        continue;
      case "Property":
        return p.value === n && propertyKeyName(p) === "model" ? quote : undefined;
      default:
        return undefined;
    }
  }
  return undefined;
}

/**
 * True when the client is built with an explicit `baseURL` that is not certainly Anthropic's (a
 * setting, an environment variable): it may be a gateway with model names of its own. A known
 * other vendor's URL never gets here (the engine skips those clients).
 */
function mayBeGateway(engine: Engine, client: ClientRef): boolean {
  if (client.platform !== "anthropic") return false;
  for (const call of [client.construction, ...client.withOptions]) {
    const arg = call?.arguments[0];
    if (!arg || arg.type === "SpreadElement") continue;
    for (const options of alternatives(engine.evaluator.evaluate(arg))) {
      if (options.kind !== "object") continue;
      const prop = options.props.get("baseURL");
      if (!prop) continue;
      for (const url of alternatives(prop.value)) {
        if (url.kind === "known" && url.value == null) continue;
        if (url.kind === "known" && typeof url.value === "string") {
          const host = hostOf(url.value);
          if (host !== undefined && isAnthropicHost(host)) continue;
        }
        return true;
      }
    }
  }
  return false;
}

export default createRequestRule<Options, MessageIds>({
  name: "valid-model",
  meta: {
    type: "problem",
    docs: {
      description: "Require a `model` id that exists and is not retired (and flag deprecated ones)",
      recommended: true,
    },
    fixable: "code",
    hasSuggestions: true,
    schema: [
      {
        type: "object",
        properties: {
          allowModels: {
            type: "array",
            items: { type: "string", minLength: 1 },
            uniqueItems: true,
            description: "Model ids to accept as they are written (gateway names, ids this plugin and your SDK do not list).",
          },
          allowDeprecated: {
            type: "boolean",
            description: "Do not report deprecated models (they work until their end-of-life date).",
          },
          reportUnrecognized: {
            type: "boolean",
            description:
              "Also report well-formed ids that neither this plugin nor the installed SDK lists (models newer than both): as unknown, never as a 404.",
          },
        },
        additionalProperties: false,
      },
    ],
    messages: {
      unknownModel: '`model` "{{model}}" is not a Claude model id: the API answers 404 not_found_error.{{why}}{{hint}}',
      retiredModel: '`model` "{{model}}" {{retirement}}: the API answers 404 not_found_error. Use {{replacement}}.',
      deprecatedModel:
        '`model` "{{model}}" is deprecated and reaches end of life on {{endOfLife}}: it works until then (the SDK prints a deprecation warning), after which the API answers 404 not_found_error. Migrate to {{replacement}}.',
      deprecatedPastEndOfLife:
        '`model` "{{model}}" passed its end-of-life date ({{endOfLife}}), yet @anthropic-ai/sdk {{version}}, released {{released}}, still lists it as deprecated: the API may still serve it, or answer 404 not_found_error at any time. Migrate to {{replacement}}.',
      unrecognizedModel:
        '`model` "{{model}}" is not listed by eslint-plugin-anthropic {{pluginVersion}}{{sdk}}: it may be a model newer than both, or a mistake.{{hint}} When it is right, add it to `allowModels` (or upgrade).',
      replaceModel: 'Replace with "{{id}}".',
    },
  },
  defaultOptions: [{ allowModels: [], allowDeprecated: false, reportUnrecognized: false }],
  create(_context, [options]) {
    const allowed = new Set(options.allowModels ?? []);
    const allowDeprecated = options.allowDeprecated ?? false;
    const reportUnrecognized = options.reportUnrecognized ?? false;
    const gatewayCache = new WeakMap<object, boolean>();
    let pool: string[] | undefined;

    function replacements(node: TSESTree.Node, ids: readonly string[]): TSESLint.SuggestionReportDescriptor<MessageIds>[] {
      const quote = inPlaceQuote(node);
      if (quote === undefined) return [];
      return ids.map((id) => ({
        messageId: "replaceModel" as const,
        data: { id },
        fix: (fixer: TSESLint.RuleFixer) => fixer.replaceText(node, `${quote}${id}${quote}`),
      }));
    }

    /** "Did you mean" ids for a written id, rendered in its form, and the hint text. */
    function closest(engine: Engine, form: Form): { ids: string[]; hint: string } {
      pool ??= suggestionPool(engine.knowledge, allowed);
      const firstParty = form.kind === "first-party" && form.head === "";
      // Bedrock and Vertex know canonical ids only, not the first-party aliases.
      const candidates = firstParty ? pool : [...LIVE_CANONICAL, ...pool.filter((id) => lookupModel(id) === undefined)];
      let ids = nearest(form.core, candidates).map((id) => render(form, id));
      if (ids.length > 0) {
        ids = [...new Set(ids)].slice(0, MAX_SUGGESTIONS);
        return { ids, hint: ` Did you mean ${quoteList(ids)}?` };
      }
      const current = currentOf(form.core);
      if (!current) return { ids: [], hint: "" };
      const id = render(form, current.id);
      return { ids: [id], hint: ` Use a current model such as "${id}" (${current.label}).` };
    }

    return ({ engine, request, report }) => {
      const { client } = request.site;
      // On Foundry `model` names a deployment, which the user names.
      if (client.platform === "foundry") return;
      const { knowledge } = engine;
      let gateway: boolean | undefined;
      for (const alt of alternatives(get(request.value, "model"))) {
        if (alt.kind !== "known" || typeof alt.value !== "string") continue;
        const written = alt.value;
        if (allowed.has(written) || !looksLikeClaudeId(written)) continue;
        const form = formOf(written);
        if (!form || allowed.has(form.core)) continue;
        if (gateway === undefined) {
          const key = client.withOptions[client.withOptions.length - 1] ?? client.construction ?? client;
          gateway = gatewayCache.get(key) ?? mayBeGateway(engine, client);
          gatewayCache.set(key, gateway);
        }
        if (gateway) return;
        const node = alt.node ?? request.node;
        // Bedrock names with no first-party form, and provisioned-throughput variants (`-v1:0:200k`).
        if (form.kind === "bedrock" && (BEDROCK_LEGACY.has(form.core) || form.core.includes(":"))) continue;
        const status = statusOf(knowledge, form);

        if (status.kind === "unlisted") {
          if (status.verdict.kind === "newer") {
            if (!reportUnrecognized) continue;
            const { ids, hint } = closest(engine, form);
            const sdk = knowledge.installed()?.version;
            report({
              node,
              messageId: "unrecognizedModel",
              data: { model: written, pluginVersion: PLUGIN_VERSION, sdk: sdk ? ` nor by the installed @anthropic-ai/sdk ${sdk}` : "", hint },
              suggest: replacements(node, ids),
            });
            continue;
          }
          const { ids, hint } = closest(engine, form);
          // Only the separators differ from a listed id (`claude-sonnet-4.5`): the intent is certain.
          const dashed = form.core.replace(/\./g, "-");
          const served = dashed !== form.core ? statusOf(knowledge, { ...form, core: dashed, candidates: [dashed] }).kind : "unlisted";
          const exact = served === "active" || served === "deprecated";
          const quote = exact ? inPlaceQuote(node) : undefined;
          const fixed = exact && quote !== undefined ? render(form, dashed) : undefined;
          report({
            node,
            messageId: "unknownModel",
            data: { model: written, why: whyWrong(status.verdict.why, form.core), hint },
            fix: fixed !== undefined ? (fixer) => fixer.replaceText(node, `${quote}${fixed}${quote}`) : null,
            suggest: replacements(node, ids),
          });
          continue;
        }

        // Lifecycle dates apply to the Claude API; Bedrock and Vertex retire models on their own schedules.
        if (client.platform !== "anthropic" || form.kind !== "first-party" || form.head !== "") continue;
        const current = currentOf(status.model?.id ?? written);
        const replacement = current ? `"${current.id}", ${current.label}` : "a current model (see the models overview)";
        const suggest = current ? replacements(node, [current.id]) : [];
        if (status.kind === "retired") {
          report({
            node,
            messageId: "retiredModel",
            data: {
              model: written,
              retirement: !status.endOfLife
                ? "has been retired"
                : status.byDate
                  ? `reached its end-of-life date, ${status.endOfLife}`
                  : `was retired on ${status.endOfLife}`,
              replacement,
            },
            suggest,
          });
        } else if (status.kind === "deprecated" && !allowDeprecated) {
          if (status.stillListedBy) {
            report({
              node,
              messageId: "deprecatedPastEndOfLife",
              data: { model: written, endOfLife: status.endOfLife, ...status.stillListedBy, replacement },
              suggest,
            });
          } else {
            report({ node, messageId: "deprecatedModel", data: { model: written, endOfLife: status.endOfLife, replacement }, suggest });
          }
        }
      }
    };
  },
});

/**
 * The status of a written id: the first of its candidate first-party ids that some source lists
 * (Vertex `-v2` names have two), else what the first candidate is (newer, or certainly wrong).
 */
function statusOf(knowledge: Knowledge, form: Form): Lifecycle {
  let first: Lifecycle | undefined;
  for (const candidate of form.candidates) {
    const status = knowledge.lifecycle(candidate);
    if (status.kind !== "unlisted") return status;
    first ??= status;
  }
  return first ?? knowledge.lifecycle(form.core);
}

/** Why an unlisted id is certainly wrong, as a sentence for the message (empty when obvious). */
function whyWrong(why: "version" | "snapshot" | "name" | "family" | "form", core: string): string {
  const date = DATE_SUFFIX.exec(core)?.[0];
  if (why === "snapshot" && date) return ` ${core.slice(0, -date.length)} has no snapshot dated ${date.slice(1)}.`;
  if (why === "form" && core.includes(".")) return " Model ids are written with dashes, not dots.";
  return "";
}
