import { test as base, type Browser, expect, type Page } from "@playwright/test";
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

/** A phone of its own (a browser context), on the test server. */
export async function phone(browser: Browser, baseURL: string | undefined): Promise<Page> {
  return (await browser.newContext({ baseURL })).newPage();
}

/** Starts a party from the lobby as its host; returns the party code. */
export async function hostParty(host: Page, name: string): Promise<string> {
  await host.goto("/");
  await host.getByLabel("Your name").fill(name);
  await host.getByRole("button", { name: "Start a party" }).click();
  return (await host.getByTestId("room-code").textContent())!.trim();
}

/** Joins a party by its link, as a new guest. */
export async function joinParty(guest: Page, code: string, name: string): Promise<void> {
  await guest.goto(`/r/${code}`);
  await guest.getByLabel("Your name").fill(name);
  await guest.getByRole("button", { name: "Join the party" }).click();
  await expect(guest.getByTestId("me")).toContainText(name);
}
