import { createRequire as __dvlCreateRequire } from 'node:module'; const require = __dvlCreateRequire(import.meta.url);
import {
  CONFIG_NAMES,
  ConfigError,
  LintInputError,
  VERSION,
  applyBaseline,
  createBaseline,
  defaultCacheDir,
  describeConfig,
  escapeData,
  formatters,
  lint,
  parseBaseline,
  ruleCatalog
} from "./chunks/chunk-ZOIMQHGO.mjs";
import {
  ruleIds
} from "./chunks/chunk-FMCAKQXB.mjs";
import "./chunks/chunk-T63GHIU2.mjs";
import {
  readRegularFile,
  writeRegularFile
} from "./chunks/chunk-YEC2ZUSJ.mjs";
import "./chunks/chunk-W6GCGJUD.mjs";
import "./chunks/chunk-LNTSDQED.mjs";
import "./chunks/chunk-ANQG4MEX.mjs";
export {
  CONFIG_NAMES,
  ConfigError,
  LintInputError,
  VERSION,
  applyBaseline,
  createBaseline,
  defaultCacheDir,
  describeConfig,
  escapeData,
  formatters,
  lint,
  parseBaseline,
  readRegularFile,
  ruleCatalog,
  ruleIds,
  writeRegularFile
};
