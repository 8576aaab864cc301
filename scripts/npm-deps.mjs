// Are the locked npm dependencies installed? Compares package-lock.json with the hidden lockfile
// npm writes into node_modules/.package-lock.json after every install; node builtins only, since
// it runs before anything is installed (scripts/setup.mjs, on a fresh clone).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Why `npm ci` is needed in `root`, or undefined when every locked package is installed at its
 * locked version (optional packages for other platforms may be absent).
 * @param {string} root
 * @returns {string | undefined}
 */
export function npmInstallNeeded(root) {
  /** @type {{ packages?: Record<string, { version?: string, optional?: boolean, devOptional?: boolean, link?: boolean }> }} */
  let locked;
  try {
    locked = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8'));
  } catch {
    return 'no package-lock.json';
  }
  /** @type {typeof locked} */
  let installed;
  try {
    installed = JSON.parse(readFileSync(join(root, 'node_modules', '.package-lock.json'), 'utf8'));
  } catch {
    return 'no node_modules';
  }
  const have = installed.packages ?? {};
  let missing = 0;
  let changed = 0;
  let example = '';
  for (const [path, entry] of Object.entries(locked.packages ?? {})) {
    if (!path.startsWith('node_modules/') || entry.link) continue;
    const got = have[path];
    if (!got) {
      if (entry.optional) continue; // a platform-specific binary of another platform
      missing++;
      example ||= `${path.slice('node_modules/'.length)} is missing`;
    } else if (entry.version && got.version !== entry.version) {
      changed++;
      example ||= `${path.slice('node_modules/'.length)} is ${got.version}, locked ${entry.version}`;
    }
  }
  if (missing + changed === 0) return undefined;
  return `node_modules differs from package-lock.json (${missing} missing, ${changed} at another version; e.g. ${example})`;
}
