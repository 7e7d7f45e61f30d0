export declare const compileHint: string;
export declare function filesRunOnLoad(distDir: string): string[];
export declare function addCompileHints(distDir: string): string[];
