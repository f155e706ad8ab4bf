import { createRequire as __dvlCreateRequire } from 'node:module'; const require = __dvlCreateRequire(import.meta.url);
import {
  MAX_ALIASES,
  MAX_INDENT,
  MAX_YAML_DOCUMENTS,
  YamlDoc,
  capProblem,
  parseYaml
} from "./chunk-NBGBX6CG.mjs";
import "./chunk-PGEP3565.mjs";
import "./chunk-W6GCGJUD.mjs";
import "./chunk-ANQG4MEX.mjs";
export {
  MAX_ALIASES,
  MAX_INDENT,
  MAX_YAML_DOCUMENTS,
  YamlDoc,
  capProblem,
  parseYaml
};
