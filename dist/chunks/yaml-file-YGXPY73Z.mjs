import { createRequire as __dvlCreateRequire } from 'node:module'; const require = __dvlCreateRequire(import.meta.url);
import {
  MAX_ALIASES,
  MAX_INDENT,
  MAX_YAML_DOCUMENTS,
  YamlDoc,
  capProblem,
  parseFully,
  parseYaml
} from "./chunk-YTFHSWQN.mjs";
import "./chunk-W6GCGJUD.mjs";
import "./chunk-443EUCID.mjs";
import "./chunk-LNTSDQED.mjs";
import "./chunk-ANQG4MEX.mjs";
export {
  MAX_ALIASES,
  MAX_INDENT,
  MAX_YAML_DOCUMENTS,
  YamlDoc,
  capProblem,
  parseFully,
  parseYaml
};
