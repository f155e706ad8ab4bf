import { defineRule } from '../src/engine/rule.js';
import { unknownsAffecting } from '../src/graph/graph.js';

const WHAT = {
  template: 'template',
  file: 'file',
  tasks: 'tasks file',
  role: 'role',
  vars: 'vars file',
  playbook: 'playbook',
  'host-file': 'host file',
} as const;

export default defineRule({
  id: 'missing-reference',
  severity: 'error',
  category: 'bootstrap-hygiene',
  scope: 'repository',
  description: 'A task references a template, file, role or tasks file that does not exist, or applies a local file that no earlier task in the same play writes.',
  rationale: 'The bootstrap fails at that task on a fresh cluster (or applies a stale file left by an older run), and a review that reads the task list believes it works.',
  messages: {
    notWrittenEarlier: 'a task applies a host file that no earlier task in the play writes',
    missingFile: 'a template, file, role, tasks, vars file or playbook that does not exist',
  },
  examples: { fails: 'apply-of-file-never-written', passes: 'apply-of-rendered-template' },
  check: ({ graph }) => {
    /** A file of the task's own role that looks like the source of a host file nothing writes (x.yaml ← templates/x.yaml.j2). */
    const sourceFor = (hostPath: string, taskFile: string): string | undefined => {
      const role = graph.bootstrap.roles.find((r) => taskFile.startsWith(`${r.dir}/`));
      const name = hostPath.split('/').pop()!;
      return role?.assets.find((a) => a.split('/').pop()!.replace(/\.j2$/, '') === name);
    };
    const playOf = new Map(graph.bootstrap.tasks.map((t) => [`${t.at.file}:${t.at.line}`, t.play]));
    /** "No earlier task writes it" is a claim about the play's writes; "does not exist" is about the repository's files, which are known. */
    const withheldBy = (r: (typeof graph.bootstrap.refs)[number]) => (r.kind === 'host-file' ? unknownsAffecting(graph, 'bootstrap-writes', { play: playOf.get(`${r.from.file}:${r.from.line}`) }) : []);
    return graph.bootstrap.refs
      .filter((r) => r.reachable && r.status === 'missing')
      .map((r) => ({
        at: r.from,
        withheldBy: withheldBy(r),
        messageId: r.kind === 'host-file' ? 'notWrittenEarlier' : 'missingFile',
        message:
          r.kind === 'host-file'
            ? `this task applies ${r.ref}, but no earlier task in the play writes it; ${sourceFor(r.ref, r.from.file) ? `render ${sourceFor(r.ref, r.from.file)} to it first` : 'render or copy it first'} (template/copy/get_url with dest: ${r.ref})`
            : `${WHAT[r.kind]} "${r.ref}" does not exist; fix the name or add the file`,
      }));
  },
});
