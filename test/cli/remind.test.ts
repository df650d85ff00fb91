import { createHash, createHmac } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ledger, makeWorkspace } from '../helpers/cli.js';
import { addPdf, edit, writeFile } from '../helpers/workspace.js';

/** A mail as the test's SMTP server received it: envelope recipients and the raw message. */
interface Received {
  to: string[];
  /** the user the client logged in as */
  user: unknown;
  raw: string;
}

/** Decode RFC 2047 encoded words (=?UTF-8?B?…?= / ?Q?) of a header. */
const decodeWords = (s: string): string =>
  s.replace(/=\?UTF-8\?([BQ])\?([^?]*)\?=\s*/gi, (_m, enc: string, text: string) =>
    enc.toUpperCase() === 'B'
      ? Buffer.from(text, 'base64').toString('utf8')
      : Buffer.from(
          text.replace(/_/g, ' ').replace(/=([0-9A-F]{2})/gi, (_x, h: string) => String.fromCharCode(parseInt(h, 16))),
          'latin1',
        ).toString('utf8'),
  );

/** The subject and the text body of a single-part mail, decoded (base64 or quoted-printable). */
function decodeMail(raw: string): { subject: string; text: string } {
  const split = raw.indexOf('\r\n\r\n');
  const head = raw.slice(0, split).replace(/\r\n[ \t]+/g, ' ');
  const body = raw.slice(split + 4);
  const header = (name: string): string => new RegExp(`^${name}: ?(.*)$`, 'mi').exec(head)?.[1] ?? '';
  const encoding = header('Content-Transfer-Encoding').toLowerCase();
  const bytes =
    encoding === 'base64'
      ? Buffer.from(body, 'base64')
      : encoding === 'quoted-printable'
        ? Buffer.from(
            body.replace(/=\r\n/g, '').replace(/=([0-9A-F]{2})/g, (_x, h: string) => String.fromCharCode(parseInt(h, 16))),
            'latin1',
          )
        : Buffer.from(body, 'utf8');
  return { subject: decodeWords(header('Subject')), text: bytes.toString('utf8') };
}

const PROBLEMS = `problems:
  - { id: 1, found: 2026-09-01, source: 全面自查, indicator: 30, unit: 法规科, description: 目录未公开, measures: 公开目录, due: 2026-11-01, status: 整改中 }
  - { id: 2, found: 2026-09-01, source: 全面自查, indicator: 31, unit: fagui, description: 审核记录不全, measures: 补全, due: 2026-12-01, status: 整改中 }
  - { id: 3, found: 2026-09-01, source: 全面自查, indicator: 32, unit: fagui, description: 人员未配齐, measures: 配齐, due: 2026-12-10, status: 整改中 }
`;
const RETURNS = `returns:
  - { unit: fagui, month: 2026-12, date: 2026-11-27, files: [{ name: 法规科.xlsx, sha256: ${'a'.repeat(64)} }] }
`;
const SECRET = 'SEC-test-secret';

