import type { ComponentDeploymentJson, ComponentJson, DeploymentSummary } from '../result.js';
import type { Formatter } from './types.js';
/** Most generated apps named in one diagram node; the rest are counted. */
export declare const MAX_APPS_PER_NODE = 12;
/** Free text in markdown: no HTML, no emphasis, links or code by accident. */
export declare const mdText: (s: string) => string;
/** A code span (file paths); in a table cell `|` must still be escaped, GFM keeps `\|` inside code. */
export declare const mdCode: (s: string) => string;
/** A layer cell of the table: the mechanism labels, "—" when the layer does not deploy it. */
export declare const deploymentCell: (deployments: readonly ComponentDeploymentJson[]) => string;
/** A mermaid label: quoted by the caller, every character mermaid could read as syntax as an entity code. */
export declare const mermaidText: (s: string) => string;
/** The two layers of one cluster as a mermaid flowchart (components: that cluster's). */
export declare function diagram(deployment: DeploymentSummary, components: readonly ComponentJson[]): string;
export declare const markdown: Formatter;
