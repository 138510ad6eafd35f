/**
 * How Claude model ids are formed, and what an id nobody lists can be: newer than everything known
 * (not a 404 until proven), or certainly wrong.
 *
 * Since Claude 4 the API names models `claude-<family>-<major>[-<minor>][-<YYYYMMDD>]`
 * (`claude-opus-4-5-20251101`, `claude-sonnet-5-5`); before, `claude-<major>[-<minor>]-<family>-<date>`
 * (`claude-3-5-sonnet-20241022`), and `claude-2.1` / `claude-instant-1.2`. Ids have never used dots
 * since Claude 3, and no new id has the old order. So, for an id that no table and no installed SDK
 * lists:
 *
 * - a family the lists know and still serve, at a version above its newest known version → newer;
 * - a known version with a snapshot date after its newest known snapshot → newer;
 * - a family no list knows, whose name is not one edit or two away from a known family → newer;
 * - everything else → wrong: a version between known versions that does not exist, a snapshot date
 *   before the newest known one of that version (or on a version only ever served undated, as every
 *   model from Claude Opus 4.6 on), a known version under a name it never had
 *   (`claude-sonnet-4` for `claude-sonnet-4-0`), a misspelt family, dots, the old word order, and
 *   ids of neither shape.
 */

import { editDistance } from "../kit/text";

/** Modern form: family, major, optional minor, optional snapshot date. Anchored, no nested quantifiers. */
const MODERN = /^claude-([a-z]+)-([0-9]{1,2})(?:-([0-9]{1,2}))?(?:-([0-9]{8}))?$/;

export interface ModernId {
  readonly family: string;
  readonly major: number;
  readonly minor: number | undefined;
  readonly date: string | undefined;
}

/** The parts of a modern-form id, or undefined for any other shape. */
export function parseModern(id: string): ModernId | undefined {
  const m = MODERN.exec(id);
  if (!m) return undefined;
  return { family: m[1], major: Number(m[2]), minor: m[3] === undefined ? undefined : Number(m[3]), date: m[4] };
}

/** `major * 100 + minor` (minor 0 when absent): versions compare as numbers. */
function versionKey(id: ModernId): number {
  return id.major * 100 + (id.minor ?? 0);
}

/** What the known ids say about each family: its versions and their snapshot dates. */
export interface FamilyIndex {
  /** family → version key → the snapshot dates known for that version (empty: known undated only). */
  readonly families: ReadonlyMap<string, ReadonlyMap<number, ReadonlySet<string>>>;
  /** Families with a model still served: only these can have newer versions. */
  readonly live: ReadonlySet<string>;
}

/** Index the modern-form ids among `ids`; `liveIds` are those of models still served. */
export function indexFamilies(ids: Iterable<string>, liveIds: Iterable<string>): FamilyIndex {
  const families = new Map<string, Map<number, Set<string>>>();
  const live = new Set<string>();
  for (const id of liveIds) {
    const p = parseModern(id);
    if (p) live.add(p.family);
  }
  for (const id of ids) {
    const p = parseModern(id);
    if (!p) continue;
    let versions = families.get(p.family);
    if (!versions) families.set(p.family, (versions = new Map()));
    let dates = versions.get(versionKey(p));
    if (!dates) versions.set(versionKey(p), (dates = new Set()));
    if (p.date) dates.add(p.date);
  }
  return { families, live };
}

export type UnlistedId =
  | { readonly kind: "newer"; readonly why: "version" | "snapshot" | "family" }
  | { readonly kind: "wrong"; readonly why: "version" | "snapshot" | "name" | "family" | "form" };

/** What an id that is not listed anywhere is (see the file comment). `id` is a first-party id. */
export function classifyUnlisted(id: string, index: FamilyIndex): UnlistedId {
  const p = parseModern(id);
  if (!p) return { kind: "wrong", why: "form" };
  const versions = index.families.get(p.family);
  if (!versions) {
    for (const family of index.families.keys()) {
      if (editDistance(p.family, family, 2) <= (family.length <= 5 ? 1 : 2)) return { kind: "wrong", why: "family" };
    }
    return { kind: "newer", why: "family" };
  }
  const key = versionKey(p);
  const newest = Math.max(...versions.keys());
  if (key > newest) return index.live.has(p.family) ? { kind: "newer", why: "version" } : { kind: "wrong", why: "version" };
  const dates = versions.get(key);
  if (!dates) return { kind: "wrong", why: "version" };
  if (p.date === undefined) return { kind: "wrong", why: "name" };
  // Versions known only undated (4.6 on) have never had snapshots: a date there is invented.
  const latest = [...dates].sort().pop();
  if (latest !== undefined && p.date > latest) return { kind: "newer", why: "snapshot" };
  return { kind: "wrong", why: "snapshot" };
}
