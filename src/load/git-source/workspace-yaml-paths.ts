/**
 * The YAML files of a workspace a roll-up reads from a git source: the configuration, units, who
 * carries what, the ledgers, each evidence folder's index.yaml, the problem list and the monthly
 * returns. Nothing else is fetched (evidence is counted by its name in the tree).
 */
const TOP = new Set(['ledger.yaml', 'units.yaml', 'responsibilities.yaml', 'catalog-notes.yaml', 'problems.yaml', 'returns.yaml']);

export function isWorkspaceYaml(path: string): boolean {
  if (TOP.has(path)) return true;
  const parts = path.split('/');
  if (parts.length === 2 && parts[0] === 'assignments') return /\.ya?ml$/i.test(parts[1]!);
  return parts.length === 3 && parts[0] === 'evidence' && parts[2] === 'index.yaml';
}
