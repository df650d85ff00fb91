/** The .gitignore `ledger init` writes (the CI files come from ./ci/). */
export const GITIGNORE = `# ledger: caches and generated files
.*.tmp
.ledger-cache/
exports/
bundles/
`;
