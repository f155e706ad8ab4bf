// Cheap text checks shared by the readers, before (or instead of) a parse.

/** What a reader writes where a Jinja or Go template expression could not be resolved. */
export const UNRESOLVED = '__UNRESOLVED__';

/** A value that still holds an unresolved template expression. */
export const HAS_UNRESOLVED = /\{\{|<no value>|__UNRESOLVED__/;

/** The text declares an Argo CD Application, ApplicationSet or AppProject (a pre-check: the parse decides). */
export const declaresArgoKind = (text: string): boolean =>
  (text.includes('Application') || text.includes('AppProject')) && /^\s*kind:\s*["']?(Application|ApplicationSet|AppProject)["']?\s*(#.*)?$/m.test(text);
