/** The .gitignore `ledger init` writes (the CI files come from ./ci/). */
export const GITIGNORE = `# ledger: caches and generated files
.*.tmp
.ledger-cache/
exports/
bundles/
# installed packages (never evidence; a name here is read by the check only when this line is missing)
node_modules/
`;
