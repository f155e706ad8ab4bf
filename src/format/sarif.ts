// SARIF 2.1.0 for GitHub code scanning and other SARIF viewers: one driver rule per
// rule id, one result per finding, repo-relative URIs against %SRCROOT%, and
// partialFingerprints that do not depend on line numbers (so a finding keeps its
// identity when unrelated lines above it move).
import { pathToFileURL } from 'node:url';
import { VERSION } from '../version.js';
import type { Loc, Severity } from '../types.js';
import { fingerprints } from '../engine/fingerprint.js';
import { docsUrl, messageOf, ruleInfos } from './rule-docs.js';
import type { Formatter } from './types.js';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
export const FINGERPRINT_KEY = 'detectvizLint/v1';
const SRCROOT = '%SRCROOT%';

type Level = 'error' | 'warning' | 'note';
const levelOf = (s: Severity): Level => (s === 'info' ? 'note' : s);

/** A repo-relative POSIX path as a relative URI reference (each segment percent-encoded). */
export const uriOf = (file: string): string => file.split('/').map(encodeURIComponent).join('/');

/** The file URI of the linted root, with the trailing slash SARIF requires of a base. */
export const rootUri = (root: string): string => {
  const href = pathToFileURL(root).href;
  return href.endsWith('/') ? href : `${href}/`;
};

const physicalLocation = (loc: Pick<Loc, 'file' | 'line' | 'column'>) => ({
  artifactLocation: { uri: uriOf(loc.file), uriBaseId: SRCROOT },
  region: { startLine: Math.max(1, loc.line), startColumn: Math.max(1, loc.column) },
});

export const sarif: Formatter = (result, ctx) => {
  const infos = ruleInfos(ctx, result.findings);
  const index = new Map(infos.map((r, i) => [r.id, i]));
  const prints = fingerprints(result.findings);
  const log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'detectviz-lint',
            version: VERSION,
            semanticVersion: VERSION,
            informationUri: 'https://github.com/detectviz/detectviz-lint',
            rules: infos.map((r) => ({
              id: r.id,
              shortDescription: { text: r.description },
              fullDescription: { text: r.rationale },
              help: {
                text: `${r.rationale}\n\nSee ${docsUrl(r.id)}`,
                markdown: `${r.rationale}\n\n[${r.id} documentation](${docsUrl(r.id)})`,
              },
              helpUri: docsUrl(r.id),
              defaultConfiguration: { level: levelOf(r.severity) },
              properties: { tags: r.category ? ['architecture', r.category] : ['architecture'] },
            })),
          },
        },
        originalUriBaseIds: { [SRCROOT]: { uri: rootUri(result.root) } },
        results: result.findings.map((f, i) => ({
          ruleId: f.ruleId,
          ruleIndex: index.get(f.ruleId)!,
          level: levelOf(f.severity),
          message: { text: messageOf(f) },
          locations: [{ physicalLocation: physicalLocation(f) }],
          ...(f.related && f.related.length > 0
            ? { relatedLocations: f.related.map((r, id) => ({ id, physicalLocation: physicalLocation(r) })) }
            : {}),
          partialFingerprints: { [FINGERPRINT_KEY]: prints[i] },
          ...(f.component || f.cluster
            ? { properties: { ...(f.component ? { component: f.component } : {}), ...(f.cluster ? { cluster: f.cluster } : {}) } }
            : {}),
        })),
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
};
