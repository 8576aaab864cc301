/**
 * Tests that need a program the README's prerequisites install (Debian packages: g++, make,
 * python3, postgresql, chromium, openjdk-17-jdk-headless, maven; or a wheel setup installs):
 * outside CI a missing program skips with a message naming the package to install; under
 * CI=true it fails, so CI never passes by skipping.
 */
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';
import { it } from 'vitest';

export const IN_CI = process.env.CI === 'true';

/** the first executable among `candidates` (absolute paths, or names looked up on PATH) */
export function findProgram(...candidates: string[]): string | undefined {
  for (const c of candidates) {
    const paths = c.includes('/') ? [c] : (process.env.PATH ?? '').split(delimiter).filter(Boolean).map((d) => join(d, c));
    for (const p of paths) {
      try {
        accessSync(p, constants.X_OK);
        return p;
      } catch {
        // not here
      }
    }
  }
  return undefined;
}

/**
 * The program's path, or undefined after registering what a missing one means: a skipped test
 * naming `installHint` locally, a failing one under CI=true. Call at a describe block's top.
 */
export function requireProgram(what: string, installHint: string, ...candidates: string[]): string | undefined {
  const found = findProgram(...candidates);
  if (found) return found;
  if (IN_CI) {
    it(`CI: ${what} is installed (${installHint})`, () => {
      throw new Error(`${what} not found (${candidates.join(', ')}): ${installHint}`);
    });
  } else {
    it.skip(`${what} not found: ${installHint} (CI fails instead of skipping)`, () => {});
  }
  return undefined;
}
