/** Every rule of the plugin, by name. */
import noUnknownParams from "../rules/no-unknown-params";
import requireMaxRetries from "../rules/require-max-retries";
import requireVersionHeader from "../rules/require-version-header";
import validCacheControl from "../rules/valid-cache-control";
import validMaxTokens from "../rules/valid-max-tokens";
import validMessages from "../rules/valid-messages";
import validModel from "../rules/valid-model";
import validSampling from "../rules/valid-sampling";
import validStructuredOutput from "../rules/valid-structured-output";
import validThinking from "../rules/valid-thinking";
import validToolChoice from "../rules/valid-tool-choice";
import validTools from "../rules/valid-tools";

export const rules = {
  "no-unknown-params": noUnknownParams,
  "require-max-retries": requireMaxRetries,
  "require-version-header": requireVersionHeader,
  "valid-cache-control": validCacheControl,
  "valid-max-tokens": validMaxTokens,
  "valid-messages": validMessages,
  "valid-model": validModel,
  "valid-sampling": validSampling,
  "valid-structured-output": validStructuredOutput,
  "valid-thinking": validThinking,
  "valid-tool-choice": validToolChoice,
  "valid-tools": validTools,
};
