// Markers move between phones, the memory map follows the host through the erasure, and
// the recap shows the party's polls and markers.
import pack from "../../content/films/eternal-sunshine.json" with { type: "json" };
import { expect, hostParty, joinParty, phone, screenshot, test } from "./fixtures.ts";

const clock = (ms: number) => {
  const s = Math.floor(ms / 1000);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, "0")}`;
};

test("markers, the memory map through the erasure, and the recap", async ({ browser, baseURL }) => {
  const host = await phone(browser, baseURL);
  const guest = await phone(browser, baseURL);
  const code = await hostParty(host, "Clementine");
  await joinParty(guest, code, "Joel");

  // Before the erasure: every memory is a blank slot.
  const list = guest.getByTestId("memory-list");
  await expect(list.locator("li")).toHaveCount(pack.memories.length);
  await expect(list.locator("li.state-blank")).toHaveCount(pack.memories.length);

  // Into the erasure: the first memories the film shows light up, then fade.
  const byFilm = [...pack.memories].sort((a, b) => a.filmMs - b.filmMs);
  const first = byFilm[0]!;
  await host.getByTestId("set-time").fill(clock(first.filmMs + 1000));
  await host.getByRole("button", { name: "Set", exact: true }).click();
  await expect(list.locator("li.state-current")).toContainText(first.title);
  await guest.getByTestId("memory-map").scrollIntoViewIfNeeded();
  await screenshot(guest, "memory-map-early");

  const later = byFilm[Math.floor(byFilm.length / 2)]!;
  await host.getByTestId("set-time").fill(clock(later.filmMs + 1000));
  await host.getByRole("button", { name: "Set", exact: true }).click();
  await expect(list.locator("li.state-current")).toContainText(later.title);
  const erasedBefore = byFilm.filter((m) => m.erasedAtMs !== undefined && m.erasedAtMs <= later.filmMs + 1000);
  await expect(list.locator("li.state-erased")).toHaveCount(erasedBefore.length);
  expect(erasedBefore.length).toBeGreaterThan(0);
  await expect(list.locator("li.state-blank")).toHaveCount(pack.memories.filter((m) => m.filmMs > later.filmMs + 1000).length);
  await guest.getByTestId("memory-map").scrollIntoViewIfNeeded();
  await screenshot(guest, "memory-map-middle");

  // A marker dropped on one phone appears on the other.
  await guest.getByRole("button", { name: "laugh" }).click();
  await guest.getByTestId("marker-note").fill("<i>not</i> a tag");
  await guest.getByRole("button", { name: "Mark this moment" }).click();
  await expect(host.getByTestId("markers")).toContainText("Joel: <i>not</i> a tag");
  await expect(host.getByTestId("markers")).toContainText("😂");

  // A poll for the record.
  await host.getByLabel("Question").fill("Would you erase a painful relationship?");
  await host.getByLabel("Option 1").fill("Yes");
  await host.getByLabel("Option 2").fill("No");
  await host.getByRole("button", { name: "Open the poll" }).click();
  await guest.getByRole("button", { name: "No", exact: true }).click();
  await expect(host.getByTestId("poll-sheet")).toContainText("1 voted");
  await host.getByRole("button", { name: "Close poll" }).click();

  // The recap, opened from the guest's phone.
  await guest.getByRole("link", { name: /recap/ }).click();
  await expect(guest.getByRole("heading", { name: /Eternal Sunshine/ })).toBeVisible();
  await expect(guest.getByTestId("recap-polls")).toContainText("Would you erase a painful relationship?");
  await expect(guest.getByTestId("recap-polls")).toContainText("1 (100%)");
  await expect(guest.getByTestId("recap-markers")).toContainText("Joel: <i>not</i> a tag");
  await expect(guest.getByTestId("memory-list").locator("li.state-erased")).toHaveCount(erasedBefore.length);
  await screenshot(guest, "recap");
});
