/**
 * `valid-cache-control`: prompt-caching breakpoints the Messages API rejects.
 *
 * Checks, each only when it fails on every path:
 * - more than 4 blocks with `cache_control` over `tools`, `system` and `messages[].content`;
 * - a `ttl: "1h"` breakpoint after a `ttl: "5m"` one in prefix order (tools → system → messages);
 * - `cache_control` on a text block whose `text` is "";
 * - a `cache_control` that is not an object, has no `type`, a `type` other than "ephemeral", or a
 *   `ttl` other than "5m" / "1h" (top level, tools, system, message content, nested tool results);
 * - caching on a model whose table entry says it has no prompt caching.
 *
 * Sources: `CacheControlEphemeral` in `@anthropic-ai/sdk` `resources/messages/messages.d.ts` (type,
 * ttl "5m" | "1h"); the API's own error texts, quoted in public reports: "A maximum of 4 blocks with
 * cache_control may be provided. Found 5." (anthropics/claude-code#8901), "a ttl='1h' cache_control
 * block must not come after a ttl='5m' cache_control block" (headroomlabs-ai/headroom#2939), "cache_control
 * cannot be set for empty text blocks"; the prefix order tools → system → messages
 * (https://docs.claude.com/en/docs/build-with-claude/prompt-caching).
 */
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { propertyOfValue } from "../src/kit/ast";
import { createRequestRule } from "../src/kit/create-rule";
import { describeValue } from "../src/kit/text";
import type { Request, Section } from "../src/engine/request";
import {
  alternatives,
  every,
  get,
  isNullish,
  nodeOf,
  propOf,
  strings,
  type Alternative,
  type Element,
  type Value,
} from "../src/engine/value";

/** The API's limit on blocks with `cache_control` per request. */
const MAX_BREAKPOINTS = 4;
/** The only cache type (`CacheControlEphemeral.type`). */
const CACHE_TYPE = "ephemeral";
/** The TTLs the API accepts; an omitted `ttl` is the first. */
const TTLS = ["5m", "1h"] as const;
type Ttl = (typeof TTLS)[number];
/** Block types the SDK types give no `cache_control`; never counted as breakpoints. */
const NO_CACHE_BLOCKS = new Set(["thinking", "redacted_thinking"]);

type MessageIds =
  | "tooManyBreakpoints"
  | "ttlOrder"
  | "emptyText"
  | "notAnObject"
  | "missingType"
  | "invalidType"
  | "invalidTtl"
  | "modelWithoutCaching"
  | "useObject"
  | "addType"
  | "replaceType"
  | "replaceTtl";

/** A block that certainly carries `cache_control` on every path. */
interface Breakpoint {
  readonly section: Section;
  /** The block's `cache_control` property when written in one place, else the block. */
  readonly node: TSESTree.Node;
}

/** The breakpoints certainly present in one part of a request, in prefix order. */
interface Tally {
  readonly points: readonly Breakpoint[];
  /** False when more breakpoints may exist than `points` holds. */
  readonly exact: boolean;
}

const NONE_EXACT: Tally = { points: [], exact: true };
const NONE_INEXACT: Tally = { points: [], exact: false };

const SECTION_LABEL: Record<Section, string> = {
  tools: "a `tools` entry",
  system: "a `system` block",
  messages: "a message content block",
};

