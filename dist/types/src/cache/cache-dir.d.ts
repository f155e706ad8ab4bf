export declare function defaultCacheDir(): string;
