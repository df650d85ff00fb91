import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { degrees, PDFDocument } from 'pdf-lib';
import { composeDocument, type DocumentPlan } from '../../src/bundle/compose/compose-document.js';
import type { PlannedFile, PlannedIndicator } from '../../src/bundle/plan/bundle-plan.js';
import type { NewsLink } from '../../src/model/schemas/evidence-index.js';
import { DocumentFont, defaultFontPath, openFont } from '../../src/bundle/typeset/font.js';
import { documentId, writeDocument } from '../../src/bundle/write/write-document.js';
import { makeWorkspace, REPO } from '../helpers/cli.js';
import { addPdf, writeFile } from '../helpers/workspace.js';

export const CORPUS = path.join(REPO, 'test', 'fixtures', 'corpus-pdf');
/** A pinned build date: the same inputs give the same bytes. */
export const EPOCH = { SOURCE_DATE_EPOCH: '1700000000' };

export function git(ws: string, args: string[]): string {
  return execFileSync('git', ['-C', ws, ...args], {
    encoding: 'utf8',
    env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@x', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@x' },
  });
}

const STATEMENT = `# 关于“双随机、一公开”监管工作的情况说明

我局全面推行“双随机、一公开”监管，大力推进跨部门联合监管，探索推进“互联网+监管”，逐步实现职能部门综合监管、“智慧监管”。

## 一、主要做法

1. 建立随机抽查事项清单（2023年共抽查 1,234 户）。
2. 建立检查对象名录库和执法检查人员名录库。
`;

/** A workspace with evidence for indicators 9 and 10 (files and every kind of exception), committed. */
export async function evidenceWorkspace(): Promise<string> {
  const ws = makeWorkspace();
  await addPdf(ws, 'evidence/009/1-实施方案.pdf', { pages: 3 });
  writeFile(ws, 'evidence/009/1-情况说明.md', STATEMENT);
  // Restricted by an owner password (opens without one): decrypted. Damaged but repairable: repaired.
  fs.copyFileSync(path.join(CORPUS, 'enc-owner-r4-rc4.pdf'), path.join(ws, 'evidence/009/2-智慧监管案例.pdf'));
  fs.copyFileSync(path.join(CORPUS, 'broken-xref-entry.pdf'), path.join(ws, 'evidence/009/2-修复件.pdf'));
  // A page turned a quarter: its stamp must still be at its displayed top.
  const doc = await PDFDocument.create();
  doc.addPage([842, 595]).setRotation(degrees(90));
  writeFile(ws, 'evidence/009/2-横向表格.pdf', await doc.save());
  writeFile(
    ws,
    'evidence/010/index.yaml',
    'materials:\n  1:\n    same_as: "9/1"\n  2:\n    not_applicable: 本局未开展此类专项检查\n  3:\n    secret: 涉密\n',
  );
  // News links (the SPEC's shape; the check does not know `links:` yet, the bundle reads them already).
  writeFile(
    ws,
    'evidence/011/index.yaml',
    'materials:\n  1:\n    links:\n      - { url: "https://www.xuchang.gov.cn/news/1", title: 信用监管新举措, date: 2024-03-01, source: 许昌日报 }\n',
  );
  git(ws, ['init', '-q']);
  git(ws, ['add', '-A']);
  git(ws, ['commit', '-qm', 'evidence']);
  return ws;
}

/** Indicator 9 with one material proven by `files` (and `links`), as the plan step would give it. */
export function plannedIndicator(files: PlannedFile[], links: NewsLink[] = []): PlannedIndicator {
  return {
    entry: {
      id: '9',
      area: '一、政府职能依法全面履行',
      group: '3. 加强事中事后监管',
      text: '全面推行“双随机、一公开”监管。',
      methods: ['查看资料'],
      materials: [{ no: 1, text: '佐证材料' }],
      leadDepartments: ['市市场监管局'],
      responsible: { lead: [], cooperate: [] },
      responsibleRaw: '信用监管科',
    },
    materials: [{ no: 1, text: '佐证材料', by: 'file', files, rejected: [], links }],
    carriers: [{ name: '信用监管科', contact: '张三 0374-1234567' }],
    counts: { covered: 1, required: 1 },
  };
}

/** Compose and write the bundle of one planned indicator (no workspace, no check), as `bundle` would. */
export function writePlanned(ind: PlannedIndicator, file: string): { pages: number; plan: DocumentPlan } {
  const font = openFont(defaultFontPath());
  const measure = new DocumentFont(font);
  const plan = composeDocument([ind], {
    organization: '许昌市市场监督管理局',
    reviewBody: '市局',
    measure: { width: (s, size) => measure.width(s, size) },
    placeholders: false,
    commitLine: '编制依据：测试',
    builtLine: '生成日期：2024-01-01',
    elsewhere: () => ({ file: '', page: null }),
  });
  const written = writeDocument(plan, file, { font, built: new Date(0), id: documentId([file]), producer: 'test', overwrite: false });
  return { pages: written.pages, plan };
}
