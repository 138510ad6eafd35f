/**
 * The three-valued abstract values the evaluator produces, and the questions rules ask of them.
 *
 * A Value over-approximates what an expression can be at run time: `known` is one exact primitive,
 * `object`/`array` are literal shapes whose parts are Values (evaluated lazily), `oneOf` lists
 * alternatives, and `unknown` means "anything". Every question here answers "certainly" only when
 * it holds for every alternative; `unknown` never satisfies a check. That is what keeps rules quiet
 * on correlated conditionals: the alternatives of two fields are combined as if independent, which
 * is a superset of the real paths, so a check that fails on all combinations fails on all paths.
 */
import type { TSESTree } from "@typescript-eslint/utils";

export type Primitive = string | number | boolean | bigint | null | undefined;

export interface KnownValue {
  readonly kind: "known";
  readonly value: Primitive;
  /** The expression the value was written as; absent for a property that is not there. */
  readonly node?: TSESTree.Node;
  /** True for the value of a property that is absent from a closed object. */
  readonly absent?: boolean;
}

export interface Prop {
  readonly key: string;
  /** `always`: present on every path; `maybe`: present on some (e.g. from a conditional spread). */
  readonly presence: "always" | "maybe";
  /** The property's node in source (the `Property`), when it comes from exactly one place. */
  readonly node: TSESTree.Node | undefined;
  /** The value when present. */
  readonly value: Value;
}

export interface ObjectValue {
  readonly kind: "object";
  readonly props: ReadonlyMap<string, Prop>;
  /** True when unknown keys may be present (an unknown spread, an unknown computed key). */
  readonly open: boolean;
  readonly node: TSESTree.Node;
}

export interface Element {
  readonly value: Value;
  readonly node: TSESTree.Node;
  /** True when unknown elements (an unknown spread) may stand right before this one. */
  readonly gapBefore?: boolean;
  /**
   * True when this element stands for any number (none included) of elements, each this value:
   * the elements of `items.map(cb)`. A check of the element holds for each of them; a count or a
   * position must not take it as present.
   */
  readonly repeated?: boolean;
}

export interface ArrayValue {
  readonly kind: "array";
  /** The known elements, in order. */
  readonly elements: readonly Element[];
  /**
   * True when unknown elements may stand somewhere between or around the known ones (an unknown
   * spread). Known elements keep their order; `Element.gapBefore` and `tailOpen` say where.
   */
  readonly open: boolean;
  /** True when unknown elements may follow the last known element. */
  readonly tailOpen?: boolean;
  readonly node: TSESTree.Node;
}

export interface OneOfValue {
  readonly kind: "oneOf";
  readonly options: readonly Value[];
  readonly node?: TSESTree.Node;
}

export interface UnknownValue {
  readonly kind: "unknown";
}

export type Value = KnownValue | ObjectValue | ArrayValue | OneOfValue | UnknownValue;
/** A Value that is not a `oneOf`. */
export type Alternative = Exclude<Value, OneOfValue>;

export const UNKNOWN: UnknownValue = Object.freeze({ kind: "unknown" });
export const ABSENT: KnownValue = Object.freeze({ kind: "known", value: undefined, absent: true });

/** Beyond this many alternatives a value is treated as unknown (keeps combinations bounded). */
const MAX_ALTERNATIVES = 32;

export function known(value: Primitive, node?: TSESTree.Node): KnownValue {
  return node ? { kind: "known", value, node } : { kind: "known", value };
}

/** `a | b | …`, flattened, with `unknown` absorbing nothing (it stays one alternative). */
export function oneOf(options: readonly Value[], node?: TSESTree.Node): Value {
  const flat: Value[] = [];
  for (const o of options) {
    if (o.kind === "oneOf") flat.push(...o.options);
    else flat.push(o);
  }
  if (flat.length === 0) return UNKNOWN; // no alternative at all: claim nothing
  if (flat.length === 1) return flat[0];
  if (flat.length > MAX_ALTERNATIVES) return UNKNOWN;
  return { kind: "oneOf", options: flat, node };
}

/** Every alternative of a value (a value that is not a `oneOf` is its own single alternative). */
export function alternatives(value: Value): readonly Alternative[] {
  return value.kind === "oneOf" ? (value.options as Alternative[]) : [value];
}

/**
 * The element at a certain index from the start (no unknown elements before it), else undefined.
 */
export function elementAt(array: ArrayValue, index: number): Element | undefined {
  for (let i = 0; i <= index && i < array.elements.length; i++) if (array.elements[i].gapBefore) return undefined;
  return array.elements[index];
}

/** The certainly-last element of an array (nothing unknown can follow it), else undefined. */
export function lastElement(array: ArrayValue): Element | undefined {
  if (array.tailOpen || (array.open && array.tailOpen === undefined)) return undefined;
  return array.elements[array.elements.length - 1];
}

/** The element certainly right before `index` (no unknown elements between them), else undefined. */
export function elementBefore(array: ArrayValue, index: number): Element | undefined {
  const el = array.elements[index];
  if (!el || index === 0 || el.gapBefore || (array.open && el.gapBefore === undefined)) return undefined;
  return array.elements[index - 1];
}

