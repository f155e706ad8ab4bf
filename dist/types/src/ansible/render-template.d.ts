import type { K8sObject, Loc } from '../types.js';
import { type VarScope } from './jinja.js';
export interface RenderedTemplate {
    text: string;
    /** Substituted values by line, with where each value is written. */
    spans: {
        line: number;
        value: string;
        at?: Loc;
    }[];
}
export declare function renderTemplate(text: string, scope: VarScope): RenderedTemplate;
/** The objects of a rendered template; image tags that came from a variable point at that variable (tagAt). */
export declare function objectsOfTemplate(path: string, rendered: RenderedTemplate): K8sObject[];
