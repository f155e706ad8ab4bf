import type { DeploymentSummary, Detected } from '../result.js';
import { type DeploymentGraph } from './graph.js';
export declare function summarizeDeployment(graph: DeploymentGraph): DeploymentSummary;
export declare function detectedOf(graph: DeploymentGraph): Detected;