/** True when `pred` holds for every alternative and no alternative is unknown. */
export function every(value: Value, pred: (alt: Exclude<Alternative, UnknownValue>) => boolean): boolean {
  if (value.kind !== "oneOf") return value.kind !== "unknown" && pred(value);
  for (const alt of value.options as Alternative[]) {
    if (alt.kind === "unknown" || !pred(alt)) return false;
  }
  return true;
}

/** True when some alternative is certainly known and satisfies `pred`. */
export function some(value: Value, pred: (alt: Exclude<Alternative, UnknownValue>) => boolean): boolean {
  if (value.kind !== "oneOf") return value.kind !== "unknown" && pred(value);
  for (const alt of value.options as Alternative[]) {
    if (alt.kind !== "unknown" && pred(alt)) return true;
  }
  return false;
}

/** The value of `value[key]` as a property read would see it; absent keys read as `ABSENT`. */
export function get(value: Value, key: string): Value {
  if (value.kind === "oneOf") {
    const parts: Value[] = [];
    // Alternatives that all come from one place keep it (`c ? { ...base, a } : { ...base, b }` reading base's key).
    let first: TSESTree.Node | undefined;
    let same = true;
    for (const option of value.options) {
      const part = get(option, key);
      const node = part.kind === "unknown" ? undefined : part.node;
      if (parts.length === 0) first = node;
      if (node === undefined || node !== first) same = false;
      parts.push(part);
    }
    return oneOf(parts, same ? first : undefined);
  }
  if (value.kind !== "object") return UNKNOWN;
  const prop = value.props.get(key);
  // Keys every object inherits (`toString`, `constructor`, …) are never absent.
  if (!prop) return value.open || key in Object.prototype ? UNKNOWN : ABSENT;
  if (prop.presence === "always") return prop.value;
  // Where the key is not set, an open object's unknown part may still set it.
  return oneOf([prop.value, value.open ? UNKNOWN : ABSENT]);
}

/**
 * `value?.[key]`: like `get`, but an alternative that is `undefined` or `null` (an options object
 * that was not passed) reads as absent instead of unknown.
 */
export function getOptional(value: Value, key: string): Value {
  if (value.kind === "oneOf") return oneOf(value.options.map((o) => getOptional(o, key)));
  if (value.kind === "known" && value.value == null) return ABSENT;
  return get(value, key);
}

/** The property record for `key` when `value` is a single object that has it. */
export function propOf(value: Value, key: string): Prop | undefined {
  return value.kind === "object" ? value.props.get(key) : undefined;
}

/** `value[key1][key2]…`. */
export function path(value: Value, ...keys: string[]): Value {
  let v = value;
  for (const k of keys) v = get(v, k);
  return v;
}

/** True when the value is certainly `undefined` or `null` (an absent property included). */
export function isNullish(value: Value): boolean {
  if (value.kind === "known") return value.value == null;
  if (value.kind !== "oneOf") return false;
  for (const a of value.options) if (a.kind !== "known" || a.value != null) return false;
  return true;
}

/** True when the value is certainly neither `undefined` nor `null`. */
export function isPresent(value: Value): boolean {
  return every(value, (a) => a.kind !== "known" || a.value != null);
}

/** The possible values when every alternative is a known primitive of one type; otherwise undefined. */
function primitives<T extends "string" | "number">(value: Value, type: T): (T extends "string" ? string : number)[] | undefined {
  if (value.kind === "known") return typeof value.value === type ? [value.value as T extends "string" ? string : number] : undefined;
  if (value.kind !== "oneOf") return undefined;
  const out: (T extends "string" ? string : number)[] = [];
  for (const alt of value.options) {
    if (alt.kind !== "known" || typeof alt.value !== type) return undefined;
    out.push(alt.value as T extends "string" ? string : number);
  }
  return out;
}

/** The possible strings when every alternative is a known string; otherwise undefined. */
export function strings(value: Value): string[] | undefined {
  return primitives(value, "string");
}

/** The possible numbers when every alternative is a known number; otherwise undefined. */
export function numbers(value: Value): number[] | undefined {
  return primitives(value, "number");
}

/** The single known primitive the value certainly is, else undefined (`{ ok: false }`). */
export function single(value: Value): { ok: true; value: Primitive } | { ok: false } {
  if (value.kind === "known") return { ok: true, value: value.value };
  if (value.kind !== "oneOf") return NOT_SINGLE;
  const alts = value.options;
  const first = alts[0];
  if (first.kind !== "known") return NOT_SINGLE;
  for (const a of alts) if (a.kind !== "known" || !Object.is(a.value, first.value)) return NOT_SINGLE;
  return { ok: true, value: first.value };
}

const NOT_SINGLE: { ok: false } = Object.freeze({ ok: false });

/** Truthiness, when every alternative agrees. */
export function truthiness(value: Value): boolean | undefined {
  if (value.kind === "known") return Boolean(value.value);
  if (value.kind === "unknown") return undefined;
  if (value.kind !== "oneOf") return true;
  let result: boolean | undefined;
  for (const alt of alternatives(value)) {
    let t: boolean;
    if (alt.kind === "unknown") return undefined;
    if (alt.kind === "known") t = Boolean(alt.value);
    else t = true;
    if (result === undefined) result = t;
    else if (result !== t) return undefined;
  }
  return result;
}

/** The node to report for a value, or the fallback when the value has none. */
export function nodeOf(value: Value, fallback: TSESTree.Node): TSESTree.Node {
  if (value.kind === "unknown") return fallback;
  return value.node ?? fallback;
}
