// A same-run floor for Lighthouse: a page exactly as the server rendered it, with every
// script removed, served from an in-process server on 127.0.0.1 (its stylesheet and icons
// still come from the real server). What it scores is what this machine's Chromium gives
// the page's markup and CSS alone; the gap to the real page is what its JavaScript costs.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

export interface NoJsCopy {
  url: string;
  close(): Promise<void>;
}

export async function serveNoJsCopy(pageUrl: string): Promise<NoJsCopy> {
  const origin = new URL(pageUrl).origin;
  const html = (await (await fetch(pageUrl)).text())
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, "")
    .replace(/(href|src)="\//g, `$1="${origin}/`);
  const server = createServer((_req, res) => {
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    res.end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