describe('ledger remind: what each unit must do, printed or sent once', () => {
  let ws: string;
  const mails: Received[] = [];
  const calls: { path: string; query: URLSearchParams; body: Record<string, unknown> }[] = [];
  let smtp: SMTPServer;
  let robot: http.Server;
  let robotBase = '';
  let closedPort = 0;

  beforeAll(async () => {
    // SMTP on loopback: refuses one recipient with 550, takes the rest.
    smtp = new SMTPServer({
      authOptional: true,
      allowInsecureAuth: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onAuth(auth, _session, cb) {
        if (auth.username === 'ledger' && auth.password === 'pw-from-env') cb(null, { user: auth.username });
        else cb(Object.assign(new Error('Invalid username or password'), { responseCode: 535 }));
      },
      onRcptTo(address, _session, cb) {
        cb(address.address.startsWith('reject@') ? Object.assign(new Error('5.1.1 mailbox unavailable'), { responseCode: 550 }) : null);
      },
      onData(stream, session, cb) {
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => {
          mails.push({
            to: session.envelope.rcptTo.map((r) => r.address),
            user: session.user,
            raw: Buffer.concat(chunks).toString('latin1'),
          });
          cb();
        });
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
    const smtpPort = (smtp.server.address() as AddressInfo).port;

    // The robots: 企业微信 takes anything on /wecom, answers errcode 93000 on /wecom-bad; 钉钉 checks the signature.
    robot = http.createServer((req, res) => {
      let data = '';
      req.on('data', (c: Buffer) => (data += c.toString('utf8')));
      req.on('end', () => {
        const url = new URL(req.url ?? '/', 'http://x');
        calls.push({ path: url.pathname, query: url.searchParams, body: JSON.parse(data) as Record<string, unknown> });
        let answer = { errcode: 0, errmsg: 'ok' };
        if (url.pathname === '/wecom-bad') answer = { errcode: 93000, errmsg: 'invalid webhook url' };
        if (url.pathname === '/dingtalk') {
          const ts = url.searchParams.get('timestamp') ?? '';
          const want = createHmac('sha256', SECRET).update(`${ts}\n${SECRET}`).digest('base64');
          if (url.searchParams.get('sign') !== want) answer = { errcode: 310000, errmsg: 'sign not match' };
        }
        res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify(answer));
      });
    });
    await new Promise<void>((resolve) => robot.listen(0, '127.0.0.1', resolve));
    robotBase = `http://127.0.0.1:${(robot.address() as AddressInfo).port}`;
    // A port nothing listens on: taken and released.
    const probe = http.createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    closedPort = (probe.address() as AddressInfo).port;
    await new Promise((resolve) => probe.close(resolve));

    ws = makeWorkspace();
    edit(ws, 'units.yaml', /(  - id: fagui\n    name: 法规科\n)/, '$1    email: fagui@example.gov.cn\n');
    edit(ws, 'units.yaml', /(  - id: bangongshi\n    name: 办公室\n)/, '$1    email: reject@example.gov.cn\n');
    edit(ws, 'units.yaml', /^units:\n/m, 'units:\n  - id: wushi\n    name: 无事科\n');
    fs.appendFileSync(
      path.join(ws, 'ledger.yaml'),
      `remind:\n  smtp:\n    host: 127.0.0.1\n    port: ${smtpPort}\n    secure: false\n    from: 法治办 <fazhiban@example.gov.cn>\n`,
    );
    edit(ws, 'problems.yaml', /^problems: \[\]\n/m, PROBLEMS);
    writeFile(ws, 'returns.yaml', RETURNS);
    const pdf = fs.readFileSync(await addPdf(ws, 'evidence/030/1-制度.pdf'));
    writeFile(ws, 'evidence/030/2-目录.txt', '目录\n');
    // The 初评 returned material 1, as `ledger review 30/1 --return …` records it.
    const sha = createHash('sha256').update(pdf).digest('hex');
    writeFile(
      ws,
      'evidence/030/index.yaml',
      `materials:\n  1:\n    review:\n      verdict: 退回\n      by: 张三\n      date: 2026-11-20\n      note: 缺少盖章页\n` +
        `      files:\n        evidence/030/1-制度.pdf: ${sha}\n`,
    );
  });

  afterAll(async () => {
    await new Promise<void>((resolve) => smtp.close(() => resolve()));
    await new Promise((resolve) => robot.close(resolve));
  });

  it('prints one message per unit with something to do; a unit with nothing to do gets none', async () => {
    const r = await ledger(['remind', '--dry-run', '--workspace', ws]);
    expect(r.code, r.stderr).toBe(0);
    const titles = r.stdout.split('\n').filter((l) => l.includes('法治政府建设示范创建工作提醒'));
    expect(titles).toHaveLength(14);
    expect(r.stdout).not.toContain('无事科');
    expect(r.stderr).toContain('14 个单位有待办事项，已生成提醒；1 个单位无待办，不发提醒。');
    const fagui = r.stdout.slice(r.stdout.indexOf('工作提醒（法规科）'));
    const one = fagui.slice(0, fagui.indexOf('─'));
    expect(one).toContain('下一个报送截止日是 2026-12-04（还有 6 天）；当前阶段：深入整改阶段');
    expect(one).toMatch(/缺少的材料（\d+ 项）：\n {2}1\. 指标 30 材料1：/);
    expect(one).toContain('怎么做：把 PDF 放入 evidence/<指标>/');
    // the broken file with the check's own fix under it
    expect(one).toMatch(/需要改正的问题（\d+ 项）：\n {2}1\. evidence\/030\/2-目录\.txt[^\n]*\n {5}怎么做：/);
    expect(one).toContain('初评退回的材料（1 项）：\n  1. 指标 30 材料1：缺少盖章页（张三，2026-11-20 退回）');
    expect(one).toContain('问题 1（指标 30）目录未公开：整改时限 2026-11-01，已逾期 27 天');
    expect(one).toContain('问题 2（指标 31）审核记录不全：整改时限 2026-12-01，还有 3 天');
    expect(one).not.toContain('问题 3');
    // fagui returned December's ledger; 办公室 did not
    expect(one).not.toContain('工作台账尚未交回');
    expect(r.stdout).toContain('2026年12月工作台账尚未交回：请在 2026-12-04 前填好交回');
  });

  it('--unit, --days-before, Markdown and English', async () => {
    const md = await ledger(['remind', '--unit', '法规科', '--days-before', '14', '--format', 'markdown', '--workspace', ws]);
    expect(md.code, md.stderr).toBe(0);
    expect(md.stdout).toMatch(/^# .*工作提醒（法规科）\n/);
    expect(md.stdout).toContain('**初评退回的材料（1 项）**');
    expect(md.stdout).toContain('问题 3（指标 32）人员未配齐：整改时限 2026-12-10，还有 12 天');
    // Markdown marks in values are shown, not obeyed
    expect(md.stdout).toContain('evidence/030/2-目录.txt'.replace(/[/]/g, '/'));
    const en = await ledger(['remind', '--unit', 'fagui', '--lang', 'en', '--workspace', ws]);
    expect(en.stdout).toContain('Materials returned at the 初评 review (1)');
    expect(en.stderr).toContain('1 units have something to do');
  });

  it('e-mail: sent once per unit and month, again with --resend; the record names only what went out', async () => {
    const dry = await ledger(['remind', '--unit', 'fagui', '--send', 'email', '--dry-run', '--workspace', ws]);
    expect(dry.code, dry.stderr).toBe(0);
    expect(dry.stdout).toContain('工作提醒（法规科）');
    expect(dry.stdout).toContain('将发送：法规科 → fagui@example.gov.cn（邮件；试运行，未发送）');
    expect(mails).toHaveLength(0);
    expect(fs.existsSync(path.join(ws, 'reminders-sent.yaml'))).toBe(false);

    // The user and password come from the environment only.
    const first = await ledger(['remind', '--unit', 'fagui', '--send', 'email', '--workspace', ws], {
      env: { LEDGER_SMTP_USER: 'ledger', LEDGER_SMTP_PASSWORD: 'pw-from-env' },
    });
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toContain('已发送：法规科 → fagui@example.gov.cn（邮件）');
    expect(mails).toHaveLength(1);
    expect(mails[0]!.to).toEqual(['fagui@example.gov.cn']);
    expect(mails[0]!.user).toBe('ledger');
    const mail = decodeMail(mails[0]!.raw);
    expect(mail.subject).toContain('法治政府建设示范创建工作提醒（法规科）');
    expect(mail.text).toContain('初评退回的材料（1 项）');
    expect(mail.text).toContain('缺少盖章页');
    const record = fs.readFileSync(path.join(ws, 'reminders-sent.yaml'), 'utf8');
    expect(record).toContain('这不是证明材料');
    expect(record).toMatch(/unit: fagui\n\s+month: 2026-12\n\s+channel: email\n\s+to: fagui@example.gov.cn\n\s+date: 2026-11-28/);

    const again = await ledger(['remind', '--unit', 'fagui', '--send', 'email', '--workspace', ws]);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('跳过：法规科 的2026年12月提醒已于 2026-11-28 通过邮件发送过；要再发一次请加 --resend。');
    expect(mails).toHaveLength(1);

    const resend = await ledger(['remind', '--unit', 'fagui', '--send', 'email', '--resend', '--workspace', ws]);
    expect(resend.code).toBe(0);
    expect(mails).toHaveLength(2);
    expect(fs.readFileSync(path.join(ws, 'reminders-sent.yaml'), 'utf8').match(/channel: email/g)).toHaveLength(2);

    const login = await ledger(['remind', '--unit', 'fagui', '--send', 'email', '--resend', '--workspace', ws], {
      env: { LEDGER_SMTP_USER: 'ledger', LEDGER_SMTP_PASSWORD: 'wrong' },
    });
    expect(login.code).toBe(1);
    expect(login.stderr).toMatch(
      /^发送失败：法规科 → fagui@example\.gov\.cn：邮件服务器拒绝登录（535 [^\n]*）。请检查环境变量 LEDGER_SMTP_USER 和 LEDGER_SMTP_PASSWORD。\n$/,
    );
    expect(mails).toHaveLength(2);

    // The server refuses 办公室's address: one clear line, exit 1, nothing recorded for it.
    const refused = await ledger(['remind', '--unit', '办公室', '--send', 'email', '--workspace', ws]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/^发送失败：办公室 → reject@example\.gov\.cn：邮件服务器拒收（550 [^\n]*）。[^\n]*\n$/);
    expect(mails).toHaveLength(2);
    expect(fs.readFileSync(path.join(ws, 'reminders-sent.yaml'), 'utf8')).not.toContain('bangongshi');
  });

  it('企业微信 and 钉钉 robots: the message arrives once, 钉钉 signed; errcode and a closed port are clear errors', async () => {
    const env = {
      LEDGER_TEST_HTTP_LOOPBACK: '1',
      LEDGER_WECOM_WEBHOOK: `${robotBase}/wecom?key=k1`,
      LEDGER_DINGTALK_WEBHOOK: `${robotBase}/dingtalk?access_token=t1`,
      LEDGER_DINGTALK_SECRET: SECRET,
    };
    const wecom = await ledger(['remind', '--unit', 'fagui', '--send', 'wecom', '--format', 'markdown', '--workspace', ws], { env });
    expect(wecom.code, wecom.stderr).toBe(0);
    const w = calls.filter((c) => c.path === '/wecom');
    expect(w).toHaveLength(1);
    expect(w[0]!.body).toMatchObject({ msgtype: 'markdown' });
    const content = (w[0]!.body as { markdown: { content: string } }).markdown.content;
    expect(content).toMatch(/^# .*工作提醒（法规科）\n/);
    // 企业微信 takes 4096 bytes of Markdown: the rest is cut at a line, saying how to see it all
    expect(Buffer.byteLength(content)).toBeLessThanOrEqual(4096);
    expect(content).toMatch(/……（消息过长，其余 \d+ 行未显示；完整内容请运行 ledger remind --unit fagui）$/);

    const ding = await ledger(['remind', '--unit', 'fagui', '--send', 'dingtalk', '--workspace', ws], { env });
    expect(ding.code, ding.stderr).toBe(0);
    const d = calls.filter((c) => c.path === '/dingtalk');
    expect(d).toHaveLength(1);
    expect(d[0]!.query.get('access_token')).toBe('t1');
    expect(d[0]!.query.get('timestamp')).toMatch(/^\d{13}$/);
    expect(d[0]!.body).toMatchObject({ msgtype: 'text' });
    // sent twice → the second run sends nothing
    const dingAgain = await ledger(['remind', '--unit', 'fagui', '--send', 'dingtalk', '--workspace', ws], { env });
    expect(dingAgain.code).toBe(0);
    expect(calls.filter((c) => c.path === '/dingtalk')).toHaveLength(1);

    const bad = await ledger(['remind', '--unit', 'fagui', '--send', 'wecom', '--resend', '--workspace', ws], {
      env: { ...env, LEDGER_WECOM_WEBHOOK: `${robotBase}/wecom-bad?key=k1` },
    });
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('发送失败：法规科 → 企业微信群机器人：机器人返回错误 errcode=93000（invalid webhook url）');
    const closed = await ledger(['remind', '--unit', 'fagui', '--send', 'dingtalk', '--resend', '--workspace', ws], {
      env: { ...env, LEDGER_DINGTALK_WEBHOOK: `http://127.0.0.1:${closedPort}/robot/send?access_token=t1` },
    });
    expect(closed.code).toBe(1);
    expect(closed.stderr).toMatch(/^发送失败：法规科 → 钉钉群机器人：无法连接服务器（[^\n]*ECONNREFUSED[^\n]*）。/);
    const record = fs.readFileSync(path.join(ws, 'reminders-sent.yaml'), 'utf8');
    expect(record.match(/channel: wecom/g)).toHaveLength(1);
    expect(record.match(/channel: dingtalk/g)).toHaveLength(1);
    // Without the test switch an http address is refused before anything is sent.
    const plain = await ledger(['remind', '--unit', 'fagui', '--send', 'wecom', '--resend', '--workspace', ws], {
      env: { LEDGER_WECOM_WEBHOOK: `${robotBase}/wecom?key=k1` },
    });
    expect(plain.code).toBe(2);
    expect(plain.stderr).toContain('LEDGER_WECOM_WEBHOOK 不是 https 地址，拒绝发送');
    expect(plain.stdout).toBe('');
    expect(calls.filter((c) => c.path === '/wecom')).toHaveLength(1);
  });

  it('the workspace template is used; an unknown placeholder is an error naming its line', async () => {
    writeFile(ws, 'templates/remind.md', '# 提醒 {{unit}}\n{{unit}} 请在 {{next_due}} 前完成 {{count}} 项：\n{{tasks}}\n');
    const ok = await ledger(['remind', '--unit', 'fagui', '--workspace', ws]);
    expect(ok.stdout).toMatch(/^提醒 法规科\n\n法规科 请在 2026-12-04 前完成 \d+ 项：\n缺少的材料/);
    writeFile(ws, 'templates/remind.md', '# 提醒\n{{unit}}：\n请于 {{截止日}} 前完成\n');
    const bad = await ledger(['remind', '--unit', 'fagui', '--workspace', ws]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('templates/remind.md 第 3 行：未知的占位符 {{截止日}}。');
    const days = await ledger(['remind', '--days-before', '-3', '--workspace', ws]);
    expect(days.code).toBe(2);
    expect(days.stderr).toContain('--days-before 应为 0 到 365 之间的整数，收到“-3”。');
  });
});
