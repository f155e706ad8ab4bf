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
  lintWithInputs,
  parseBaseline,
  ruleCatalog
} from "./chunks/chunk-SBW7AIP4.mjs";
import {
  ruleIds
} from "./chunks/chunk-JYKFIDVX.mjs";
import {
  readRegularFile,
  writeRegularFile
} from "./chunks/chunk-443EUCID.mjs";
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
  lintWithInputs,
  parseBaseline,
  readRegularFile,
  ruleCatalog,
  ruleIds,
  writeRegularFile
};
