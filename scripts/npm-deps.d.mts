// types of npm-deps.mjs, for the TypeScript tests
/** why `npm ci` is needed in `root`, or undefined when node_modules matches package-lock.json */
export declare function npmInstallNeeded(root: string): string | undefined;
