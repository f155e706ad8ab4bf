import { LineCounter } from 'yaml';
export declare function lineIndex(text: string): LineCounter;
