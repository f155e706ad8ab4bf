import { isRecord } from '../parse/manifest.js';
export { isRecord };
export declare const asString: (v: unknown) => string | undefined;
/** Scalars Ansible accepts where a string is expected (numbers and booleans are stringified by YAML authors). */
export declare const asScalarString: (v: unknown) => string | undefined;
export declare const asList: (v: unknown) => unknown[];
/** Ansible's boolean spelling: yes/true/on/1. */
export declare const truthy: (v: unknown) => boolean;
export declare const isYamlPath: (p: string) => boolean;
/** How a non-string value is shown in a reference (YAML aliases may make values circular). */
export declare function shown(v: unknown): string;
