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
} from "./chunks/chunk-23C4UM2S.mjs";
import {
  ruleIds
} from "./chunks/chunk-3ITO2R2Y.mjs";
import "./chunks/chunk-T63GHIU2.mjs";
import {
  readRegularFile,
  writeRegularFile
} from "./chunks/chunk-WG4G7QQU.mjs";
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
