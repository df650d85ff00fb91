import type { CatalogEntry } from '../../model/catalog.js';

/** What a workspace's copy of the catalog says differently from the shipped one, per indicator. */
export interface CatalogDifference {
  id: string;
  /** a note for catalog-notes.yaml (the local wording of changed fields), when anything but materials changed */
  note?: string;
  /** per material number, the local wording where it differs */
  materials: Record<string, string>;
}

const FIELDS: { key: keyof CatalogEntry; label: string }[] = [
  { key: 'area', label: '一级指标' },
  { key: 'group', label: '二级指标' },
  { key: 'text', label: '指标内容' },
  { key: 'methods', label: '测评方式' },
  { key: 'leadDepartments', label: '牵头单位' },
  { key: 'responsibleRaw', label: '责任单位（原文）' },
  { key: 'materialsFrom', label: '合并报送' },
];

const show = (v: unknown): string => (Array.isArray(v) ? v.join('、') : v === undefined ? '（无）' : String(v));

/**
 * Compare a workspace's copy of the catalog (the earlier layout) with the shipped one. Each
 * changed field becomes the note's wording; a changed material its own note; indicators only in
 * the copy or only in the shipped catalog are listed apart (they cannot be notes of the pinned one).
 */
export function catalogDifferences(
  local: readonly CatalogEntry[],
  shipped: ReadonlyMap<string, CatalogEntry>,
): { differences: CatalogDifference[]; onlyLocal: string[]; onlyShipped: string[] } {
  const differences: CatalogDifference[] = [];
  const onlyLocal: string[] = [];
  const seen = new Set<string>();
  for (const e of local) {
    seen.add(e.id);
    const s = shipped.get(e.id);
    if (!s) {
      onlyLocal.push(e.id);
      continue;
    }
    const lines = FIELDS.filter((f) => show(e[f.key]) !== show(s[f.key])).map((f) => `${f.label}：${show(e[f.key])}`);
    const materials: Record<string, string> = {};
    const n = Math.max(e.materials.length, s.materials.length);
    for (let i = 0; i < n; i++) {
      const mine = e.materials[i]?.text;
      if (mine !== s.materials[i]?.text) {
        if (mine === undefined) lines.push(`材料 ${i + 1} 在本地副本中被删除`);
        else if (i < s.materials.length) materials[String(i + 1)] = mine;
        else lines.push(`本地副本增加的材料 ${i + 1}：${mine}`);
      }
    }
    if (lines.length || Object.keys(materials).length) {
      const d: CatalogDifference = { id: e.id, materials };
      if (lines.length) d.note = `升级前本地副本的改动——${lines.join('；')}`;
      differences.push(d);
    }
  }
  const onlyShipped = [...shipped.keys()].filter((id) => !seen.has(id));
  return { differences, onlyLocal, onlyShipped };
}

/** Comment lines of the copy that the shipped catalog does not have (someone wrote them). */
export function addedComments(localTexts: ReadonlyMap<string, string>, shippedTexts: ReadonlyMap<string, string>): string[] {
  const comments = (t: string) =>
    t
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l.startsWith('#'));
  const shipped = new Set([...shippedTexts.values()].flatMap(comments));
  const out: string[] = [];
  for (const [file, text] of localTexts) {
    for (const c of comments(text)) if (!shipped.has(c) && !/^# copied from \d+/.test(c)) out.push(`${file}: ${c}`);
    // trailing comments after a value (`methods: [...] # note`)
    for (const line of text.split('\n')) {
      const m = /^\s*[^#\s][^#]*?\s(#.*)$/.exec(line);
      // `lead:`/`cooperate:` lines are the `responsible` block: it moves to responsibilities.yaml, whose
      // comments give the printed wording (the earlier release's comments there explained the same).
      if (!m || /^\s*(responsible|lead|cooperate):/.test(line)) continue;
      if (!shippedTexts.get(file)?.includes(line.trim())) out.push(`${file}: ${line.trim()}`);
    }
  }
  return out;
}
