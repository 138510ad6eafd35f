/**
 * `valid-messages`: a `messages` array the Messages API rejects.
 *
 * Checks, each only when it fails on every path:
 * - `messages` is an empty array;
 * - a text content block (or a string `content`) that is "" or only whitespace, in a message that
 *   cannot be the final assistant message (the one message the API lets be empty);
 * - the last message is an `assistant` message (prefill) on a model that refuses prefill;
 * - on other models, a final assistant message whose text ends in whitespace (autofixed when the
 *   string is a literal written in place);
 * - a `tool_result` block whose `tool_use_id` is not the id of a `tool_use` block of the assistant
 *   turn right before its message.
 *
 * Positions come from `elementAt` / `lastElement` / `elementBefore`: an unknown spread
 * (`[...history, next]`) hides what stands around it, so only certain neighbours count.
 *
 * Sources: `MessageCreateParamsBase.messages` in `@anthropic-ai/sdk` `resources/messages/messages.d.ts`
 * (consecutive same-role turns are combined; prefill answers 400 on models without it); the
 * `prefill` field of `src/knowledge/models.ts`; the API's error texts as public reports quote them
 * ("This model does not support assistant message prefill. The conversation must end with a user
 * message." vercel/ai#12296; "messages: final assistant content cannot end with trailing
 * whitespace" tailcallhq/forgecode#1872; "messages: text content blocks must be non-empty").
 */
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { isWrittenInPlace } from "../src/kit/ast";
import { createRequestRule } from "../src/kit/create-rule";
import { orList } from "../src/kit/text";
import type { Request } from "../src/engine/request";
import {
  alternatives,
  elementAt,
  elementBefore,
  every,
  get,
  isNullish,
  lastElement,
  nodeOf,
  propOf,
  strings,
  type ArrayValue,
  type Element,
  type Value,
} from "../src/engine/value";

type MessageIds =
  | "emptyMessages"
  | "emptyText"
  | "blankText"
  | "prefillNotSupported"
  | "trailingWhitespace"
  | "unmatchedToolResult";

type Report = (descriptor: TSESLint.ReportDescriptor<MessageIds>) => void;

/** Methods whose body is a Messages request this rule checks (the tool runner rewrites `messages`). */
const CHECKED_METHODS = new Set(["create", "stream", "parse", "countTokens", "batches.create"]);
/** Methods that generate a reply: prefill and its trailing whitespace only matter there. */
const GENERATING_METHODS = new Set(["create", "stream", "parse", "batches.create"]);
/** Roles whose text blocks the API requires to be non-empty (`system` messages are newer: not confirmed). */
const CONVERSATION_ROLES = new Set(["user", "assistant"]);
/** The longest string quoted whole in a message; longer ones are shown by their end. */
const PREVIEW_LENGTH = 24;

export default createRequestRule<[], MessageIds>({
  name: "valid-messages",
  meta: {
    type: "problem",
    docs: {
      description:
        "Require a `messages` array the API accepts: not empty, no empty text, prefill only where the model takes it and without trailing whitespace, tool results that answer a tool use",
      recommended: true,
    },
    fixable: "code",
    schema: [],
    messages: {
      emptyMessages:
        '`messages` is an empty array: the API answers 400 invalid_request_error ("messages: at least one message is required", as reported). Send at least one `user` message.',
      emptyText:
        '{{field}} is "": the API answers 400 invalid_request_error "messages: text content blocks must be non-empty". Put text in it, or drop the block.',
      blankText:
        '{{field}} is {{value}}, which is only whitespace: the API answers 400 invalid_request_error "messages: text content blocks must contain non-whitespace text". Put text in it, or drop the block.',
      prefillNotSupported:
        'The last message of `messages` has role "assistant" (prefill), which {{model}} does not support: the API answers 400 "This model does not support assistant message prefill. The conversation must end with a user message." End with a `user` message; to shape the reply use structured outputs (`output_config.format`) or instructions.',
      trailingWhitespace:
        'The final assistant message (prefill) ends in whitespace ({{value}}): the API answers 400 invalid_request_error "messages: final assistant content cannot end with trailing whitespace". Remove the trailing whitespace.',
      unmatchedToolResult:
        "`tool_result` answers `tool_use_id` {{id}}, but the assistant turn right before this message has {{available}}: the API answers 400 invalid_request_error (\"unexpected `tool_use_id` found in `tool_result` blocks … Each `tool_result` block must have a corresponding `tool_use` block in the previous message.\"). Use the id of the `tool_use` block this result answers, and send that assistant message right before.",
    },
  },
  defaultOptions: [],
  create(context) {
    const sourceCode = context.sourceCode ?? (context as unknown as { getSourceCode(): TSESLint.SourceCode }).getSourceCode();
    return ({ request, report }) => {
      const method = request.site.method;
      if (!CHECKED_METHODS.has(method)) return;
      const messages = get(request.value, "messages");
      // A beta `thread` keeps earlier turns on the server: the request sends only the new ones.
      const threaded = request.site.beta && !isNullish(get(request.value, "thread"));

      // 1. No messages at all.
      if (!threaded && request.site.kind !== "typed" && isEmptyArray(messages)) {
        report({ node: nodeOf(messages, request.node), messageId: "emptyMessages" });
        return;
      }

      if (messages.kind === "array") {
        // 2. Empty or whitespace-only text.
        checkEmptyText(messages, report);
        // 5. Tool results that answer no tool use of the turn before.
        if (!threaded) checkToolResults(messages, report);
      }

      // 3. and 4. The final assistant message.
      if (GENERATING_METHODS.has(method) && !maybeZeroMaxTokens(request)) {
        checkFinalAssistant(request, messages, report, sourceCode);
      }
    };
  },
});

