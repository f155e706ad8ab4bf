// Named facts a reader takes from a file's text without parsing it: plain data, a pure
// function of the text, kept per content by the source set and the per-file cache. Each is
// defined once, at module level, so that a later run can take a fact again from a file's new
// text without the reader that asked for it, and see whether it changed (src/early-cutoff.ts).
export interface Fact<T> {
  readonly name: string;
  readonly compute: (text: string, path: string) => T;
}

const defined = new Map<string, Fact<unknown>>();

export function defineFact<T>(name: string, compute: (text: string, path: string) => T): Fact<T> {
  const fact = { name, compute };
  defined.set(name, fact);
  return fact;
}

/** The fact defined under `name`; undefined for one made for one call (a name that holds the call's arguments). */
export const definedFact = (name: string): Fact<unknown> | undefined => defined.get(name);

/** Whether `fact` is the one defined under its name (a fact made for one call is not). */
export const isDefined = (fact: Fact<unknown>): boolean => defined.get(fact.name) === fact;
