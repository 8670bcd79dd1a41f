// Every screen at the two phone sizes that matter (360×780, 412×915), dark and light, saved
// under test-results/screens to be looked at; and no horizontal scrolling on any of them.
import type { Page } from "@playwright/test";
import { expect, hostParty, joinParty, screenshot, test } from "./fixtures.ts";

const SIZES = [
  { width: 360, height: 780 },
  { width: 412, height: 915 },
];

async function fitsWidth(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

for (const size of SIZES) {
  test(`every screen at ${size.width}×${size.height}`, async ({ browser, baseURL }) => {
    // A walk through every screen with two phones and two screenshots each: about a minute.
    test.slow();
    const tag = `${size.width}x${size.height}`;
    const host = await (await browser.newContext({ baseURL, viewport: size, isMobile: true, hasTouch: true })).newPage();
    const guest = await (await browser.newContext({ baseURL, viewport: size, isMobile: true, hasTouch: true })).newPage();

    await host.goto("/");
    await fitsWidth(host);
    await screenshot(host, `lobby-${tag}`);
    const code = await hostParty(host, "Clementine");
    // A newcomer's first screen, as the server paints it: the film and the name form.
    await guest.goto(`/r/${code}`);
    await expect(guest.getByRole("button", { name: "Join the party" })).toBeVisible();
    await fitsWidth(guest);
    await screenshot(guest, `join-${tag}`);
    await joinParty(guest, code, "Joel");
    await host.getByTestId("set-time").fill("27:30");
    await host.getByRole("button", { name: "Set", exact: true }).click();
    await expect(guest.getByTestId("scene-cards")).toBeVisible();
    for (const [page, name] of [
      [host, "host"],
      [guest, "guest"],
    ] as const) {
      await fitsWidth(page);
      await screenshot(page, `room-${name}-${tag}`);
    }

    await host.getByLabel("Question").fill("Would you erase a painful relationship?");
    await host.getByLabel("Option 1").fill("Yes");
    await host.getByLabel("Option 2").fill("No");
    await host.getByRole("button", { name: "Open the poll" }).click();
    await guest.getByRole("button", { name: "No", exact: true }).click();
    await expect(guest.getByTestId("poll-sheet")).toContainText("1 voted");
    await screenshot(guest, `poll-${tag}`);

    // The light theme, chosen on the device and kept across pages.
    await guest.getByRole("button", { name: "Later" }).click();
    await guest.getByRole("button", { name: "Light theme" }).click();
    await expect(guest.locator("html")).toHaveAttribute("data-theme", "light");
    await screenshot(guest, `room-guest-light-${tag}`);
    await guest.goto(`/r/${code}/recap`);
    await expect(guest.locator("html")).toHaveAttribute("data-theme", "light");
    await fitsWidth(guest);
    await screenshot(guest, `recap-light-${tag}`);
  });
}
