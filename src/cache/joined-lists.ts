// Lists of strings as the caches store them: one string, joined by NUL (which no path holds).
// V8 reads a string back as one copy, where a list of 87,000 strings was 87,000 objects to make
// and then to move through the young generation.

export const joined = (list: readonly string[]): string => list.join('\0');

/** The list back; a value that is not a string (a foreign or damaged cache) throws. */
export function split(text: unknown): string[] {
  if (typeof text !== 'string') throw new TypeError('not a joined list');
  return text === '' ? [] : text.split('\0');
}
