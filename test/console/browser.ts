/**
 * Debian's Chromium through playwright-core (no browser download). Under CI=true a missing browser
 * fails the tests; elsewhere they are skipped with the package to install.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** the Chromium the tests drive: LEQI_CHROMIUM, else Debian's /usr/bin/chromium */
export const chromiumPath = process.env.LEQI_CHROMIUM ?? '/usr/bin/chromium';
export const haveChromium = existsSync(chromiumPath);
export const mustRun = process.env.CI === 'true';
export const skipReason = `no Chromium at ${chromiumPath}: install Debian's package (apt-get install -y chromium) or set LEQI_CHROMIUM`;

/** Launches a headless Chromium; playwright gives each launch a fresh --user-data-dir of its own and removes it on close. */
export async function launchChromium(): Promise<Browser> {
  if (!haveChromium) throw new Error(skipReason);
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}
