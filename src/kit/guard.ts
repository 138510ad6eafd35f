/**
 * The one place a defensive `catch` lives. A rule must never break the user's lint run, so an
 * exception nobody foresaw becomes silence there; but silence hides bugs, so the test suite runs
 * with strict guards (`ESLINT_PLUGIN_ANTHROPIC_STRICT=1`, set by `tests/setup.ts` and passed to
 * every ESLint process the tests start), where the exception is thrown again and fails the test —
 * and the fuzz run — that caused it.
 *
 * Expected failures (a file that does not exist, a package.json that is not JSON) are handled where
 * they happen and do not come here.
 */

let strict = process.env.ESLINT_PLUGIN_ANTHROPIC_STRICT === "1";

/** Turn strict guards on or off (tests). */
export function setStrictGuards(on: boolean): void {
  strict = on;
}

export function strictGuards(): boolean {
  return strict;
}

/** `fn()`, or `fallback` when it throws (rethrown under strict guards). */
export function guard<T>(fn: () => T, fallback: T): T {
  try {
    return fn();
  } catch (error) {
    if (strict) throw error;
    return fallback;
  }
}

/** `fn(arg)`, ignoring what it throws (rethrown under strict guards): `guard` without a closure per call. */
export function guardCall<A>(fn: (arg: A) => void, arg: A): void {
  try {
    fn(arg);
  } catch (error) {
    if (strict) throw error;
  }
}
