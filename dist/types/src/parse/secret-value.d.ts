import type { Loc } from '../types.js';
import type { PathSegment, YamlDoc } from './yaml-file.js';
/** A non-empty string that is neither a placeholder nor encrypted: the secret itself. */
export declare function isLiteralSecret(value: unknown): boolean;
/** A document SOPS encrypted: its values are ciphertext even where one does not look it. */
export declare const isSopsDocument: (value: unknown) => boolean;
/** A settings key that names a password, token, API key or private key (`auth.adminPassword`, `apiKey`). */
export declare function namesCredential(key: string): boolean;
/**
 * The keys of a Secret (the object at `base` in `doc`) whose `data`/`stringData` values are
 * literal; where each is written. A SOPS-encrypted document holds none.
 */
export declare function secretLiterals(doc: YamlDoc, value: Record<string, unknown>, base: readonly PathSegment[]): {
    key: string;
    at: Loc;
}[];
