/**
 * What is known about model ids and request fields for one linted file, from three sources, most
 * trusted first:
 *
 * 1. type information, when the user's config provides it: the `Model` union and the request
 *    interfaces of the SDK the program itself compiles against;
 * 2. the `@anthropic-ai/sdk` the file would load (`installed.ts`): its version, `Model` union,
 *    deprecation map and request interfaces;
 * 3. the plugin's tables (`models.ts`, and `sdk-snapshot.ts` generated from the SDK release the
 *    tables were last synced with).
 *
 * On what the sources share, the newer knowledge wins: the installed SDK when it is at least as
 * new as the snapshot, else the tables. An id any source lists exists. A deprecated id whose
 * end-of-life date has passed (by `settings.anthropic.today`, or the real date) is retired — unless
 * an SDK released more than a week after that date still lists it, which says the date no longer
 * holds (the SDK removes retired ids in its next release: 1.15.0 removed Sonnet 4.5 on its
 * end-of-life day). An id nobody lists is classified by `model-ids.ts`: newer, or certainly wrong.
 */
import { MODELS, lookupModel, type ModelInfo } from "./models";
import { classifyUnlisted, indexFamilies, type FamilyIndex, type UnlistedId } from "./model-ids";
import { compareVersions, dayNumber, today, type SdkFacts, type SdkFields } from "./sdk-facts";
import { SDK_SNAPSHOT } from "./sdk-snapshot";

/** Days after an end-of-life date within which an SDK release may still list the id. */
const RELEASE_GRACE_DAYS = 7;

export type Lifecycle =
  | { readonly kind: "active"; readonly model: ModelInfo | undefined }
  | {
      readonly kind: "deprecated";
      readonly model: ModelInfo | undefined;
      readonly endOfLife: string;
      /** The date has passed, yet this SDK release, made after it, still lists the id. */
      readonly stillListedBy?: { readonly version: string; readonly released: string };
    }
  | {
      readonly kind: "retired";
      readonly model: ModelInfo | undefined;
      readonly endOfLife: string | undefined;
      /** Retired by its end-of-life date (or dropped by a newer SDK), not yet in the tables as such. */
      readonly byDate?: boolean;
    }
  | { readonly kind: "unlisted"; readonly verdict: UnlistedId };

/** What type information says (the SDK's declarations as the program compiles them). */
export interface TypedSdk {
  readonly models?: readonly string[];
  readonly fields?: SdkFields;
}

export interface KnowledgeSources {
  /** The installed SDK's facts (called at most once, when first needed). */
  readonly installed: () => SdkFacts | undefined;
  /** What type information says (called at most once, when first needed). */
  readonly typed: () => TypedSdk | undefined;
  /** Today as `YYYYMMDD`. */
  readonly today: number;
}

/** Calendar days from day number `a` to `b` (`YYYYMMDD`). */
function daysBetween(a: number, b: number): number {
  const toTime = (d: number): number => Date.UTC(Math.floor(d / 10_000), (Math.floor(d / 100) % 100) - 1, d % 100);
  return Math.round((toTime(b) - toTime(a)) / 86_400_000);
}

const TABLE_LIVE = MODELS.filter((m) => m.status !== "retired").flatMap((m) => [m.id, ...m.aliases]);
const TABLE_ALL = MODELS.flatMap((m) => [m.id, ...m.aliases]);

/** Lifecycles per installed SDK (its facts object, or none) and day, shared by the files that have both. */
const lifecyclesBySdk = new WeakMap<object, Map<number, Map<string, Lifecycle>>>();
const NO_SDK = {};

function sharedLifecycles(installed: SdkFacts | undefined, day: number): Map<string, Lifecycle> {
  const key = installed ?? NO_SDK;
  let byDay = lifecyclesBySdk.get(key);
  if (!byDay) lifecyclesBySdk.set(key, (byDay = new Map()));
  let byId = byDay.get(day);
  if (!byId) byDay.set(day, (byId = new Map()));
  return byId;
}

export class Knowledge {
  private installedFacts: SdkFacts | undefined | null = null;
  private typedFacts: TypedSdk | undefined | null = null;
  private index: FamilyIndex | undefined;
  private readonly lifecycles = new Map<string, Lifecycle>();
  private current: boolean | undefined;
  private readonly fields = new Map<keyof SdkFields, ReadonlySet<string> | undefined>();

  constructor(private readonly sources: KnowledgeSources) {}

  get today(): number {
    return this.sources.today;
  }

  /** The installed SDK's facts (read on first use). */
  installed(): SdkFacts | undefined {
    if (this.installedFacts === null) this.installedFacts = this.sources.installed();
    return this.installedFacts;
  }

  typed(): TypedSdk | undefined {
    if (this.typedFacts === null) this.typedFacts = this.sources.typed();
    return this.typedFacts;
  }

  /** True when the installed SDK is at least as new as the release the tables come from. */
  installedIsCurrent(): boolean {
    if (this.current === undefined) {
      const v = this.installed()?.version;
      this.current = v !== undefined && SDK_SNAPSHOT.version !== undefined && compareVersions(v, SDK_SNAPSHOT.version) >= 0;
    }
    return this.current;
  }

