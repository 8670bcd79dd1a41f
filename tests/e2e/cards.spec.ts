// The host seeks; a guest's phone shows that scene and its cards, and nothing ahead.
import pack from "../../content/films/eternal-sunshine.json" with { type: "json" };
import { expect, hostParty, joinParty, phone, screenshot, test } from "./fixtures.ts";

test("a guest's phone shows the scene the host sought to, with its cards", async ({ browser, baseURL }) => {
  const host = await phone(browser, baseURL);
  const guest = await phone(browser, baseURL);
  const code = await hostParty(host, "Clementine");
  await joinParty(guest, code, "Joel");
  await expect(guest.getByTestId("current-scene")).toContainText(pack.scenes[0]!.title);

  // Late in the Lacuna office scene: its cards up to here are revealed, later ones are not.
  const scene = pack.scenes.find((s) => s.id === "lacuna-office")!;
  const at = scene.endMs - 10_000;
  const shown = pack.cards.filter((c) => c.sceneId === scene.id && c.atMs <= at);
  const ahead = pack.cards.filter((c) => c.atMs > at);
  expect(shown.length).toBeGreaterThan(0);
  await host.getByTestId("set-time").fill(`${Math.floor(at / 60_000)}:${String((at / 1000) % 60).padStart(2, "0")}`);
  await host.getByRole("button", { name: "Set", exact: true }).click();

  await expect(guest.getByTestId("current-scene")).toContainText(scene.title);
  const cards = guest.getByTestId("scene-cards");
  for (const card of shown) await expect(cards).toContainText(card.title);
  // The newest is first.
  await expect(cards.locator("li").first()).toContainText(shown.at(-1)!.title);
  const text = await guest.locator("main").innerText();
  for (const card of ahead.slice(0, 20)) expect(text).not.toContain(card.body);
  await screenshot(guest, "now-guest");

  // The host's outline re-aligns to a scene's start.
  await host.getByText("Outline: we are at this scene").click();
  await host.getByTestId("outline").getByRole("button", { name: new RegExp(pack.scenes[3]!.title) }).click();
  await expect(guest.getByTestId("current-scene")).toContainText(pack.scenes[3]!.title);
  await screenshot(host, "now-host");
});
