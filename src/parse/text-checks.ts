// Cheap text checks shared by the readers, before (or instead of) a parse.

/** What the Ansible reader writes where a Jinja expression could not be resolved. */
export const UNRESOLVED = '__UNRESOLVED__';

/** The text declares an Argo CD Application, ApplicationSet or AppProject (a pre-check: the parse decides). */
export const declaresArgoKind = (text: string): boolean =>
  (text.includes('Application') || text.includes('AppProject')) && /^\s*kind:\s*["']?(Application|ApplicationSet|AppProject)["']?\s*(#.*)?$/m.test(text);
