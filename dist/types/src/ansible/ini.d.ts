export interface IniEntry {
    key: string;
    /** Value with surrounding quotes and trailing `#`/`;` comments removed; undefined for a bare line (an inventory host). */
    value?: string;
    line: number;
    /** 1-based column where the value starts. */
    valueColumn: number;
}
export interface IniSection {
    name: string;
    entries: IniEntry[];
}
export declare function parseIni(text: string): IniSection[];
export declare function iniValue(sections: IniSection[], section: string, key: string): IniEntry | undefined;
