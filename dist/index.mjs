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
} from "./chunks/chunk-OZWW4FEM.mjs";
import {
  ruleIds
} from "./chunks/chunk-GSHSY2ZW.mjs";
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
