// Two phones meet in a room: a host creates a party in one browser context, a guest joins
// by code in another, and each sees the other.
import { expect, screenshot, test } from "./fixtures.ts";

test("a host creates a party and a guest joins it by code", async ({ browser, baseURL }) => {
  const hostContext = await browser.newContext({ baseURL });
  const guestContext = await browser.newContext({ baseURL });
  const host = await hostContext.newPage();
  const guest = await guestContext.newPage();

  await host.goto("/");
  await expect(host.getByTestId("film")).toContainText("Eternal Sunshine of the Spotless Mind");
  await screenshot(host, "lobby");
  await host.getByLabel("Your name").fill("Clementine");
  await host.getByRole("button", { name: "Start a party" }).click();
  await expect(host).toHaveURL(/\/r\/[A-HJKMNP-Z2-9]{6}$/);
  const code = (await host.getByTestId("room-code").textContent())!.trim();
  await expect(host.getByTestId("me")).toContainText("Clementine, the host");
  await expect(host.getByRole("img", { name: /QR code of the join link/ })).toBeVisible();
  await expect(host.getByTestId("join-link")).toHaveText(new RegExp(`/r/${code}$`));
  await expect(host.getByTestId("connection")).toHaveText("Connected");

  await guest.goto("/");
  await guest.getByLabel("Party code").fill(code.toLowerCase());
  await guest.getByRole("button", { name: "Join", exact: true }).click();
  await expect(guest).toHaveURL(new RegExp(`/r/${code}$`));
  await guest.getByLabel("Your name").fill("Joel");
  await guest.getByRole("button", { name: "Join the party" }).click();

  const guestMembers = guest.getByTestId("members");
  await expect(guestMembers).toContainText("Clementine");
  await expect(guestMembers).toContainText("Joel");
  await expect(guest.getByTestId("room-code")).toHaveCount(0); // the invitation is the host's
  const hostMembers = host.getByTestId("members");
  await expect(hostMembers.locator('li[data-online="true"]')).toHaveCount(2);
  await expect(hostMembers).toContainText("Joel");
  await screenshot(host, "room-host");
  await screenshot(guest, "room-guest");

  // A reload is the same member: no name asked, still Joel, still two online.
  await guest.reload();
  await expect(guest.getByTestId("me")).toContainText("Joel");
  await expect(guest.getByLabel("Your name")).toHaveCount(0);
  await expect(hostMembers.locator('li[data-online="true"]')).toHaveCount(2);
  await expect(hostMembers.locator("li")).toHaveCount(2);

  // The guest's phone goes away: the host sees them leave.
  await guestContext.close();
  await expect(hostMembers.locator('li[data-online="true"]')).toHaveCount(1);
  await hostContext.close();
});

test("an unknown code says so and leads back", async ({ page }) => {
  await page.goto("/r/ZZZZZZ");
  await expect(page.getByRole("alert").filter({ hasText: "Party ZZZZZZ" })).toContainText("no party with this code");
  await screenshot(page, "room-missing");
  await page.getByRole("link", { name: "Back to the start" }).click();
  await expect(page.getByRole("button", { name: "Start a party" })).toBeVisible();
});

test("a mistyped code is caught in the lobby", async ({ page }) => {
  await page.goto("/");
  await page.getByLabel("Party code").fill("O0O");
  await page.getByRole("button", { name: "Join", exact: true }).click();
  await expect(page.locator("#code-error")).toContainText("6 letters and digits");
});