// ---------------------------------------------------------------------------------------------
// Shared questions
// ---------------------------------------------------------------------------------------------

/** True when every alternative is an array with no element and no unknown part. */
function isEmptyArray(value: Value): boolean {
  return every(value, (a) => a.kind === "array" && !a.open && a.elements.length === 0);
}

/** The one role a message certainly has, else undefined. */
function roleOf(message: Value): string | undefined {
  const roles = strings(get(message, "role"));
  if (!roles || roles.length === 0) return undefined;
  return roles.every((r) => r === roles[0]) ? roles[0] : undefined;
}

/** True when the element is certainly the first of the array (nothing unknown before it). */
function isCertainStart(array: ArrayValue, index: number): boolean {
  if (index !== 0) return false;
  const first = elementAt(array, 0);
  // An array built elsewhere may not say where its gaps are: trust only an explicit `false`.
  return first !== undefined && (!array.open || first.gapBefore === false);
}

/** `max_tokens: 0` only warms the cache; whether the prefill checks apply then is not confirmed. */
function maybeZeroMaxTokens(request: Request): boolean {
  return alternatives(get(request.value, "max_tokens")).some((a) => a.kind === "known" && a.value === 0);
}

/** A string for a message: quoted whole when short, else its end. */
function preview(text: string): string {
  return text.length <= PREVIEW_LENGTH ? JSON.stringify(text) : `"…${JSON.stringify(text.slice(-PREVIEW_LENGTH)).slice(1)}`;
}

/** The possible values of a string Value, for a message. */
function describeStrings(texts: readonly string[]): string {
  return orList(texts.map(preview));
}

// ---------------------------------------------------------------------------------------------
// Whitespace
// ---------------------------------------------------------------------------------------------

/** Characters that are whitespace under every definition the API could use (JS, Python, Unicode). */
const CERTAIN_WHITESPACE = new Set([" ", "\t", "\n", "\r", "\v", "\f"]);

/** True when the character is whitespace under some definition (JS `\s`, Python `str.isspace`). */
function maybeWhitespace(ch: string): boolean {
  const code = ch.charCodeAt(0);
  return /\s/.test(ch) || (code >= 0x1c && code <= 0x1f) || code === 0x85;
}

/** True when the string is non-empty and every character is certainly whitespace. */
function isBlank(text: string): boolean {
  if (text.length === 0) return false;
  for (const ch of text) if (!CERTAIN_WHITESPACE.has(ch)) return false;
  return true;
}

/** True when the last character is certainly whitespace. */
function endsInWhitespace(text: string): boolean {
  return text.length > 0 && CERTAIN_WHITESPACE.has(text[text.length - 1]);
}

/** The string without every trailing character that may count as whitespace. */
function trimTrailing(text: string): string {
  let end = text.length;
  while (end > 0 && maybeWhitespace(text[end - 1])) end--;
  return text.slice(0, end);
}

