// Every rule, in catalog order (../shared/spec/rules.md). One static list: no directory scan.
import type { Rule } from '../src/engine/rule.js';
import { suppressionDiagnostics } from '../src/engine/suppress.js';
import cniRuntimeManaged from './cni-runtime-managed.js';
import cniConfigRuntimeManaged from './cni-config-runtime-managed.js';
import cniBootstrapMissing from './cni-bootstrap-missing.js';
import vipBootstrapMissing from './vip-bootstrap-missing.js';
import gitopsEngineBootstrapMissing from './gitops-engine-bootstrap-missing.js';
import gitopsEngineNotSelfManaged from './gitops-engine-not-self-managed.js';
import rootAppMissing from './root-app-missing.js';
import runtimeComponentInBootstrap from './runtime-component-in-bootstrap.js';
import appNotInAppset from './app-not-in-appset.js';
import appPathMissing from './app-path-missing.js';
import appPathEmpty from './app-path-empty.js';
import appsetGroupMismatch from './appset-group-mismatch.js';
import duplicateOwner from './duplicate-owner.js';
import unusedTemplate from './unused-template.js';
import unusedRole from './unused-role.js';
import missingReference from './missing-reference.js';
import unpinnedVersion from './unpinned-version.js';
import versionSkew from './version-skew.js';
import renderError from './render-error.js';
import namespaceMissing from './namespace-missing.js';
import plaintextSecret from './plaintext-secret.js';
import parseError from './parse-error.js';
import referenceCycle from './reference-cycle.js';
import incompleteAnalysis from './incomplete-analysis.js';

export const rules: readonly Rule[] = [
  cniRuntimeManaged,
  cniConfigRuntimeManaged,
  cniBootstrapMissing,
  vipBootstrapMissing,
  gitopsEngineBootstrapMissing,
  gitopsEngineNotSelfManaged,
  rootAppMissing,
  runtimeComponentInBootstrap,
  appNotInAppset,
  appPathMissing,
  appPathEmpty,
  appsetGroupMismatch,
  duplicateOwner,
  unusedTemplate,
  unusedRole,
  missingReference,
  unpinnedVersion,
  versionSkew,
  renderError,
  namespaceMissing,
  plaintextSecret,
  incompleteAnalysis,
  parseError,
  referenceCycle,
];

/** Every id a configuration, `--rule` or a suppression comment may name. */
export const ruleIds: ReadonlySet<string> = new Set([...rules, ...suppressionDiagnostics].map((r) => r.id));
