import { defineConfig, devices } from '@playwright/test';

// End-to-end tests against the real back end serving the built app
// (scripts/e2e-server.sh: fresh SQLite database, http://127.0.0.1:8765).
// Browsers are never downloaded: Debian's Chromium is used.
const chromium = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
};

// E2E_PORT lets two runs share a machine (scripts/e2e-server.sh reads it too).
const baseURL = `http://127.0.0.1:${process.env.E2E_PORT ?? '8765'}`;

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: `var/playwright/test-results-${process.env.E2E_PORT ?? '8765'}`,
  fullyParallel: false,
  workers: 1,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL,
    browserName: 'chromium',
    launchOptions: chromium,
    locale: 'nl-NL',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'desktop',
      use: { viewport: { width: 1280, height: 800 } },
    },
    {
      name: 'phone',
      use: {
        viewport: { width: 360, height: 740 },
        isMobile: true,
        hasTouch: true,
        deviceScaleFactor: 2,
        userAgent: devices['Pixel 5'].userAgent,
      },
    },
  ],
  webServer: {
    command: 'bash scripts/e2e-server.sh',
    url: `${baseURL}/api/v1/health`,
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
    stdout: 'pipe',
    stderr: 'pipe',
  },
});