// ---------------------------------------------------------------------------------------------
// 2. Empty and whitespace-only text
// ---------------------------------------------------------------------------------------------

/**
 * Reports "" and whitespace-only text in the messages that certainly must have text: a `user`
 * message anywhere, an `assistant` message that certainly has a later message (the final assistant
 * message may be empty). Only one array on every path is walked, so each block is certainly sent.
 */
function checkEmptyText(messages: ArrayValue, report: Report): void {
  const last = messages.elements.length - 1;
  messages.elements.forEach((message, index) => {
    const role = roleOf(message.value);
    if (role === undefined || !CONVERSATION_ROLES.has(role)) return;
    if (role === "assistant" && index === last) return;
    const content = get(message.value, "content");
    if (content.kind === "array") {
      for (const block of content.elements) {
        const types = strings(get(block.value, "type"));
        if (!types || !types.every((t) => t === "text")) continue;
        const text = get(block.value, "text");
        reportEmpty(text, "This text block's `text`", nodeOf(text, block.node), report);
      }
      return;
    }
    reportEmpty(content, `The \`content\` of this \`${role}\` message`, nodeOf(content, message.node), report);
  });
}

/** Reports a text Value that is "" or only whitespace on every path. */
function reportEmpty(text: Value, field: string, node: TSESTree.Node, report: Report): void {
  const texts = strings(text);
  if (!texts || texts.length === 0) return;
  if (texts.every((t) => t === "")) {
    report({ node, messageId: "emptyText", data: { field } });
  } else if (texts.every((t) => t === "" || isBlank(t))) {
    report({ node, messageId: "blankText", data: { field, value: describeStrings(texts) } });
  }
}

// ---------------------------------------------------------------------------------------------
// 3. and 4. The final assistant message
// ---------------------------------------------------------------------------------------------

/** A text that ends the final assistant message on one path. */
interface FinalText {
  readonly texts: readonly string[];
  readonly node: TSESTree.Node | undefined;
}

/**
 * Reports a final `assistant` message (certainly last on every path): prefill on a model that
 * refuses it, else text that ends in whitespace.
 */
function checkFinalAssistant(
  request: Request,
  messages: Value,
  report: Report,
  sourceCode: Readonly<TSESLint.SourceCode>,
): void {
  const finals: Element[] = [];
  for (const alt of alternatives(messages)) {
    if (alt.kind !== "array") return;
    const last = lastElement(alt);
    if (!last || roleOf(last.value) !== "assistant") return;
    finals.push(last);
  }
  if (finals.length === 0) return;

  // 3. Prefill on a model that refuses it.
  const models = request.models;
  if (models && models.every((m) => m.prefill === false)) {
    const only = finals.length === 1 ? finals[0] : undefined;
    report({
      node: only ? (ownProp(only, "role") ?? only.node) : nodeOf(messages, request.node),
      messageId: "prefillNotSupported",
      data: { model: request.modelLabel },
    });
    return;
  }

  // 4. Trailing whitespace (the model takes prefill, or is not known).
  const ends: FinalText[] = [];
  for (const final of finals) {
    const end = finalTexts(final.value);
    if (!end) return;
    ends.push(...end);
  }
  const all = ends.flatMap((e) => e.texts);
  if (all.length === 0 || !all.every(endsInWhitespace)) return;
  const only = ends.length === 1 && ends[0].texts.length === 1 ? ends[0] : undefined;
  const fixNode = only?.node && isStringLiteral(only.node) && isWrittenInPlace(only.node) ? only.node : undefined;
  const replacement = fixNode && only ? trimmedLiteral(fixNode, only.texts[0], sourceCode) : undefined;
  report({
    node: only?.node ?? finals[0].node,
    messageId: "trailingWhitespace",
    data: { value: describeStrings(all) },
    fix: fixNode && replacement !== undefined ? (fixer) => fixer.replaceText(fixNode, replacement) : null,
  });
}

/**
 * The texts that end a message on every path: a string `content`, or the `text` of a content
 * array's certainly-last block when that block is certainly a text block. Undefined when some path
 * ends in something else or in something unknown.
 */
