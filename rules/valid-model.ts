import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { fieldOfValue } from "../src/kit/ast";
import { createRequestRule } from "../src/kit/create-rule";
import { editDistance, quoteList } from "../src/kit/text";
import type { Engine } from "../src/engine/engine";
import type { Knowledge, Lifecycle } from "../src/knowledge/knowledge";
import { CURRENT_OF_FAMILY, MODELS, lookupModel, looksLikeClaudeId, parseModelId, type ModelIdForm } from "../src/knowledge/models";
import { PLUGIN_VERSION } from "../src/plugin-version";
import { alternatives, get } from "../src/engine/value";

type MessageIds = "unknownModel" | "retiredModel" | "deprecatedModel" | "deprecatedPastEndOfLife" | "unrecognizedModel" | "replaceModel";
type Options = [{ allowModels?: string[]; allowDeprecated?: boolean; reportUnrecognized?: boolean }];

/** At most this many ids are offered for an unknown one. */
const MAX_SUGGESTIONS = 3;

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
  let best = editDistance(written, real);
  const w = written.replace(VERSION_SUFFIX, "");
  const r = real.replace(VERSION_SUFFIX, "");
  if (w !== written || r !== real) best = Math.min(best, editDistance(w, r) + 1);
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
    if (score <= limit) scored.push({ id, score, raw: editDistance(core, id), order });
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
  return fieldOfValue(node, { branches: true }) === "model" ? quote : undefined;
}

export default createRequestRule<Options, MessageIds>({
  name: "valid-model",
  wrappers: true,
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

    return ({ engine, request, report, reported }) => {
      const { client } = request.site;
      // On Foundry `model` names a deployment, which the user names.
      if (client.platform === "foundry") return;
      const { knowledge } = engine;
      for (const alt of alternatives(get(request.value, "model"))) {
        if (alt.kind !== "known" || typeof alt.value !== "string") continue;
        const written = alt.value;
        if (allowed.has(written) || !looksLikeClaudeId(written)) continue;
        const form = formOf(written);
        if (!form || allowed.has(form.core)) continue;
        if (request.mayBeGateway) return;
        const node = alt.node ?? request.node;
        // Bedrock names with no first-party form, and provisioned-throughput variants (`-v1:0:200k`).
        if (form.kind === "bedrock" && (BEDROCK_LEGACY.has(form.core) || form.core.includes(":"))) continue;
        const status = statusOf(knowledge, form);

        if (status.kind === "unlisted") {
          if (status.verdict.kind === "newer") {
            if (!reportUnrecognized || reported(node, "unrecognizedModel")) continue;
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
          // A constant shared by many requests is reported once: its text and fixes are built once.
          if (reported(node, "unknownModel")) continue;
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
        const messageId = lifecycleMessage(status, allowDeprecated);
        if (!messageId || reported(node, messageId)) continue;
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

/** The message for a listed id's lifecycle, if it is one to report. */
function lifecycleMessage(status: Lifecycle, allowDeprecated: boolean): MessageIds | undefined {
  if (status.kind === "retired") return "retiredModel";
  if (status.kind !== "deprecated" || allowDeprecated) return undefined;
  return status.stillListedBy ? "deprecatedPastEndOfLife" : "deprecatedModel";
}

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
