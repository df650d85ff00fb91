import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import type { Code } from '../../diagnostics/codes.js';
import { DIAGNOSTIC_MESSAGES, renderDiagnostic } from '../../i18n/diagnostic-messages.js';
import type { Catalog } from '../../model/catalog.js';
import type { IndicatorCoverage, MaterialCoverage, RejectedFile } from '../../model/coverage.js';
import { folderIdFor } from '../../model/indicator-id.js';
import { shortTitle } from '../../model/indicator-titles.js';
import { ANNEX2, MATERIALS_SHEET as M } from '../sheet/form-wording.js';
import { pushTo } from '../../util/push-to.js';

/** How a line of the last column reads: plain, a problem that keeps a file from counting, a warning, or its fix. */
export type Tone = 'plain' | 'problem' | 'warning' | 'fix';

/** One line of the last column. */
export interface DetailLine {
  text: string;
  tone: Tone;
}

/** One line of sheet 2: a material of one of the unit's indicators and where its evidence stands. */
export interface MaterialRow {
  id: string;
  /** `<owner>/<no>`: the same material listed under two merged indicators counts once */
  key: string;
  /** `<id> <text>`, and a note when the materials are filed with another indicator */
  indicator: string;
  no: string;
  text: string;
  status: string;
  detail: DetailLine[];
  /** the 初评 column: 通过, 退回：note, 待复核, 未评审 (empty for a row that is not a material) */
  review: string;
  /** `missing`: the material is not evidenced (red); `attention`: it is, but a file beside it has a problem (yellow) */
  mark: 'none' | 'missing' | 'attention';
}

/** What the check found, as the sheet needs it. */
export interface SheetEvidence {
  coverage: Map<string, IndicatorCoverage>;
  /** every finding of the check */
  diagnostics: Diagnostic[];
  /**
   * A unit's sheet: `coverage` is its share (model/unit-coverage.ts); `folderOf` gives where it files
   * an indicator's evidence (`090/@suo-1` when others carry it too), `owns` whether a finding's file is
   * its own or no unit's (another unit's files are not on its sheet).
   */
  unit?: { folderOf: (owner: string) => string; shared: (owner: string) => boolean; owns: (rel: string, folder: boolean) => boolean };
}

/** Findings about a material as a whole (their own rows say so), not about a file the unit must fix. */
const NOT_ABOUT_A_FILE = new Set([
  'material-missing',
  'claim-without-evidence',
  'same-as-invalid',
  'exception-invalid',
  'secret-file-present',
  'review-returned',
  'review-stale',
  'review-invalid',
]);

/** A file's name as the unit finds it: relative to the indicator folder (a folder with a `/`). */
function shown(rel: string, folder = false): string {
  const parts = rel.split('/');
  const inner = parts.slice(2).join('/');
  if (!inner) return `${parts[parts.length - 1] ?? rel}/`;
  return folder ? `${inner}/` : inner;
}

/**
 * A finding in the words of the one catalog (diagnostic-messages.ts), and its fix: the sheet is the
 * only thing unit staff see, so it names the file, says what is wrong and what to do.
 */
function findingLines(rel: string, code: string, args: RejectedFile['args'], tone: 'problem' | 'warning', folder = false): DetailLine[] {
  const entry = DIAGNOSTIC_MESSAGES[code as keyof typeof DIAGNOSTIC_MESSAGES];
  const mark = tone === 'problem' ? M.problemMark : M.warningMark;
  const name = shown(rel, folder);
  if (!entry) return [{ text: `${mark}${name}：${code}`, tone }];
  return [
    { text: `${mark}${name}：${renderDiagnostic({ code: code as Code, args }, 'zh')}`, tone },
    { text: `${M.fixMark}${entry.fix.zh}`, tone: 'fix' },
  ];
}

function warningsOf(rel: string, byFile: Map<string, Diagnostic[]>): DetailLine[] {
  return (byFile.get(rel) ?? []).filter((d) => d.severity === 'warning').flatMap((d) => findingLines(rel, d.code, d.args, 'warning'));
}

function fileLines(m: MaterialCoverage, byFile: Map<string, Diagnostic[]>): DetailLine[] {
  return m.files.flatMap((f) => [
    { text: f.pages === null ? shown(f.rel) : `${shown(f.rel)}（${f.pages}页）`, tone: 'plain' as const },
    ...warningsOf(f.rel, byFile),
  ]);
}

function linkLines(m: MaterialCoverage): DetailLine[] {
  return m.links.map((l) => ({ text: M.link(l.title, l.url), tone: 'plain' as const }));
}

function rejectedLines(m: MaterialCoverage): DetailLine[] {
  return m.rejected.flatMap((r) => findingLines(r.rel, r.code, r.args, 'problem'));
}

/** The index.yaml holding a material's review, where the check located its finding (the folder may carry a label). */
function indexFileOf(diagnostics: Diagnostic[], owner: string, no: number): string {
  const d = diagnostics.find((x) => x.code.startsWith('review-') && x.indicator === owner && x.material === no && x.file);
  return d?.file ?? `evidence/${folderIdFor(owner)}/index.yaml`;
}

/** The 初评 column's words for a material. */
function reviewWord(m: MaterialCoverage): string {
  const r = m.review;
  if (!r) return M.review.none;
  if (r.verdict === '退回') return M.review.returned(r.note ?? '');
  return r.stale ? M.review.stale : M.review.passed;
}

/**
 * A returned or stale review in the check's words, pointing at index.yaml where it is recorded.
 * A returned material is red however well it is evidenced; a stale one yellow.
 */
