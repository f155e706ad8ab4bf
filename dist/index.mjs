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
} from "./chunks/chunk-YKCC6KFK.mjs";
import {
  ruleIds
} from "./chunks/chunk-AYB4BKBY.mjs";
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
