#!/usr/bin/env node
// Rebuilds examples/workspace: `ledger init`, a few real PDFs from the test corpus, and progress
// filled in for three units. Run after `npm run build`: node scripts/make-example.mjs
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDocument } from 'yaml';

const repo = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const ws = path.join(repo, 'examples', 'workspace');
const corpus = path.join(repo, 'test', 'fixtures', 'corpus-pdf');

fs.rmSync(ws, { recursive: true, force: true });
execFileSync(process.execPath, [path.join(repo, 'bin', 'ledger.js'), 'init', ws], {
  env: { ...process.env, LEDGER_TODAY: '2026-11-28' },
  stdio: 'ignore',
});

const put = (from, to) => {
  fs.mkdirSync(path.dirname(path.join(ws, to)), { recursive: true });
  fs.copyFileSync(path.join(corpus, from), path.join(ws, to));
};
put('text-libreoffice.pdf', 'evidence/001/1-政务服务马上办网上办工作情况说明.pdf');
put('text-pdflatex-4pages.pdf', 'evidence/001/2-压缩办理时限典型案例.pdf');
put('text-google-docs.pdf', 'evidence/011/1-加强信用监管的文件.pdf');
put('cjk-zh-issue12823.pdf', 'evidence/011/3-信用修复/异议处理机制文件.pdf');
put('objstm-hybrid-xref-30p.pdf', 'evidence/030/1-规范性文件目录及制定程序.pdf');
put('enc-owner-r4-rc4.pdf', 'evidence/009/1-双随机一公开抽查计划.pdf');
put('text-pdfa1b.pdf', 'evidence/009/2018年监管工作总结.pdf');

fs.writeFileSync(
  path.join(ws, 'evidence/012/1-情况说明.md'),
  '# 推进信用分级分类精准监管的情况说明\n\n2025年以来，我局依托国家企业信用信息公示系统，对辖区市场主体按信用风险分为A、B、C、D四类，实施差异化监管：对A类主体合理降低抽查比例和频次，对C、D类主体提高抽查比例，实现“无事不扰、无处不在”。\n',
);
fs.writeFileSync(
  path.join(ws, 'evidence/011/index.yaml'),
  '# yaml-language-server: $schema=../../schemas/evidence-index.schema.json\nmaterials:\n  2:\n    not_applicable: 本局2025年以来未对失信主体实施联合惩戒，已在情况说明中说明\n' +
    '  1:\n    links:\n      - url: https://www.xuchang.gov.cn/\n        title: 市市场监管局出台加强信用监管工作意见\n' +
    '        date: 2025-06-18\n        source: 许昌市人民政府网\n',
);

// The 整改 problem list: one overdue, one due within a week, one closed with its evidence.
const problem = (p) =>
  `  - id: ${p.id}\n    found: ${p.found}\n    source: ${p.source}\n    indicator: ${p.indicator}\n` +
  (p.material ? `    material: ${p.material}\n` : '') +
  `    unit: ${p.unit}\n    description: ${p.description}\n    measures: ${p.measures}\n    due: ${p.due}\n    status: ${p.status}\n` +
  (p.closed ? `    closed: ${p.closed}\n    evidence: ${p.evidence}\n` : '');
const problemsFile = path.join(ws, 'problems.yaml');
const problems = [
  {
    id: 1,
    found: '2026-09-15',
    source: '全面自查',
    indicator: 9,
    material: 2,
    unit: '法规科',
    description: '双随机抽查典型案例未按时归档',
    measures: '补充归档并建立案例台账',
    due: '2026-11-20',
    status: '整改中',
  },
  {
    id: 2,
    found: '2026-09-15',
    source: '全面自查',
    indicator: 11,
    unit: '信用监管科',
    description: '信用修复异议处理机制文件未印发',
    measures: '已印发异议处理机制文件',
    due: '2026-10-31',
    status: '已销号',
    closed: '2026-10-28',
    evidence: 'evidence/011/3-信用修复/异议处理机制文件.pdf',
  },
  {
    id: 3,
    found: '2026-11-10',
    source: '市局初评',
    indicator: 1,
    material: 2,
    unit: '政务服务科',
    description: '压缩办理时限典型案例缺少审批表扫描件',
    measures: '补充审批表扫描件',
    due: '2026-12-03',
    status: '整改中',
  },
];
fs.writeFileSync(
  problemsFile,
  fs.readFileSync(problemsFile, 'utf8').replace('problems: []\n', `problems:\n${problems.map(problem).join('')}`),
);

const edits = {
  'zhengwu-fuwu': {
    contact: '王敏 0374-2961001',
    items: {
      1: ['已完成', '已整理政务服务“五办”工作开展情况说明和压缩办理时限典型案例，已归档。'],
      2: ['未完成', '正在梳理非行政许可审批事项取消情况，预计12月底前完成。'],
    },
  },
  'xinyong-jianguan': {
    contact: '李静 0374-2961015',
    items: {
      9: ['未完成', '“双随机、一公开”抽查计划已收集，跨部门联合抽查材料待补充。'],
      11: ['已完成', '信用监管文件、信用修复与异议处理机制文件已归档；失信惩戒不涉及，已在 index.yaml 说明。'],
      12: ['已完成', '已撰写信用分级分类监管情况说明。'],
    },
  },
  fagui: {
    contact: '张伟 0374-2961020',
    items: {
      30: ['已完成', '规范性文件目录已整理；专家论证材料正在收集。'],
      110: ['未完成', '2025年度法治政府建设情况报告已公开，报送回执待补充。'],
    },
  },
};
for (const [unit, e] of Object.entries(edits)) {
  const file = path.join(ws, 'assignments', `${unit}.yaml`);
  const doc = parseDocument(fs.readFileSync(file, 'utf8'));
  doc.set('contact', e.contact);
  for (const [id, [status, progress]] of Object.entries(e.items)) {
    doc.setIn(['indicators', id, 'status'], status);
    doc.setIn(['indicators', id, 'progress'], progress);
  }
  fs.writeFileSync(file, doc.toString());
}
// One 初评 verdict, recorded the way reviewers do it.
execFileSync(
  process.execPath,
  [path.join(repo, 'bin', 'ledger.js'), 'review', '1/1', '--pass', '--by', '张三', '--date', '2026-11-28', '--workspace', ws],
  {
    stdio: 'ignore',
  },
);
fs.rmSync(path.join(ws, '.ledger-cache'), { recursive: true, force: true });
fs.writeFileSync(
  path.join(ws, 'ATTRIBUTION.md'),
  '# Attribution\n\nThe PDFs in this example are sample files from public repositories ' +
    '(see test/fixtures/corpus-pdf/MANIFEST.tsv for source and license: py-pdf/sample-files CC-BY-SA-4.0, ' +
    'pdf.js Apache-2.0, qpdf Apache-2.0). Their content is unrelated to the file names given here.\n',
);
console.log(`example workspace written to ${path.relative(process.cwd(), ws)}`);
