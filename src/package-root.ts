// Files shipped with the package (catalog, schemas), found from this module
// whether it runs from src/ (tests) or dist/src/ (the built CLI).
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

function findPackageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error('detectviz-lint: package.json not found above ' + fileURLToPath(import.meta.url));
    dir = up;
  }
  return dir;
}

export const packageRoot = findPackageRoot();
export const packageFile = (rel: string): string => join(packageRoot, rel);
