/**
 * Text a template engine left unrendered: a `{{ }}` action, or the `<no value>` Go
 * templates (ApplicationSets, Helm) print for a missing key. The readers turn such a
 * value into an Unresolved; nothing outside src/argocd sees it.
 */
export declare const isTemplated: (text: string) => boolean;
/** The value Go templates print for a key they have no value for. */
export declare const NO_VALUE = "<no value>";
