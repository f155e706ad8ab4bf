export declare const joined: (list: readonly string[]) => string;
/** The list back; a value that is not a string (a foreign or damaged cache) throws. */
export declare function split(text: unknown): string[];
