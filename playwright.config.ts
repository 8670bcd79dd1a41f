import { defineConfig, devices } from "@playwright/test";

// Debian's Chromium: Playwright cannot download its own browser on these machines.
const chromium = {
  executablePath: process.env.MONTAUK_CHROMIUM ?? "/usr/bin/chromium",
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
  ],
};

export default defineConfig({
  testDir: "tests/e2e",
  // A subfolder: Playwright empties its output folder, and test-results/ holds other reports.
  outputDir: "test-results/playwright",
  globalSetup: "./tests/e2e/global-setup.ts",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"], ["json", { outputFile: "test-results/e2e.json" }]],
  use: {
    ...devices["Pixel 7"],
    browserName: "chromium",
    launchOptions: chromium,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
});
