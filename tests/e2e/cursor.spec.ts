// Two phones show the same place in the film after the host plays and seeks.
import type { Page } from "@playwright/test";
import { expect, hostParty, joinParty, phone, screenshot, test } from "./fixtures.ts";

/** The position a phone shows right now, read from the rendering loop's attribute. */
const shown = async (page: Page) => Number(await page.getByTestId("cursor").getAttribute("data-position-ms"));

test("host and guest phones show the same position after play and seek", async ({ browser, baseURL }) => {
  const host = await phone(browser, baseURL);
  const guest = await phone(browser, baseURL);
  const code = await hostParty(host, "Clementine");
  await joinParty(guest, code, "Joel");
  await expect(guest.getByTestId("position")).toHaveText("0:00");
  await expect(guest.getByTestId("play-pause")).toHaveCount(0); // guests have no remote

  await host.getByTestId("set-time").fill("1:02:03");
  await host.getByRole("button", { name: "Set", exact: true }).click();
  await expect(guest.getByTestId("position")).toHaveText("1:02:03");

  await host.getByTestId("play-pause").click();
  await expect(guest.getByTestId("cursor-state")).toHaveText("Playing");
  await expect(host.getByTestId("play-pause")).toHaveText("Pause");
  await guest.waitForTimeout(1500);
  // Both phones read at (nearly) the same instant agree to within a few frames.
  const [h, g] = await Promise.all([shown(host), shown(guest)]);
  expect(h).toBeGreaterThan(3_723_000 + 500);
  expect(Math.abs(h - g)).toBeLessThan(100);

  await host.getByRole("button", { name: /forward 10 seconds/ }).click();
  await expect.poll(() => shown(guest)).toBeGreaterThan(3_733_000);
  await host.getByTestId("play-pause").click();
  await expect(guest.getByTestId("cursor-state")).toHaveText("Paused");
  const [hp, gp] = await Promise.all([shown(host), shown(guest)]);
  expect(hp).toBe(gp);
  await screenshot(host, "cursor-host");
  await screenshot(guest, "cursor-guest");

  // A reload (as after a phone sleeps) shows the same position at once.
  await guest.reload();
  await expect(guest.getByTestId("position")).toHaveText(await host.getByTestId("position").textContent() as string);
});
