import type { PathSegment } from '../parse/yaml-file.js';
export declare const isTaskKeyword: (key: string) => boolean;
export declare function canonicalModule(name: string): string;
export interface TaskAction {
    module: string;
    /** Arguments after merging `args:`; free-form text is in `_raw`. */
    args: Record<string, unknown>;
    /** Where the module's own arguments live in the task document. */
    path: PathSegment[];
    /** `local_action:` runs on the controller. */
    local: boolean;
}
/** The action of the task mapping at `taskPath`; undefined when it has none. */
export declare function taskAction(task: Record<string, unknown>, taskPath: PathSegment[]): TaskAction | undefined;
