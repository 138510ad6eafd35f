/** Every rule of the plugin, by name. */
import requireMaxRetries from "../rules/require-max-retries";
import validToolChoice from "../rules/valid-tool-choice";

export const rules = {
  "require-max-retries": requireMaxRetries,
  "valid-tool-choice": validToolChoice,
};
