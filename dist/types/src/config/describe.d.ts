import type { Detected } from '../result.js';
import type { Config } from './load.js';
export declare function describeConfig(config: Config, clusters: readonly Detected[], header: string): string;
