// The configuration schema is compiled at build time (src/config/config-validator.generated.ts):
// the file must be what the generator writes today, and it must judge configurations exactly as
// the schema compiled by ajv at run time does, errors included.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv, type ValidateFunction } from 'ajv';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: the generator is plain JavaScript without types
import { configValidatorSource, TARGET } from '../scripts/generate-config-validator.mjs';
import generated from '../src/config/config-validator.generated.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

describe('the configuration validator compiled at build time', () => {
  it('is up to date with the schema (run `npm run generate` and commit it)', () => {
    expect(readFileSync(`${ROOT}${TARGET}`, 'utf8')).toBe(configValidatorSource());
  });

  const atRunTime = new Ajv({ allErrors: true, strict: false }).compile(JSON.parse(readFileSync(`${ROOT}schemas/config.schema.json`, 'utf8')));
  const judge = (validate: ValidateFunction, value: unknown): unknown => (validate(value) ? 'valid' : validate.errors);

  it.each([
    ['an empty configuration', {}],
    ['rules and paths', { rules: { 'version-skew': 'off' }, ignore: ['docs/'], ansible: { roots: ['ansible'] } }],
    ['paths that are empty, or one astral character', { ignore: ['', '𝒳'], ansible: { roots: [''] } }],
    ['unknown keys and wrong types', { rulez: {}, rules: { x: 'loud' }, ignore: 'docs/', overrides: [{ files: [] }] }],
    ['not a mapping', ['a', 'b']],
  ])('judges %s as the schema compiled at run time does', (_, value) => {
    expect(judge(generated as ValidateFunction, value)).toEqual(judge(atRunTime, value));
  });
});
