// Damaged YAML for the fast readers' agreement tests: a seed text with up to three edits
// (a syntax piece inserted, a few characters dropped), generated reproducibly by fast-check.
import fc from 'fast-check';

/** Runs `accepts` on `runs` mutations of `seed`; the number it accepted (returned true). */
export function countAcceptedMutations(seed: string, pieces: readonly string[], runs: number, accepts: (text: string) => boolean): number {
  const edit = fc.record({ at: fc.nat(), piece: fc.constantFrom(...pieces), drop: fc.nat(3) });
  let accepted = 0;
  fc.assert(
    fc.property(fc.array(edit, { minLength: 1, maxLength: 3 }), (edits) => {
      let text = seed;
      for (const { at, piece, drop } of edits) {
        const i = at % (text.length + 1);
        text = text.slice(0, i) + piece + text.slice(i + drop);
      }
      if (accepts(text)) accepted++;
    }),
    { numRuns: runs, seed: 42 },
  );
  return accepted;
}
