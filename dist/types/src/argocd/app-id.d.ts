export declare const qualifiedId: (namespace: string, name: string) => string;
/** The name in a qualified id (a name alone is returned as is: Kubernetes names hold no `/`). */
export declare const nameOfId: (id: string) => string;
