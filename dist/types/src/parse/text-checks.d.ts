/** What the Ansible reader writes where a Jinja expression could not be resolved. */
export declare const UNRESOLVED = "__UNRESOLVED__";
/** The text declares an Argo CD Application, ApplicationSet or AppProject (a pre-check: the parse decides). */
export declare const declaresArgoKind: (text: string) => boolean;
