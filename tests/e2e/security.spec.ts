// The Content-Security-Policy as a browser enforces it: every page's scripts carry the
// response's nonce, a fresh one each time, nothing of the app is refused, and an inline
// handler smuggled into the page is.
import type { ConsoleMessage } from "@playwright/test";
import { expect, joinParty, test } from "./fixtures.ts";

test("pages run under a nonce-based policy with nothing refused", async ({ page, request }) => {
  const problems: string[] = [];
  page.on("console", (m: ConsoleMessage) => {
    if (m.type() === "error") problems.push(m.text());
  });
  page.on("pageerror", (e) => problems.push(e.message));

  const created = await request.post("/api/rooms", { data: { hostName: "Clementine" } });
  const { code } = (await created.json()) as { code: string };

  const nonces = new Set<string>();
  for (const path of ["/", `/r/${code}`, `/r/${code}/recap`]) {
    const res = await page.goto(path);
    const csp = res!.headers()["content-security-policy"] ?? "";
    const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
    expect(nonce, path).toBeTruthy();
    expect(csp, path).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    nonces.add(nonce!);
    // Every script tag the server wrote carries that nonce (what those scripts load later is
    // allowed through 'strict-dynamic').
    const tags = [...(await res!.text()).matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    expect(tags.length, path).toBeGreaterThan(0);
    for (const tag of tags) expect(tag, path).toContain(`nonce="${nonce}"`);
  }
  expect(nonces.size).toBe(3);

  await joinParty(page, code, "Joel"); // the live part loads and joins under the policy
  expect(problems).toEqual([]);
  // Markup that slipped into the page (what an XSS would be) runs nothing: its inline
  // handler carries no nonce.
  await page.evaluate(() => {
    const div = document.createElement("div");
    div.innerHTML = `<img src="/nowhere.png" onerror="window.__injected = true" alt="">`;
    document.body.append(div);
  });
  await expect.poll(() => problems.some((p) => /Content Security Policy/.test(p))).toBe(true);
  expect(await page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected === true)).toBe(false);
  // The only refusal is the injected handler's.
  const refused = problems.filter((p) => /Content Security Policy/.test(p));
  expect(refused).toHaveLength(1);
  expect(refused[0]).toMatch(/event handler/i);
});
