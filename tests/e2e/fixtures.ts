import { test as base, expect, type Page } from "@playwright/test";
import { mkdirSync } from "node:fs";

/** Screenshots that a person looks at, kept with the test results. */
export const SCREENS_DIR = "test-results/screens";

export const test = base.extend({
  // The server of global-setup.ts listens on a port chosen at start.
  baseURL: async ({}, use) => use(process.env.MONTAUK_E2E_URL),
});

/** Saves what the phone shows (`name`.png) and the whole page (`name`-full.png). */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENS_DIR, { recursive: true });
  await page.screenshot({ path: `${SCREENS_DIR}/${name}.png` });
  await page.screenshot({ path: `${SCREENS_DIR}/${name}-full.png`, fullPage: true });
}

export { expect };
