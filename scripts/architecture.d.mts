// Types for architecture.mjs (used by the architecture test and eslint.config.js).
export declare const ALLOWED: Record<string, string[]>;
export declare const COMPONENTS_ALLOWED: string[];
export declare function resolveImport(root: string, fromFile: string, spec: string): string | undefined;
export declare function zoneOf(relativePath: string): string | undefined;
export declare function importProblem(from: string, to: string): string | undefined;
export declare function cycles(edges: Record<string, string[]>): string[][];
