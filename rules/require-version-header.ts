import { createRequestRule } from "../src/kit/create-rule";
import { alternatives, nodeOf } from "../src/engine/value";

type MessageIds = "missingVersionHeader";

const HEADER = "anthropic-version";

export default createRequestRule<[], MessageIds>({
  name: "require-version-header",
  requiresText: ["anthropic.com"],
  meta: {
    type: "problem",
    docs: {
      description: "Require the `anthropic-version` header on raw HTTP requests to the Messages API",
      recommended: true,
    },
    schema: [],
    messages: {
      missingVersionHeader:
        "This {{method}} to the Messages API sends no `anthropic-version` header: the API answers 400 invalid_request_error. Add `\"anthropic-version\": \"2023-06-01\"` (or the version your code targets) to the headers, or use the SDK, which sends it.",
    },
  },
  defaultOptions: [],
  create() {
    return ({ request, report }) => {
      const { site } = request;
      if (site.kind !== "http") return;
      const method = site.node.callee.type === "MemberExpression" ? "`axios.post`" : "`fetch`";
      const headers = request.httpHeaders;
      if (!headers) {
        // No headers at all: only certain when the request init is a literal without them.
        const initValue = request.httpInit;
        const closedWithout =
          initValue !== undefined &&
          alternatives(initValue).every((a) => a.kind === "object" && !a.open && !a.props.has("headers"));
        if (closedWithout) report({ node: site.node, messageId: "missingVersionHeader", data: { method } });
        return;
      }
      const missing = alternatives(headers).every(
        (a) => a.kind === "object" && !a.open && ![...a.props.keys()].some((k) => k.toLowerCase() === HEADER),
      );
      if (missing) report({ node: nodeOf(headers, site.node), messageId: "missingVersionHeader", data: { method } });
    };
  },
});
