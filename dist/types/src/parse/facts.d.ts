export interface Fact<T> {
    readonly name: string;
    readonly compute: (text: string, path: string) => T;
}
export declare function defineFact<T>(name: string, compute: (text: string, path: string) => T): Fact<T>;
/** The fact defined under `name`; undefined for one made for one call (a name that holds the call's arguments). */
export declare const definedFact: (name: string) => Fact<unknown> | undefined;
/** Whether `fact` is the one defined under its name (a fact made for one call is not). */
export declare const isDefined: (fact: Fact<unknown>) => boolean;