export default createRequestRule<[], MessageIds>({
  name: "valid-cache-control",
  wrappers: true,
  requiresText: ["cache_control", "cacheControl"],
  meta: {
    type: "problem",
    docs: {
      description: "Require `cache_control` breakpoints the API accepts: at most 4, valid type and ttl, 1h before 5m, never on empty text",
      recommended: true,
    },
    hasSuggestions: true,
    schema: [],
    messages: {
      tooManyBreakpoints:
        '{{count}} blocks carry `cache_control` in this request (`tools`, `system` and `messages` counted together) and this is the fifth: the API allows 4 and answers 400 "A maximum of 4 blocks with cache_control may be provided. Found {{found}}." Keep `cache_control` on at most 4 blocks (the last block of each prefix you reuse).',
      ttlOrder:
        '`cache_control` with `ttl: "1h"` comes after a 5-minute breakpoint ({{earlier}}, line {{line}}) in the cache prefix order `tools` → `system` → `messages`: the API answers 400 "a ttl=\'1h\' cache_control block must not come after a ttl=\'5m\' cache_control block". Move the 1h breakpoint before every 5m one, or give the earlier breakpoint `ttl: "1h"`.',
      emptyText:
        '`cache_control` is set on a text block whose `text` is "": the API answers 400 "cache_control cannot be set for empty text blocks". Put the breakpoint on a block with text, or drop the empty block.',
      notAnObject:
        '`cache_control` is {{value}}, not an object: the API answers 400 invalid_request_error. Use { type: "ephemeral" } (with `ttl: "1h"` for the 1-hour cache), or null to set no breakpoint.',
      missingType:
        '`cache_control` has no `type`: the API answers 400 invalid_request_error (the field is required). Add `type: "ephemeral"`.',
      invalidType:
        '`cache_control.type` is {{value}}, but "ephemeral" is the only cache type: the API answers 400 invalid_request_error. Use `type: "ephemeral"`.',
      invalidTtl:
        '`cache_control.ttl` is {{value}}, but the API accepts only "5m" (the default) and "1h": it answers 400 invalid_request_error. Use "5m" or "1h", or omit `ttl`.',
      modelWithoutCaching:
        "{{model}} does not support prompt caching, but this request sets `cache_control`: the API rejects the request. Remove `cache_control`, or use a model that supports prompt caching.",
      useObject: "Replace with {{replacement}}.",
      addType: 'Add `type: "ephemeral"`.',
      replaceType: 'Replace with "ephemeral".',
      replaceTtl: 'Replace with "{{ttl}}".',
    },
  },
  defaultOptions: [],
  create() {
    /** Blocks whose `cache_control` this rule has checked in this file (reports are made once per node anyway). */
    const shapeChecked = new WeakSet<Element>();
    return ({ request, report }) => {
      const body = request.value;

      // 4. Shape of every cache_control that is certainly in the request.
      const topLevel = get(body, "cache_control");
      checkShape(topLevel, propOf(body, "cache_control")?.node ?? request.node, report);
      for (const { element: el, section, nested } of request.certainBlocks()) {
        const facts = factsOf(el);
        // A block of a shared constant is in many requests: its shape is checked once.
        if (!shapeChecked.has(el)) {
          shapeChecked.add(el);
          checkShape(facts.control, facts.node, report);
        }
        // 3. cache_control on an empty text block.
        if (!nested && section !== "tools" && isBreakpointBlock(facts, section) && isEmptyText(el.value)) {
          report({ node: facts.node, messageId: "emptyText" });
        }
      }

      // 1. More than 4 breakpoints.
      const tally = countBreakpoints(request);
      if (tally.points.length > MAX_BREAKPOINTS) {
        const n = tally.points.length;
        const exact = tally.exact && isNullish(topLevel);
        report({
          node: tally.points[MAX_BREAKPOINTS].node,
          messageId: "tooManyBreakpoints",
          data: {
            count: exact ? String(n) : `At least ${n}`,
            found: exact ? String(n) : `${n} or more`,
          },
        });
      }

      // 2. A 1h breakpoint after a 5m one.
      checkTtlOrder(request, report);

      // 5. Caching on a model without prompt caching.
      const models = request.models;
      if (models && models.every((m) => m.promptCaching === false)) {
        const node = every(topLevel, (a) => a.kind === "object")
          ? (propOf(body, "cache_control")?.node ?? request.node)
          : tally.points[0]?.node;
        if (node) {
          report({ node, messageId: "modelWithoutCaching", data: { model: request.modelLabel } });
        }
      }
    };
  },
});

type Report = (descriptor: TSESLint.ReportDescriptor<MessageIds>) => void;

/**
 * What a block says about caching, worked out once per block: the blocks of a shared constant
 * (`system`, `tools`) recur in every request that sends it.
 */
interface BlockFacts {
  readonly element: Element;
  /** Its `cache_control`. */
  readonly control: Value;
  /** True when `cache_control` is an object on every path. */
  readonly objectControl: boolean;
  /** True when `cache_control` is absent or null on every path. */
  readonly noControl: boolean;
  /** Where to report about its `cache_control`. */
  readonly node: TSESTree.Node;
  /** As a `tools` entry / as a content block: a certain breakpoint (computed when first asked). */
  asTool?: boolean;
  asBlock?: boolean;
}

const blockFacts = new WeakMap<Element, BlockFacts>();

function factsOf(el: Element): BlockFacts {
  let facts = blockFacts.get(el);
  if (!facts) {
    const control = get(el.value, "cache_control");
    facts = {
      element: el,
      control,
      objectControl: every(control, (a) => a.kind === "object"),
      noControl: isNullish(control),
      node: controlNode(el),
    };
    blockFacts.set(el, facts);
  }
  return facts;
}

/** Where to report about a block's `cache_control`: the property when it is written once, else the block. */
function controlNode(el: Element): TSESTree.Node {
  const prop = propOf(el.value, "cache_control")?.node;
  // A property written elsewhere (in a helper function's return) would point away from this block.
  return prop && prop.range[0] >= el.node.range[0] && prop.range[1] <= el.node.range[1] ? prop : el.node;
}

// ---------------------------------------------------------------------------------------------
// 1. Counting breakpoints
// ---------------------------------------------------------------------------------------------

