// What unrendered template text looks like, apart from the renderer (src/argocd/template.ts):
// the graph and the rules ask it without loading the renderer and its YAML library.

/**
 * Text a template engine left unrendered: a `{{ }}` action, or the `<no value>` Go
 * templates (ApplicationSets, Helm) print for a missing key. The readers turn such a
 * value into an Unresolved; nothing outside src/argocd sees it.
 */
export const isTemplated = (text: string): boolean => text.includes('{{') || text.includes('<no value>');

/** The value Go templates print for a key they have no value for. */
export const NO_VALUE = '<no value>';
