// Applications and ApplicationSets are identified by namespace and name: Argo CD
// reconciles `team-a/web` and `team-b/web` as two Applications.

export const qualifiedId = (namespace: string, name: string): string => `${namespace}/${name}`;

/** The name in a qualified id (a name alone is returned as is: Kubernetes names hold no `/`). */
export const nameOfId = (id: string): string => id.slice(id.indexOf('/') + 1);