/**
 * True when the block carries a `cache_control` object on every path and certainly sits in the
 * cache prefix: thinking blocks (no `cache_control` in the types) and tools that may be deferred
 * (`defer_loading`, loaded later by tool search) are never certain breakpoints.
 */
function isBreakpointBlock(facts: BlockFacts, section: Section): boolean {
  if (!facts.objectControl) return false;
  const block = facts.element.value;
  if (section === "tools") return (facts.asTool ??= isNotDeferred(block));
  return (facts.asBlock ??= !strings(get(block, "type"))?.some((t) => NO_CACHE_BLOCKS.has(t)));
}

/** True when a tool is certainly loaded up front: `defer_loading` (own or a toolset's default) is certainly off. */
function isNotDeferred(tool: Value): boolean {
  const off = (v: Value): boolean => every(v, (a) => a.kind === "known" && (a.value == null || a.value === false));
  if (!off(get(tool, "defer_loading"))) return false;
  const defaults = get(tool, "default_config");
  return isNullish(defaults) || (every(defaults, (a) => a.kind === "object") && off(get(defaults, "defer_loading")));
}

/**
 * The breakpoints certainly in `tools`, `system` and `messages[].content`, in prefix order: a
 * lower bound. An open array adds its known elements only; a `oneOf` adds its smallest alternative.
 * The top-level `cache_control` and blocks nested in tool results are not counted (not confirmed
 * to count); they make the tally inexact.
 */
function countBreakpoints(request: Request): Tally {
  const tools = tallyBlocks(get(request.value, "tools"), "tools");
  const system = tallyBlocks(get(request.value, "system"), "system");
  const messages = minOver(get(request.value, "messages"), (alt) => {
    if (alt.kind !== "array") return alt.kind === "unknown" ? NONE_INEXACT : NONE_EXACT;
    const points: Breakpoint[] = [];
    let exact = !alt.open;
    for (const message of alt.elements) {
      if (message.repeated) {
        exact = false;
        continue;
      }
      const t = tallyBlocks(get(message.value, "content"), "messages");
      points.push(...t.points);
      exact &&= t.exact;
    }
    return { points, exact };
  });
  return {
    points: [...tools.points, ...system.points, ...messages.points],
    exact: tools.exact && system.exact && messages.exact,
  };
}

/** The breakpoints among the elements of a block array (a string or absent value has none). */
function tallyBlocks(blocks: Value, section: Section): Tally {
  return minOver(blocks, (alt) => {
    if (alt.kind !== "array") return alt.kind === "unknown" ? NONE_INEXACT : NONE_EXACT;
    const points: Breakpoint[] = [];
    let exact = !alt.open;
    for (const el of alt.elements) {
      // An element of a mapped list may stand for none: not a certain breakpoint.
      const facts = factsOf(el);
      if (el.repeated) {
        if (!facts.noControl) exact = false;
        continue;
      }
      if (isBreakpointBlock(facts, section)) points.push({ section, node: facts.node });
      else if (!facts.noControl) exact = false;
      // Blocks nested in a tool result may carry breakpoints this count leaves out.
      if (exact && section === "messages" && !every(get(el.value, "content"), (a) => a.kind === "known")) exact = false;
    }
    return { points, exact };
  });
}

/** The alternative with the fewest breakpoints; exact only when every alternative is exact and equal. */
function minOver(value: Value, tally: (alt: Alternative) => Tally): Tally {
  let best: Tally | undefined;
  let exact = true;
  for (const alt of alternatives(value)) {
    const t = tally(alt);
    if (!t.exact || (best && best.points.length !== t.points.length)) exact = false;
    if (!best || t.points.length < best.points.length) best = t;
  }
  if (!best) return NONE_INEXACT;
  return exact === best.exact ? best : { points: best.points, exact };
}

// ---------------------------------------------------------------------------------------------
// 2. TTL order
// ---------------------------------------------------------------------------------------------

/** The TTL a block's breakpoint certainly has ("5m" when `ttl` is omitted), else undefined. */
function certainTtl(facts: BlockFacts, section: Section): Ttl | undefined {
  if (!isBreakpointBlock(facts, section)) return undefined;
  let out: Ttl | undefined;
  for (const alt of alternatives(get(facts.control, "ttl"))) {
    if (alt.kind !== "known") return undefined;
    const ttl: Ttl | undefined = alt.value === undefined ? "5m" : alt.value === "5m" || alt.value === "1h" ? alt.value : undefined;
    if (ttl === undefined || (out !== undefined && out !== ttl)) return undefined;
    out = ttl;
  }
  return out;
}