  /** Every id some source lists as served (the tables' live ids, the installed and typed unions). */
  listedIds(): ReadonlySet<string> {
    return new Set([...TABLE_LIVE, ...(this.installed()?.models ?? []), ...(this.typed()?.models ?? [])]);
  }

  /** The status of a first-party model id (`claude-opus-4-5`, not a Bedrock or Vertex form). */
  lifecycle(id: string): Lifecycle {
    let result = this.lifecycles.get(id);
    if (!result) {
      // Without type information the answer depends only on the installed SDK and the date:
      // files that share both share it.
      const shared = this.typed() === undefined ? sharedLifecycles(this.installed(), this.today) : undefined;
      result = shared?.get(id) ?? this.computeLifecycle(id);
      shared?.set(id, result);
      this.lifecycles.set(id, result);
    }
    return result;
  }

  private computeLifecycle(id: string): Lifecycle {
    const model = lookupModel(id);
    // Retired in the tables: no SDK can bring it back (an old SDK's union still lists such ids).
    if (model?.status === "retired") return { kind: "retired", model, endOfLife: model.endOfLife };
    const installed = this.installed();
    const current = this.installedIsCurrent();
    const installedLists = installed?.models?.includes(id) ?? false;
    const typedLists = this.typed()?.models?.includes(id) ?? false;

    // A newer SDK dropped a deprecated id: the SDK removes ids when they retire.
    if (current && model?.status === "deprecated" && installed?.models && !installedLists && !typedLists) {
      return { kind: "retired", model, endOfLife: installed.deprecated?.[id] ?? model.endOfLife, byDate: true };
    }

    const tableDate = model?.status === "deprecated" ? model.endOfLife : undefined;
    const installedDate = installed?.deprecated?.[id];
    const endOfLife = installedDate !== undefined && (current || tableDate === undefined) ? installedDate : (tableDate ?? installedDate);
    if (endOfLife !== undefined) {
      const day = dayNumber(endOfLife);
      if (day === undefined || this.today < day) return { kind: "deprecated", model, endOfLife };
      const stillListedBy = this.listedAfter(id, day);
      if (stillListedBy) return { kind: "deprecated", model, endOfLife, stillListedBy };
      return { kind: "retired", model, endOfLife, byDate: true };
    }
    if (model || installedLists || typedLists) return { kind: "active", model };
    return { kind: "unlisted", verdict: classifyUnlisted(id, this.familyIndex()) };
  }

  /** An SDK release made more than a week after `day` that still lists `id` as deprecated. */
  private listedAfter(id: string, day: number): { version: string; released: string } | undefined {
    for (const facts of [this.installed(), SDK_SNAPSHOT]) {
      if (!facts?.version || !facts.released || facts.deprecated?.[id] === undefined) continue;
      const released = dayNumber(facts.released);
      if (released !== undefined && daysBetween(day, released) > RELEASE_GRACE_DAYS) return { version: facts.version, released: facts.released };
    }
    return undefined;
  }

  private familyIndex(): FamilyIndex {
    if (!this.index) {
      const listed = this.listedIds();
      this.index = indexFamilies([...TABLE_ALL, ...listed], listed);
    }
    return this.index;
  }

  /**
   * The top-level fields the SDK the user compiles against declares for a request interface
   * (type information first, else the installed SDK), or undefined when neither says.
   */
  declaredFields(which: keyof SdkFields): ReadonlySet<string> | undefined {
    if (this.fields.has(which)) return this.fields.get(which);
    const typed = this.typed()?.fields?.[which];
    const installed = this.installed()?.fields[which];
    const fields = !typed && !installed ? undefined : new Set([...(typed ?? []), ...(installed ?? [])]);
    this.fields.set(which, fields);
    return fields;
  }

  /** The server tool types the installed SDK declares (GA or beta), or undefined. */
  declaredServerTools(beta: boolean): Readonly<Record<string, string | null>> | undefined {
    const tools = this.installed()?.serverTools;
    return beta ? tools?.beta : tools?.ga;
  }
}

let dayCache: { readonly at: number; readonly day: number } | undefined;

/** Today, read from the clock at most once a minute (asked once per linted file). */
function currentDay(): number {
  const now = Date.now();
  if (!dayCache || now < dayCache.at || now - dayCache.at > 60_000) dayCache = { at: now, day: today(new Date(now)) };
  return dayCache.day;
}

/** Parse `settings.anthropic.today`; a bad value is a configuration error that names itself. */
export function todayFromSettings(settings: unknown, now?: Date): number {
  const value = (settings as { anthropic?: { today?: unknown } } | undefined)?.anthropic?.today;
  if (value === undefined) return now ? today(now) : currentDay();
  const day = typeof value === "string" ? dayNumber(value) : undefined;
  if (day === undefined || !/^\d{4}-\d{2}-\d{2}$/.test(String(value))) {
    throw new Error(
      `eslint-plugin-anthropic: settings.anthropic.today must be a date written YYYY-MM-DD (e.g. "2026-12-06"), got ${JSON.stringify(value)}.`,
    );
  }
  return day;
}
