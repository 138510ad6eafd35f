/**
 * The SDK surface map (`src/sources/sdk.ts` ENDPOINTS, RESOURCE_CLASSES) against the devDependency
 * SDK: every endpoint is a method of the resource class at its path, every body type is declared
 * there, and every raw HTTP path is the one the SDK posts to.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ENDPOINTS, RESOURCE_CLASSES } from "../../src/sources/sdk";
import { DEV_SDK_ROOT } from "../helpers/sdk-fixture";

/** The declaration file of the resource at a path below the client. */
function resourceFile(resourcePath: readonly string[]): string {
  const rest = resourcePath[0] === "beta" ? ["beta", ...resourcePath.slice(1)] : [...resourcePath];
  const last = rest[rest.length - 1];
  return path.join(DEV_SDK_ROOT, "resources", ...rest.slice(0, -1), last === "messages" ? "messages" : "", `${last}.d.ts`).replace(`${path.sep}${path.sep}`, path.sep);
}

const read = (file: string): string => readFileSync(file, "utf8");

describe("ENDPOINTS vs the devDependency SDK", () => {
  it.each(ENDPOINTS.map((e) => [`${e.path.join(".")}.${e.name}`, e] as const))("%s", (_label, endpoint) => {
    const file = resourceFile(endpoint.path);
    expect(existsSync(file), file).toBe(true);
    const text = read(file);
    const className = endpoint.path[endpoint.path.length - 1] === "batches" ? "Batches" : "Messages";
    const start = text.indexOf(`export declare class ${className} extends APIResource {`);
    expect(start, className).toBeGreaterThanOrEqual(0);
    const body = text.slice(start, text.indexOf("\n}\n", start));
    expect(body).toMatch(new RegExp(`\\n {4}${endpoint.name}(<[^\\n]*>)?\\(`));
    for (const type of endpoint.bodyTypes) {
      const bare = endpoint.beta ? type.replace(/^Beta/, "") : type;
      const declared = new RegExp(`export (interface|type) (${type}|${bare})\\b`).test(text);
      expect(declared, `${type} in ${file}`).toBe(true);
    }
    if (endpoint.http) {
      const js = read(file.replace(/\.d\.ts$/, ".js"));
      expect(js).toContain(`this._client.post('${endpoint.http}'`);
    }
  });

  it("every resource class named for type information is declared where it says", () => {
    for (const r of RESOURCE_CLASSES) {
      const file = resourceFile(r.path);
      expect(r.file.test(file.replace(/\\/g, "/")), `${r.className} ${file}`).toBe(true);
      expect(read(file)).toContain(`export declare class ${r.className} extends APIResource`);
    }
  });
});
