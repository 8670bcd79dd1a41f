// Installable: the manifest a browser reads to add the room to the home screen, with PNG
// icons of the sizes Chrome asks for (192 and 512, one maskable) that really are those sizes.
import { expect, test } from "./fixtures.ts";

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8).toString("hex")).toBe("89504e470d0a1a0a");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

test("the manifest lists PNG icons that are served at their stated sizes", async ({ page, request }) => {
  await page.goto("/");
  const href = await page.locator('link[rel="manifest"]').getAttribute("href");
  const manifest = (await (await request.get(href!)).json()) as {
    display: string;
    start_url: string;
    theme_color: string;
    icons: { src: string; sizes: string; type: string; purpose?: string }[];
  };
  expect(manifest.display).toBe("standalone");
  expect(manifest.theme_color).toBe("#0b0d14");

  const pngs = manifest.icons.filter((i) => i.type === "image/png");
  expect(pngs.map((i) => i.sizes)).toEqual(expect.arrayContaining(["192x192", "512x512"]));
  expect(pngs.some((i) => i.purpose === "maskable")).toBe(true);
  for (const icon of pngs) {
    const res = await request.get(icon.src);
    expect(res.status(), icon.src).toBe(200);
    expect(res.headers()["content-type"]).toBe("image/png");
    const [w, h] = icon.sizes.split("x").map(Number);
    expect(pngSize(await res.body())).toEqual({ width: w, height: h });
  }

  // iOS ignores the manifest's icons and reads its own link.
  const apple = await page.locator('link[rel="apple-touch-icon"]').getAttribute("href");
  expect(pngSize(await (await request.get(apple!)).body())).toEqual({ width: 180, height: 180 });
});
