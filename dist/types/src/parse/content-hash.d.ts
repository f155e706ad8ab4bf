/** 128 bits of SHA-256 (as git's and ESLint's content checks, far beyond any accidental collision). */
export declare const contentHashOf: (text: string) => string;