function reviewLines(m: MaterialCoverage, indexFile: string): DetailLine[] {
  const r = m.review;
  if (!r || (r.verdict === '通过' && !r.stale)) return [];
  const args = { material: m.no, by: r.by, date: r.date, note: r.note, changed: r.changed.map((f) => shown(f)) };
  const code = r.verdict === '退回' ? 'review-returned' : 'review-stale';
  return findingLines(indexFile, code, args, r.verdict === '退回' ? 'problem' : 'warning');
}

function describe(
  m: MaterialCoverage,
  folder: string,
  byFile: Map<string, Diagnostic[]>,
  indexFile: string,
): Pick<MaterialRow, 'status' | 'detail' | 'mark'> {
  const evidenced = describeEvidence(m, folder, byFile);
  const review = reviewLines(m, indexFile);
  if (!review.length) return evidenced;
  if (m.review?.verdict === '退回')
    return { status: m.by === null ? evidenced.status : M.status.returned, detail: [...evidenced.detail, ...review], mark: 'missing' };
  return { ...evidenced, detail: [...evidenced.detail, ...review], mark: evidenced.mark === 'none' ? 'attention' : evidenced.mark };
}

function describeEvidence(
  m: MaterialCoverage,
  folder: string,
  byFile: Map<string, Diagnostic[]>,
): Pick<MaterialRow, 'status' | 'detail' | 'mark'> {
  const rejected = rejectedLines(m);
  if (m.by === null) {
    if (rejected.length) return { status: M.status.unusable, detail: rejected, mark: 'missing' };
    return { status: M.status.missing, detail: [{ text: M.missingHint(folder, m.no), tone: 'plain' }], mark: 'missing' };
  }
  const mark = rejected.length ? 'attention' : 'none';
  switch (m.by) {
    case 'file':
    case 'statement':
    case 'link':
      return { status: M.status[m.by], detail: [...fileLines(m, byFile), ...linkLines(m), ...rejected], mark };
    case 'not_applicable':
      return { status: M.status.not_applicable, detail: [{ text: m.exception ?? '', tone: 'plain' }, ...rejected], mark };
    case 'secret': {
      const note = { text: m.exception ? `${M.secretHint}：${m.exception}` : M.secretHint, tone: 'plain' as const };
      // A file for a material recorded as 涉密 must not be in the repository at all.
      const present = m.files.flatMap((f) => findingLines(f.rel, 'secret-file-present', { material: m.no }, 'problem'));
      return { status: M.status.secret, detail: [note, ...present, ...rejected], mark: present.length ? 'missing' : mark };
    }
    case 'same_as':
      return {
        status: M.sameAsStatus(m.exception ?? ''),
        detail: [{ text: M.sameAs(m.exception ?? ''), tone: 'plain' }, ...rejected],
        mark,
      };
    default:
      return { status: M.status.file, detail: rejected, mark };
  }
}

/**
 * Files in an indicator's folder that name no material (or one it does not have, or sit in a
 * merged indicator's folder): nothing else on the sheet would mention them.
 */
function unplacedRow(id: string, owner: string, indicator: string, listed: Set<string>, evidence: SheetEvidence): MaterialRow | null {
  const found = evidence.diagnostics.filter(
    (d) =>
      d.severity === 'error' &&
      d.file?.startsWith('evidence/') &&
      (d.indicator === id || d.indicator === owner) &&
      !NOT_ABOUT_A_FILE.has(d.code) &&
      !listed.has(d.file) &&
      (!evidence.unit || evidence.unit.owns(d.file, d.folder === true)),
  );
  if (!found.length) return null;
  const detail = found.flatMap((d) => findingLines(d.file!, d.code, d.args, 'problem', d.folder));
  return { id, key: `${id}/?`, indicator, no: '—', text: M.unplaced, status: M.status.unusable, detail, review: '', mark: 'missing' };
}

/** Sheet 2 rows for the given indicators (catalog order): one per material, and one for files that fit none. */
export function materialRows(catalog: Catalog, ids: string[], evidence: SheetEvidence): MaterialRow[] {
  const byFile = new Map<string, Diagnostic[]>();
  for (const d of evidence.diagnostics) if (d.file) pushTo(byFile, d.file, d);
  const rows: MaterialRow[] = [];
  for (const id of ids) {
    const entry = catalog.byId.get(id);
    if (!entry) continue;
    const cov = evidence.coverage.get(id);
    const merged = entry.materialsFrom !== undefined ? `\n${M.mergedWith(entry.materialsFrom)}` : '';
    const owner = cov?.owner ?? id;
    const folder = evidence.unit?.folderOf(owner) ?? folderIdFor(owner);
    const share = evidence.unit?.shared(owner) ? `\n${M.unitFolder(`evidence/${folder}/`)}` : '';
    // At most 30 characters of the text: sheet 1 carries it whole.
    const indicator = `${id} ${shortTitle(entry.text, 30)}${merged}${share}`;
    if (!cov || cov.materials.length === 0) {
      rows.push({
        id,
        key: `${id}/-`,
        indicator,
        no: '—',
        text: ANNEX2.noMaterials,
        status: M.status.none,
        detail: [{ text: entry.methods.join('、'), tone: 'plain' }],
        review: '',
        mark: 'none',
      });
      continue;
    }
    for (const m of cov.materials) {
      const described = describe(m, folder, byFile, indexFileOf(evidence.diagnostics, cov.owner, m.no));
      rows.push({ id, key: `${cov.owner}/${m.no}`, indicator, no: String(m.no), text: m.text, ...described, review: reviewWord(m) });
    }
    const listed = new Set(cov.materials.flatMap((m) => [...m.files.map((f) => f.rel), ...m.rejected.map((r) => r.rel)]));
    const unplaced = unplacedRow(id, cov.owner, indicator, listed, evidence);
    if (unplaced) rows.push(unplaced);
  }
  return rows;
}
