// types of temporal-bins.mjs, for the TypeScript tests
export type BinSource = 'env' | 'PATH' | 'venv' | 'maven' | 'sdk-download';
export interface ResolvedBin {
  path: string | undefined;
  source: BinSource;
  version?: string;
}

export declare const TEMPORAL_CLI_VERSION: string;
export declare const TEMPORAL_TEST_SERVER_VERSION: string;
export declare const TEMPORAL_TEST_SERVER_MAVEN_VERSION: string;
export declare const TEMPORAL_CLI_WHEEL: string;
export declare const TEMPORAL_TEST_SERVER_WHEEL: string;
export declare const PROJECT_ROOT: string;
export declare const VENV_DIR: string;
export declare const VENV_BIN: string;
export declare const MAVEN_DIR: string;
export declare const MAVEN_TEST_SERVER: string;

/** first executable `name` on PATH */
export declare function which(name: string): string | undefined;
/** the dev server CLI: TEMPORAL_CLI_PATH → PATH → .venv → sdk-download */
export declare function resolveTemporalCli(opts?: { withVersion?: boolean }): ResolvedBin;
/** the time-skipping test server: TEMPORAL_TEST_SERVER_PATH → PATH → .venv → maven → sdk-download */
export declare function resolveTestServer(opts?: { withVersion?: boolean }): ResolvedBin;
/** `<path> (<source>, <version>)` for logs */
export declare function describeBin(bin: ResolvedBin): string;
