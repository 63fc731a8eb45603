export declare const repoRoot: string;
export declare const contractsDir: string;
export declare const outDir: string;
export declare const generatedFile: string;
export declare function buildContracts(): void;
export declare function renderGenerated(): string;
