import { type ValidateFunction } from 'ajv';
export declare function compileConfigSchema(): ValidateFunction;