function finalTexts(message: Value): FinalText[] | undefined {
  const out: FinalText[] = [];
  for (const alt of alternatives(get(message, "content"))) {
    if (alt.kind === "known" && typeof alt.value === "string") {
      out.push({ texts: [alt.value], node: alt.node });
      continue;
    }
    if (alt.kind !== "array") return undefined;
    const last = lastElement(alt);
    if (!last) return undefined;
    const types = strings(get(last.value, "type"));
    if (!types || !types.every((t) => t === "text")) return undefined;
    const text = get(last.value, "text");
    const texts = strings(text);
    if (!texts) return undefined;
    out.push({ texts, node: texts.length === 1 && text.kind === "known" ? text.node : undefined });
  }
  return out;
}

/** The node of a property of an element's object, when it is written inside that element. */
function ownProp(el: Element, key: string): TSESTree.Node | undefined {
  const prop = propOf(el.value, key)?.node;
  return prop && prop.range[0] >= el.node.range[0] && prop.range[1] <= el.node.range[1] ? prop : undefined;
}

/** A string literal (`"…"`, or a template without expressions). */
function isStringLiteral(node: TSESTree.Node): boolean {
  return (node.type === "Literal" && typeof node.value === "string") || (node.type === "TemplateLiteral" && node.expressions.length === 0);
}

/** One piece of a string literal's source and the characters it stands for. */
interface Unit {
  readonly raw: string;
  readonly cooked: string;
}

/**
 * The source of the literal with its trailing whitespace removed, in the same quotes and escapes;
 * undefined when the literal's source cannot be read back exactly or nothing would be left.
 */
function trimmedLiteral(node: TSESTree.Node, value: string, sourceCode: Readonly<TSESLint.SourceCode>): string | undefined {
  const text = sourceCode.getText(node);
  if (text.length < 2) return undefined;
  const quote = text[0];
  const units = splitUnits(text.slice(1, -1), quote === "`");
  if (!units) return undefined;
  // Check the reading first: the units must spell exactly the value the parser saw.
  if (units.map((u) => u.cooked).join("") !== value) return undefined;
  const wanted = trimTrailing(value);
  if (wanted.length === 0) return undefined;
  let end = units.length;
  while (end > 0 && [...units[end - 1].cooked].every(maybeWhitespace)) end--;
  const kept = units.slice(0, end);
  if (kept.map((u) => u.cooked).join("") !== wanted) return undefined;
  return `${quote}${kept.map((u) => u.raw).join("")}${text[text.length - 1]}`;
}

const SIMPLE_ESCAPES: Record<string, string> = { n: "\n", t: "\t", r: "\r", v: "\v", f: "\f", b: "\b" };
const HEX = /^[0-9a-fA-F]+$/;

/**
 * Splits the body of a string or template literal into source units (a character or an escape
 * sequence) with what each stands for; undefined for a form this reader does not handle (legacy
 * octal escapes). Linear in the body's length.
 */
function splitUnits(body: string, template: boolean): Unit[] | undefined {
  const units: Unit[] = [];
  let i = 0;
  while (i < body.length) {
    const ch = body[i];
    if (ch === "\r" && template) {
      // A template's CR and CRLF both read as LF.
      const raw = body[i + 1] === "\n" ? "\r\n" : "\r";
      units.push({ raw, cooked: "\n" });
      i += raw.length;
      continue;
    }
    if (ch !== "\\") {
      units.push({ raw: ch, cooked: ch });
      i++;
      continue;
    }
    const next = body[i + 1];
    if (next === undefined) return undefined;
    let raw: string;
    let cooked: string;
    if (next in SIMPLE_ESCAPES) {
      raw = `\\${next}`;
      cooked = SIMPLE_ESCAPES[next];
    } else if (next === "x") {
      const hex = body.slice(i + 2, i + 4);
      if (hex.length !== 2 || !HEX.test(hex)) return undefined;
      raw = `\\x${hex}`;
      cooked = String.fromCharCode(parseInt(hex, 16));
    } else if (next === "u") {
      if (body[i + 2] === "{") {
        const close = body.indexOf("}", i + 3);
        const hex = close < 0 ? "" : body.slice(i + 3, close);
        if (!HEX.test(hex) || hex.length > 6 || parseInt(hex, 16) > 0x10ffff) return undefined;
        raw = body.slice(i, close + 1);
        cooked = String.fromCodePoint(parseInt(hex, 16));
      } else {
        const hex = body.slice(i + 2, i + 6);
        if (hex.length !== 4 || !HEX.test(hex)) return undefined;
        raw = `\\u${hex}`;
        cooked = String.fromCharCode(parseInt(hex, 16));
      }
    } else if (next === "\r") {
      // Line continuation: stands for nothing.
      raw = body[i + 2] === "\n" ? "\\\r\n" : "\\\r";
      cooked = "";
    } else if (next === "\n" || next === "\u2028" || next === "\u2029") {
      raw = `\\${next}`;
      cooked = "";
    } else if (next >= "0" && next <= "9") {
      const after = body[i + 2];
      if (next !== "0" || (after !== undefined && after >= "0" && after <= "9")) return undefined;
      raw = "\\0";
      cooked = "\0";
    } else {
      raw = `\\${next}`;
      cooked = next;
    }
    units.push({ raw, cooked });
    i += raw.length;
  }
  return units;
}

