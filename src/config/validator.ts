// The configuration schema compiled by ajv. A module of its own so that ajv, which most
// runs never need, is loaded only when a configuration file is read.
import { Ajv, type ValidateFunction } from 'ajv';
import { readFileSync } from 'node:fs';
import { packageFile } from '../package-root.js';

export function compileConfigSchema(): ValidateFunction {
  const ajv = new Ajv({ allErrors: true, strict: false });
  return ajv.compile(JSON.parse(readFileSync(packageFile('schemas/config.schema.json'), 'utf8')));
}
