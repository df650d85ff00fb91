import { describe, expect, it } from 'vitest';
import { CI_HOSTS, type CiOptions } from '../../../../src/edit/init/ci/ci-hosts.js';
import { planCiFiles } from '../../../../src/edit/init/ci/plan-ci-files.js';
import { actionlint, gitlabSchemaErrors } from './validate-ci.js';

/**
 * Every generated CI file passes its host's validator: actionlint for GitHub and Gitea workflows,
 * GitLab's JSON Schema for .gitlab-ci.yml. ~5 s (actionlint's WebAssembly starts once).
 */
const VARIANTS: CiOptions[] = [
  { branch: 'main', registry: false, node: 22 },
  { branch: 'master', registry: true, node: 24 },
];

describe('generated CI files pass the hosts’ validators', () => {
  for (const opts of VARIANTS) {
    for (const f of planCiFiles(CI_HOSTS, opts)) {
      it(`${f.path} (${JSON.stringify(opts)})`, async () => {
        if (f.path === '.gitlab-ci.yml') expect(gitlabSchemaErrors(f.content)).toEqual([]);
        else expect(await actionlint(f.content, f.path)).toEqual([]);
      });
    }
  }

  it('the validators do reject a broken file (they are not no-ops)', async () => {
    const [github, gitlab] = planCiFiles(['github', 'gitlab'], VARIANTS[0]!);
    expect(
      (await actionlint(github!.content.replace('runs-on: ubuntu-latest', 'runs-on: [ubuntu-latest'), github!.path)).length,
    ).toBeGreaterThan(0);
    expect((await actionlint(github!.content.replace('pull_request:', 'pull_requests:'), github!.path)).map((e) => e.kind)).toContain(
      'events',
    );
    expect(gitlabSchemaErrors(gitlab!.content.replace('when: always', 'when: sometimes'))).not.toEqual([]);
    expect(gitlabSchemaErrors(gitlab!.content.replace('codequality:', 'code_quality:'))).not.toEqual([]);
  });

  it('name no end-of-life runtime and use current majors of the actions', () => {
    for (const f of planCiFiles(CI_HOSTS, VARIANTS[0]!)) {
      expect(f.content, f.path).not.toMatch(/node(-version)?:\s*['"]?(1\d|20)\b|node:(1\d|20)\b/);
      expect(f.content, f.path).not.toMatch(/actions\/(checkout|setup-node)@v[1-6]\b/);
    }
  });
});
