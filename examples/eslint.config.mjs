// The flat config a user of the plugin writes (ESLint 9 and 10).
// In your own project the first import is: import anthropic from "eslint-plugin-anthropic";
import anthropic from "../dist/src/index.js";
import tseslint from "typescript-eslint";

export default [
  // Parse TypeScript with typescript-eslint's parser (no type information needed).
  { files: ["**/*.ts"], languageOptions: { parser: tseslint.parser } },
  // This example's plain JavaScript is CommonJS.
  { files: ["**/*.js"], languageOptions: { sourceType: "commonjs" } },
  anthropic.configs.recommended,
];
