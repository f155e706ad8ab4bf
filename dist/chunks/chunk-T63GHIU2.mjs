import { createRequire as __dvlCreateRequire } from 'node:module'; const require = __dvlCreateRequire(import.meta.url);

// src/package-root.ts
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
function findPackageRoot() {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, "package.json"))) {
    const up = dirname(dir);
    if (up === dir) throw new Error("detectviz-lint: package.json not found above " + fileURLToPath(import.meta.url));
    dir = up;
  }
  return dir;
}
var packageRoot = findPackageRoot();
var packageFile = (rel) => join(packageRoot, rel);

export {
  packageFile
};
