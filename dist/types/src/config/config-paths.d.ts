import type { YamlDoc } from '../parse/yaml-file.js';
/** One message per configured path that leaves the repository or names nothing in it, and per `ignore:` pattern that cannot be honoured. */
/** The configuration's path keys (a structural type: load.ts imports this module). */
interface ConfiguredPaths {
    ansible?: {
        roots?: string[];
    };
    argocd?: {
        roots?: string[];
        appsRoots?: string[];
        entrypoints?: string[];
    };
    ignore?: string[];
}
export declare function configPathErrors(shown: string, doc: YamlDoc | undefined, config: ConfiguredPaths, root: string): string[];
export {};
