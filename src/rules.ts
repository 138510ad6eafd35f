/** Every rule of the plugin, by name. */
import requireMaxRetries from "../rules/require-max-retries";
import validCacheControl from "../rules/valid-cache-control";
import validStructuredOutput from "../rules/valid-structured-output";
import validToolChoice from "../rules/valid-tool-choice";

export const rules = {
  "require-max-retries": requireMaxRetries,
  "valid-cache-control": validCacheControl,
  "valid-structured-output": validStructuredOutput,
  "valid-tool-choice": validToolChoice,
};
