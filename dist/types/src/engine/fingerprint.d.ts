import type { Finding } from './run.js';
export declare function fingerprints(findings: readonly Finding[]): string[];
