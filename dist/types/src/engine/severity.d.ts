import type { Config } from '../config/load.js';
import type { SeverityOrOff } from '../types.js';
import type { SeverityOf } from './run.js';
export declare function severityResolver(config: Config, cli: Readonly<Record<string, SeverityOrOff>>): Promise<SeverityOf>;