// ---------------------------------------------------------------------------------------------
// 5. tool_result without its tool_use
// ---------------------------------------------------------------------------------------------

/**
 * Reports each `tool_result` block of a `user` message whose `tool_use_id` is certainly none of
 * the `tool_use` ids of the assistant turn right before it. Consecutive same-role messages are one
 * turn to the API, so the walk back skips earlier `user` messages and gathers every `assistant`
 * message of the turn; every step must be certain (no unknown element in between, known roles).
 */
function checkToolResults(messages: ArrayValue, report: Report): void {
  messages.elements.forEach((message, index) => {
    if (roleOf(message.value) !== "user") return;
    const content = get(message.value, "content");
    if (content.kind !== "array") return;
    let ids: Set<string> | undefined | null = null; // null: not computed yet
    for (const block of content.elements) {
      const types = strings(get(block.value, "type"));
      if (!types || types.length === 0 || !types.every((t) => t === "tool_result")) continue;
      const idValue = get(block.value, "tool_use_id");
      const wanted = strings(idValue);
      if (!wanted || wanted.length === 0) continue;
      if (ids === null) ids = toolUseIdsBefore(messages, index);
      if (ids === undefined) return;
      const known = ids;
      if (wanted.some((w) => known.has(w))) continue;
      report({
        node: nodeOf(idValue, block.node),
        messageId: "unmatchedToolResult",
        data: {
          id: describeStrings(wanted),
          available: known.size === 0 ? "no `tool_use` block" : `only ${[...known].map((k) => JSON.stringify(k)).join(", ")}`,
        },
      });
    }
  });
}

/**
 * The ids of the `tool_use` blocks of the assistant turn before the user turn that holds message
 * `index`: an empty set when that turn certainly opens the conversation, undefined when it cannot
 * be known.
 */
function toolUseIdsBefore(messages: ArrayValue, index: number): Set<string> | undefined {
  let i = index;
  // Earlier messages of the same user turn.
  for (;;) {
    const prev = elementBefore(messages, i);
    if (!prev) return isCertainStart(messages, i) ? new Set() : undefined;
    const role = roleOf(prev.value);
    if (role === "user") {
      i--;
      continue;
    }
    if (role !== "assistant") return undefined;
    break;
  }
  // The assistant turn: every assistant message back to a user message or the start.
  const ids = new Set<string>();
  for (;;) {
    const prev = elementBefore(messages, i);
    if (!prev) return isCertainStart(messages, i) ? ids : undefined;
    const role = roleOf(prev.value);
    if (role === "user") return ids;
    if (role !== "assistant") return undefined;
    if (!collectToolUseIds(prev.value, ids)) return undefined;
    i--;
  }
}

/** Adds the ids of a message's `tool_use` blocks; false when they cannot all be known. */
function collectToolUseIds(message: Value, ids: Set<string>): boolean {
  for (const alt of alternatives(get(message, "content"))) {
    if (alt.kind === "known" && typeof alt.value === "string") continue;
    if (alt.kind !== "array" || alt.open) return false;
    for (const block of alt.elements) {
      const types = strings(get(block.value, "type"));
      if (!types) return false;
      for (const type of types) {
        if (type === "tool_use") {
          const id = strings(get(block.value, "id"));
          if (!id) return false;
          for (const s of id) ids.add(s);
        } else if (type.endsWith("tool_use")) {
          // server_tool_use, mcp_tool_use, …: not known whether a tool_result may answer them.
          return false;
        }
      }
    }
  }
  return true;
}
