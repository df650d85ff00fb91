import fs from 'node:fs';
import path from 'node:path';
import { diag, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { ProblemEvidence, ProblemList } from '../model/problems.js';
import type { Document } from 'yaml';
import { problemsFileSchema, salvageProblems, type Problem } from '../model/schemas/problems.js';
import { resolveUnit, type UnitIndex } from '../model/units.js';
import { MAX_YAML_BYTES, readTextSafely } from '../util/read-safely.js';
import { parseYaml } from './parse-yaml.js';
import { readProblemFinding } from './read-workspace-file.js';
import type { SourceMap } from '../model/source-map.js';

export const PROBLEMS_FILE = 'problems.yaml';

/**
 * Where a path named as evidence of a fix leads: it must stay inside the workspace, also after
 * following symlinks (a link to ~/Desktop proves nothing to the reviewer who clones the repository).
 */
export function evidenceState(root: string, rel: string): ProblemEvidence['state'] {
  if (path.isAbsolute(rel) || path.win32.isAbsolute(rel)) return 'outside';
  const abs = path.resolve(root, ...rel.split(/[\\/]/));
  const inside = (base: string, p: string): boolean => {
    const r = path.relative(base, p);
    return r !== '' && !r.startsWith('..') && !path.isAbsolute(r);
  };
  if (!inside(root, abs)) return 'outside';
  try {
    fs.lstatSync(abs);
  } catch {
    return 'missing';
  }
  try {
    return inside(fs.realpathSync(root), fs.realpathSync(abs)) ? 'ok' : 'outside';
  } catch {
    return 'missing'; // a symlink that points nowhere
  }
}

/**
 * problems.yaml, when there is one: absent is no problems (null). Parse and schema errors become
 * located diagnostics like every other YAML file's; the entries valid on their own are still kept.
 */
export function loadProblems(root: string, units: UnitIndex, sources: SourceMap, diagnostics: Diagnostic[]): ProblemList | null {
  // Read like every other YAML file: never through a link, a FIFO or past the size cap.
  const abs = path.join(root, PROBLEMS_FILE);
  const read = readTextSafely(abs, MAX_YAML_BYTES);
  if ('problem' in read) {
    if (read.problem === 'missing') return null;
    diagnostics.push(readProblemFinding(root, abs, read, { file: PROBLEMS_FILE }));
    return { file: PROBLEMS_FILE, items: [], usable: false };
  }
  const text = read.text;
  const parsed = parseYaml(text, PROBLEMS_FILE, problemsFileSchema);
  diagnostics.push(...parsed.diagnostics);
  sources.add(PROBLEMS_FILE, parsed.doc, parsed.lineCounter);
  const entries = parsed.value ? parsed.value.problems.map((value, index) => ({ index, value })) : salvage(parsed.doc);
  return {
    file: PROBLEMS_FILE,
    usable: parsed.value !== null,
    items: entries.map(({ index, value }) => ({
      index,
      value,
      unit: resolveUnit(units, value.unit) ?? null,
      evidence: value.evidence.map((p) => ({ path: p, state: evidenceState(root, p) })),
    })),
  };
}

/** The valid entries of a file that matches its schema only in part (none when it does not even parse). */
function salvage(doc: Document | null): { index: number; value: Problem }[] {
  if (!doc || doc.errors.length > 0) return [];
  try {
    return salvageProblems(doc.toJS({ maxAliasCount: 100 })) ?? [];
  } catch {
    return []; // an alias bomb: already reported by parseYaml
  }
}
