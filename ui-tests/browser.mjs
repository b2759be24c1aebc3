// Debian's Chromium (CHROMIUM, default /usr/bin/chromium) driven by playwright-core, headless
// in a fresh profile: no browser download, the same flags for the tests and the benchmark.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';

export function launch(prefix) {
  return chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), prefix)), {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1400, height: 900 },
    args: [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
    ],
  });
}
