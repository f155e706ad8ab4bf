// An Ansible reference whose target the reader could not compute (a name or path
// built from variables it has no value for) as the typed "not known" the rules read.
import type { FileRef, UnknownKind, Unresolved } from '../types.js';

const RUNS_UNKNOWN_CODE: readonly UnknownKind[] = ['bootstrap-deploys', 'bootstrap-writes', 'bootstrap-uses', 'bootstrap-roles', 'entrypoints'];

/** What each kind of unknown target leaves unknown: an unknown task file, role or playbook could do anything. */
const AFFECTS: Record<FileRef['kind'], readonly UnknownKind[]> = {
  playbook: RUNS_UNKNOWN_CODE,
  tasks: RUNS_UNKNOWN_CODE,
  role: RUNS_UNKNOWN_CODE,
  vars: ['bootstrap-uses'],
  template: ['bootstrap-uses'],
  file: ['bootstrap-uses'],
  'host-file': ['bootstrap-deploys', 'entrypoints'],
};

const WHAT: Record<FileRef['kind'], string> = {
  playbook: 'import_playbook',
  tasks: 'tasks include',
  role: 'role',
  vars: 'vars file',
  template: 'template source',
  file: 'file source',
  'host-file': 'applied file',
};

/**
 * `role`: the role whose file holds the reference. A file path built at run time is read
 * as one of that role's own files; an unknown role or playbook could be any of them.
 */
export function unresolvedRef(ref: Pick<FileRef, 'from' | 'kind' | 'ref' | 'notFound'>, role: string | undefined): Unresolved {
  if (ref.notFound) {
    return {
      affects: AFFECTS[ref.kind],
      construct: `${WHAT[ref.kind]} ${ref.ref}`,
      at: ref.from,
      unknown: 'what it runs: no roles path of this repository holds it, and a roles path leads outside the repository where it may be installed',
    };
  }
  const roleScoped = role !== undefined && ref.kind !== 'role' && ref.kind !== 'playbook';
  return {
    affects: AFFECTS[ref.kind],
    construct: `${WHAT[ref.kind]} ${ref.ref}`,
    at: ref.from,
    unknown: ref.kind === 'host-file' ? 'which manifests it applies' : `which ${ref.kind === 'role' ? 'role' : ref.kind === 'playbook' ? 'playbook' : 'file'} it names`,
    configKey: 'ansible.extraVars',
    ...(roleScoped ? { scope: { role } } : {}),
  };
}
