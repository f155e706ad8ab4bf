import { defineRule } from '../src/engine/rule.js';
import { nameOfId, unknownsAffecting } from '../src/graph/graph.js';

const WHAT = {
  'application-path': 'source path',
  'list-path': 'list element path',
  'git-directory': 'git generator pattern',
  'git-files': 'git files generator pattern',
  'kustomize-resource': 'kustomization resource',
  'chart-dependency': 'chart dependency',
  pattern: 'path pattern',
} as const;

export default defineRule({
  id: 'app-path-missing',
  severity: 'error',
  category: 'coverage',
  description: 'An Application source path, ApplicationSet list path or git-directory pattern names a path of this repository that does not exist or matches nothing.',
  rationale: 'Argo CD reports such an Application as a ComparisonError (or generates nothing), so the service the path stands for is not deployed.',
  messages: {
    outside: 'a path that leaves the repository',
    neverMatches: 'a git generator pattern with a leading or trailing "/", which never matches',
    noMatch: 'a pattern that matches nothing in the repository',
    missing: 'a path that does not exist in the repository',
  },
  examples: { fails: 'list-element-path-typo', passes: 'list-element-paths-exist' },
  check: ({ graph }) =>
    graph.runtime.pathRefs
      .filter((p) => p.status !== 'ok')
      .map((p) => {
        const what = WHAT[p.kind];
        const owner = p.kind === 'kustomize-resource' || p.kind === 'chart-dependency' ? `rendered for Application ${nameOfId(p.owner)}` : `of ${nameOfId(p.owner)}`;
        const [messageId, problem] =
          p.status === 'outside'
            ? ['outside', 'leaves the repository and is not read']
            : p.status === 'no-match'
              ? p.path.startsWith('/') || p.path.endsWith('/')
                ? ['neverMatches', 'can never match: git generator patterns are relative, without a leading or trailing "/"']
                : ['noMatch', `matches no ${p.kind === 'git-files' ? 'file' : 'directory'} of this repository`]
              : ['missing', 'does not exist in this repository'];
        // Only what is unknown about the owner's own render (a plugin) can put the path there.
        return { at: p.at, messageId, message: `${what} "${p.path}" ${owner} ${problem}`, withheldBy: unknownsAffecting(graph, 'runtime-deploys', { application: p.owner }).filter((u) => u.scope?.application === p.owner) };
      }),
});
