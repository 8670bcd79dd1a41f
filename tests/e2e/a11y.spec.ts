// axe-core on every page and state a member sees: lobby, room as guest and as host, an open
// poll, the memory map with memories in it, and the recap. Zero violations.
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, phone, screenshot, test } from "./fixtures.ts";

async function noViolations(page: Page, state: string) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const summary = results.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`);
  expect(summary, state).toEqual([]);
}

test("every page and state passes axe", async ({ browser, baseURL }) => {
  test.slow(); // nine axe passes over two phones: about a minute on this machine, once over it
  const host = await phone(browser, baseURL);
  const guest = await phone(browser, baseURL);

  await host.goto("/");
  await noViolations(host, "lobby");
  await host.getByLabel("Your name").fill("Clementine");
  await host.getByRole("button", { name: "Start a party" }).click();
  const code = (await host.getByTestId("room-code").textContent())!.trim();
  await guest.goto(`/r/${code}`);
  await noViolations(guest, "asked for a name");
  await guest.getByLabel("Your name").fill("Joel");
  await guest.getByRole("button", { name: "Join the party" }).click();
  await expect(guest.getByTestId("me")).toBeVisible();

  // Into the erasure, so the memory map and the cards have content.
  await host.getByTestId("set-time").fill("50:00");
  await host.getByRole("button", { name: "Set", exact: true }).click();
  await expect(guest.getByTestId("memory-list").locator("li.state-erased").first()).toBeVisible();
  await noViolations(guest, "room as guest, with the memory map");
  await noViolations(host, "room as host");

  await host.getByLabel("Question").fill("Would you erase it?");
  await host.getByLabel("Option 1").fill("Yes");
  await host.getByLabel("Option 2").fill("No");
  await host.getByRole("button", { name: "Open the poll" }).click();
  await expect(guest.getByTestId("poll-sheet")).toBeVisible();
  await noViolations(guest, "open poll");
  await guest.getByRole("button", { name: "Yes", exact: true }).click();
  await expect(guest.getByTestId("poll-sheet")).toContainText("1 voted");
  await noViolations(guest, "open poll, voted");

  await guest.goto(`/r/${code}/recap`);
  await noViolations(guest, "recap");
  await screenshot(guest, "recap-a11y");

  // The light theme keeps the contrast too.
  await guest.evaluate(() => localStorage.setItem("montauk.theme", "light"));
  await guest.goto(`/r/${code}`);
  await expect(guest.getByTestId("memory-map")).toBeVisible();
  await noViolations(guest, "room as guest, light theme");
  await guest.goto("/");
  await noViolations(guest, "lobby, light theme");
});
