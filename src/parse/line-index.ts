// Offsets into a text as 1-based lines and columns, counted as the yaml library's parser counts them.
import { LineCounter } from 'yaml';

export function lineIndex(text: string): LineCounter {
  const lines = new LineCounter();
  lines.addNewLine(0);
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lines.addNewLine(i + 1);
  return lines;
}
