// Lint config of this repository itself (for the plugin's users, see examples/eslint.config.mjs).
// typescript-eslint's recommended rules without type information, to stay fast.
import { defineConfig, globalIgnores } from "eslint/config";
import tseslint from "typescript-eslint";

export default defineConfig(
  globalIgnores(["dist/", "examples/", "node_modules/", "coverage/", "corpus/"]),
  tseslint.configs.recommended,
);
