import { MAX_YAML_BYTES } from '../../util/read-safely.js';
import { listTree, readBlobs } from '../../load/git-history.js';
import { parseYaml } from '../../load/parse-yaml.js';
import { assignmentsFileSchema } from '../../model/schemas/assignments.js';
import { problemsFileSchema } from '../../model/schemas/problems.js';
import { resolveUnit, type UnitIndex } from '../../model/units.js';
import type { ProgressSide } from './own-progress.js';

/**
 * The two sides the 无进展 rule compares, read from git: the tree of each commit (one `git
 * ls-tree`), its assignments files and problems.yaml (one `git cat-file --batch` for all).
 * null when git cannot give them (the overview then says nothing about progress).
 */
export async function readProgressSides(
  root: string,
  before: string,
  now: string,
  units: UnitIndex,
): Promise<{ before: ProgressSide; now: ProgressSide } | null> {
  try {
    const [treeBefore, treeNow] = await Promise.all([listTree(root, before), listTree(root, now)]);
    const yamlOf = (tree: typeof treeBefore) => tree.filter((f) => /^assignments\/[^/]+\.ya?ml$/i.test(f.path));
    // The working tree's cap applies to history too: a blob over it is never asked of git.
    const ids = [...yamlOf(treeBefore), ...yamlOf(treeNow)].filter((f) => f.size <= MAX_YAML_BYTES).map((f) => f.blob);
    const texts = await readBlobs(root, [...new Set(ids)], MAX_YAML_BYTES);
    // problems.yaml sits outside the folders listTree reads: asked for by `<commit>:<path>`.
    const problemTexts = await Promise.all([before, now].map((c) => readBlobs(root, [`${c}:problems.yaml`], MAX_YAML_BYTES)));
    const side = (tree: typeof treeBefore, problemsText: string | undefined): ProgressSide => {
      const ledgers: ProgressSide['ledgers'] = {};
      for (const f of yamlOf(tree)) {
        const v = parseYaml(texts.get(f.blob) ?? '', f.path, assignmentsFileSchema).value;
        if (v) ledgers[v.unit] = Object.fromEntries(Object.entries(v.indicators).map(([id, a]) => [id, `${a.status}\n${a.progress}`]));
      }
      const problems: ProgressSide['problems'] = {};
      const p = problemsText === undefined ? null : parseYaml(problemsText, 'problems.yaml', problemsFileSchema).value;
      for (const x of p?.problems ?? []) {
        const state = JSON.stringify([x.status, x.measures, x.closed ?? null, x.evidence]);
        problems[x.id] = { unit: resolveUnit(units, x.unit) ?? x.unit, state };
      }
      return { tree, ledgers, problems };
    };
    return {
      before: side(treeBefore, [...problemTexts[0]!.values()][0]),
      now: side(treeNow, [...problemTexts[1]!.values()][0]),
    };
  } catch {
    return null;
  }
}
