export declare const packageRoot: string;
export declare const packageFile: (rel: string) => string;
