// What the tests need from outside the project (the user's repository, the contract,
// the SARIF schema) is read in place from ../shared through this one helper. Where it
// is absent the tests that need it are skipped with a warning; under CI (CI set, as
// every CI service sets it) its absence is a failure, so a clean checkout cannot pass
// by skipping them.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const SHARED = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'shared');

/** The absolute path of `rel` under ../shared, or undefined (with a warning) when it is absent outside CI. */
export function sharedInput(rel: string): string | undefined {
  const path = join(SHARED, rel);
  if (existsSync(path)) return path;
  const message = `${path} is absent: the tests that read it cannot run`;
  if (process.env.CI) throw new Error(`${message} (CI is set: it must be present)`);
  console.warn(`skipping: ${message}`);
  return undefined;
}

export const CORPUS_PATH = 'corpus/detectviz-gitops';

/** Whether a tool the tests run for real is installed (.ci/run installs each); under CI its absence is a failure. */
export function toolPresent(tool: string, present: boolean, install: string): boolean {
  if (present) return true;
  const message = `${tool} is not installed (${install}): the tests that run it cannot run`;
  if (process.env.CI) throw new Error(`${message} (CI is set: .ci/run installs it)`);
  console.warn(`skipping: ${message}`);
  return false;
}
