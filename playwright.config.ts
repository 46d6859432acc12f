import { defineConfig, devices } from '@playwright/test';
import { findChromium } from './scripts/qa/test-tools';

const PORT = Number(process.env.E2E_PORT ?? 4173);

// A system Chromium (Playwright's own browser download is not possible on every machine);
// `npm test` installs one first or stops with the command that does (scripts/test-tools.ts).
const systemChromium = findChromium();

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  reporter: process.env.CI ? 'line' : 'list',
  use: {
    ...devices['Desktop Chrome'],
    baseURL: `http://127.0.0.1:${PORT}`,
    launchOptions: {
      executablePath: systemChromium,
      // Quiet, offline-friendly Chromium: no background calls home from a sandboxed machine.
      args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  webServer: {
    // Serves the exported site exactly as a static host would (404.html for unknown paths).
    command: `npx serve out -l tcp://127.0.0.1:${PORT} --no-port-switching --no-clipboard`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 30_000,
  },
});
