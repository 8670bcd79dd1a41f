// The host opens a poll, two guest phones vote, and the bars move on all three.
import { expect, hostParty, joinParty, phone, screenshot, test } from "./fixtures.ts";

test("a host poll: two guests vote and every phone shows the results", async ({ browser, baseURL }) => {
  const host = await phone(browser, baseURL);
  const code = await hostParty(host, "Clementine");
  const guests = [await phone(browser, baseURL), await phone(browser, baseURL)];
  for (const [i, guest] of guests.entries()) await joinParty(guest, code, ["Joel", "Mary"][i]!);

  await host.getByLabel("Question").fill("Would you erase a painful relationship?");
  await host.getByLabel("Option 1").fill("Yes, gone");
  await host.getByLabel("Option 2").fill("No, keep it");
  await host.getByRole("button", { name: "Open the poll" }).click();

  for (const guest of guests) await expect(guest.getByTestId("poll-sheet")).toContainText("Would you erase");
  await screenshot(guests[0]!, "poll-open-guest");
  await guests[0]!.getByRole("button", { name: "Yes, gone" }).click();
  await guests[1]!.getByRole("button", { name: "No, keep it" }).click();

  // Everyone sees both votes; each guest's own choice is marked.
  for (const p of [host, ...guests]) await expect(p.getByTestId("poll-sheet")).toContainText("2 voted");
  await expect(guests[0]!.getByRole("button", { name: "Yes, gone" })).toHaveAttribute("aria-pressed", "true");
  await expect(guests[0]!.getByTestId("poll-sheet").locator(".result[data-mine]")).toContainText("Yes, gone");
  await expect(host.getByTestId("poll-sheet").locator(".result").first()).toContainText("1 (50%)");
  await screenshot(host, "poll-host");
  await screenshot(guests[1]!, "poll-voted-guest");

  // Mary changes her mind; the bars move on every phone.
  await guests[1]!.getByRole("button", { name: "Yes, gone" }).click();
  for (const p of [host, ...guests]) await expect(p.getByTestId("poll-sheet").locator(".result").first()).toContainText("2 (100%)");

  await host.getByRole("button", { name: "Close poll" }).click();
  for (const guest of guests) {
    await expect(guest.getByTestId("poll-sheet")).toHaveCount(0);
    await guest.getByTestId("polls").getByText("Would you erase").click();
    await expect(guest.getByTestId("polls")).toContainText("2 (100%)");
  }
  await screenshot(guests[0]!, "poll-closed-guest");
});
