/** eslint-doc-generator: the README rule table and the notices at the top of each docs/rules page. */
module.exports = {
  ignoreConfig: ["all", "legacy-all", "legacy-recommended"],
  ruleDocTitleFormat: "prefix-name",
  // Pages of rules without options still say so under "Options", as typescript-eslint's do.
  ruleDocSectionOptions: false,
  ruleListColumns: ["name", "description", "configsError", "fixable", "hasSuggestions", "options"],
  urlConfigs: "https://github.com/eslint-plugin-anthropic/eslint-plugin-anthropic#configs",
};
