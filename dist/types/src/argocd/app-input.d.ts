import type { Loc } from '../types.js';
import type { UnknownGenerator } from './generators.js';
import type { YamlPathOf } from './helm-values.js';
export type LocOf = (path: (string | number)[]) => Loc;
export interface AppInput {
    spec: Record<string, unknown>;
    meta: Record<string, unknown>;
    at: Loc;
    /** Where a path of the Application (from its root: `['spec', 'source', 'path']`) is written. */
    locOf: LocOf;
    /** The id of the ApplicationSet that generated it. */
    appset?: string;
    /** The id of the Application that renders it. */
    parent?: string;
    /** The documents from the entry point to this Application's (its own last). */
    chain: {
        doc: string;
        id: string;
    }[];
    /** For generated apps: where the path parameter is written. */
    pathAt?: Loc;
    /** Where a field of the Application (from its root) is written: its document and the path inside it, for reading values with positions. */
    yamlPath?: YamlPathOf;
    fromList?: boolean;
    /** Generated from parameters the repository cannot tell: only its literal fields are known. */
    unknownGenerators?: UnknownGenerator[];
    /** Generated through a templatePatch the reader could not render. */
    unknownPatch?: Loc;
}
