// Debian's Chromium for Lighthouse, with the flags this machine needs (no sandbox, no GPU,
// nothing in the background).
import * as chromeLauncher from "chrome-launcher";

export function launchChromium(): Promise<chromeLauncher.LaunchedChrome> {
  return chromeLauncher.launch({
    chromePath: process.env.MONTAUK_CHROMIUM ?? "/usr/bin/chromium",
    chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
}
