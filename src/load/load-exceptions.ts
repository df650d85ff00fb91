import fs from 'node:fs';
import path from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { parseYaml } from './parse-yaml.js';
import { evidenceIndexSchema, type MaterialException } from '../model/schemas/evidence-index.js';
import type { SourceMap } from './source-map.js';

export interface FolderExceptions {
  /** workspace-relative index.yaml */
  file: string;
  byMaterial: Map<number, MaterialException>;
}

/** Read `evidence/<folder>/index.yaml` if there is one. */
export function loadExceptions(root: string, folder: string, sources: SourceMap, diagnostics: Diagnostic[]): FolderExceptions | null {
  const file = `evidence/${folder}/index.yaml`;
  const abs = path.join(root, 'evidence', folder, 'index.yaml');
  if (!fs.existsSync(abs)) return null;
  const parsed = parseYaml(fs.readFileSync(abs, 'utf8'), file, evidenceIndexSchema);
  diagnostics.push(...parsed.diagnostics);
  sources.add(file, parsed.doc, parsed.lineCounter);
  if (!parsed.value) return null;
  const byMaterial = new Map<number, MaterialException>();
  for (const [k, v] of Object.entries(parsed.value.materials)) byMaterial.set(Number(k), v);
  return { file, byMaterial };
}