/** Reports the first `1h` breakpoint that certainly follows a certain `5m` breakpoint. */
function checkTtlOrder(request: Request, report: Report): void {
  let first5m: { node: TSESTree.Node; section: Section } | undefined;
  for (const { element: el, section, nested, present } of request.certainBlocks()) {
    if (nested || !present) continue;
    const facts = factsOf(el);
    const ttl = certainTtl(facts, section);
    if (ttl === "5m") {
      first5m ??= { node: facts.node, section };
    } else if (ttl === "1h" && first5m) {
      report({
        node: nodeOf(get(facts.control, "ttl"), facts.node),
        messageId: "ttlOrder",
        data: { earlier: SECTION_LABEL[first5m.section], line: String(first5m.node.loc.start.line) },
      });
      return;
    }
  }
}

// ---------------------------------------------------------------------------------------------
// 3. Empty text
// ---------------------------------------------------------------------------------------------

/** True when the block is certainly a text block whose `text` is "". */
function isEmptyText(block: Value): boolean {
  const types = strings(get(block, "type"));
  const texts = strings(get(block, "text"));
  return !!types && !!texts && types.every((t) => t === "text") && texts.every((t) => t === "");
}

// ---------------------------------------------------------------------------------------------
// 4. The shape of a cache_control value
// ---------------------------------------------------------------------------------------------

/** Reports a `cache_control` that is certainly malformed on every path. */
function checkShape(control: Value, fallback: TSESTree.Node, report: Report): void {
  if (isNullish(control)) return;
  const controlAt = nodeOf(control, fallback);

  if (every(control, (a) => a.kind === "known" && a.value != null)) {
    const literal = literalInPlace(control);
    const replacement = literal ? objectFor(literal.value) : undefined;
    report({
      node: controlAt,
      messageId: "notAnObject",
      data: { value: describeValue(control) },
      suggest: literal && replacement ? [{ messageId: "useObject", data: { replacement }, fix: (fixer) => fixer.replaceText(literal, replacement) }] : [],
    });
    return;
  }
  if (!every(control, (a) => a.kind === "object")) return;

  // type: required, and "ephemeral".
  const type = get(control, "type");
  if (every(type, (a) => a.kind === "known" && a.value !== CACHE_TYPE)) {
    if (isNullish(type) && every(type, (a) => a.kind === "known" && a.value === undefined)) {
      report({ node: controlAt, messageId: "missingType", suggest: addTypeSuggestion(control) });
    } else {
      const literal = literalInPlace(type);
      report({
        node: nodeOf(type, controlAt),
        messageId: "invalidType",
        data: { value: describeValue(type) },
        suggest: literal ? [{ messageId: "replaceType", fix: (fixer) => fixer.replaceText(literal, quoted(CACHE_TYPE, literal)) }] : [],
      });
    }
  }

  // ttl: omitted, "5m" or "1h". A null ttl is not known to fail: silent.
  const ttl = get(control, "ttl");
  if (every(ttl, (a) => a.kind === "known" && a.value != null && !(TTLS as readonly unknown[]).includes(a.value))) {
    const literal = literalInPlace(ttl);
    report({
      node: nodeOf(ttl, controlAt),
      messageId: "invalidTtl",
      data: { value: describeValue(ttl) },
      suggest: literal
        ? TTLS.map((t) => ({ messageId: "replaceTtl" as const, data: { ttl: t }, fix: (fixer: TSESLint.RuleFixer) => fixer.replaceText(literal, quoted(t, literal)) }))
        : [],
    });
  }
}

/** `type: "ephemeral"` added to a `cache_control` object literal written in source. */
function addTypeSuggestion(control: Value): TSESLint.SuggestionReportDescriptor<MessageIds>[] {
  if (control.kind !== "object" || control.node.type !== "ObjectExpression") return [];
  const object = control.node;
  const first = object.properties[0];
  return [
    {
      messageId: "addType",
      fix: (fixer) =>
        first ? fixer.insertTextBefore(first, `type: ${quoted(CACHE_TYPE)}, `) : fixer.replaceText(object, `{ type: ${quoted(CACHE_TYPE)} }`),
    },
  ];
}

/** The `cache_control` object a misplaced primitive most likely meant. */
function objectFor(value: TSESTree.Literal["value"]): string {
  const ttl = value === "1h" ? ', ttl: "1h"' : "";
  return `{ type: "ephemeral"${ttl} }`;
}

/**
 * The literal a single-valued Value was written as, when that literal is a property's value in an
 * object literal (possibly under `as` / `satisfies` / `!`): replacing it changes only this field.
 */
function literalInPlace(value: Value): TSESTree.Literal | undefined {
  if (value.kind !== "known" || value.node?.type !== "Literal") return undefined;
  return propertyOfValue(value.node) ? value.node : undefined;
}

/** A string literal in the quote style of `like` (double quotes by default). */
function quoted(text: string, like?: TSESTree.Literal): string {
  if (like && typeof like.value === "string" && like.raw.startsWith("'")) return `'${text}'`;
  return JSON.stringify(text);
}
