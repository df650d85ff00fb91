import { CI_FILE, type CiHost, type CiOptions } from './ci-hosts.js';
import { withMarker } from './generated-marker.js';
import { githubWorkflow } from './github-workflow.js';
import { gitlabCi } from './gitlab-ci.js';

/** The CI file of each host, marked as generated. */
export function planCiFiles(hosts: readonly CiHost[], opts: CiOptions): { path: string; content: string }[] {
  return hosts.map((host) => ({
    path: CI_FILE[host],
    content: withMarker(host === 'gitlab' ? gitlabCi(opts) : githubWorkflow(opts, host)),
  }));
}
