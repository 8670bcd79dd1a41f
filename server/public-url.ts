// The address put in join links and QR codes. Phones must be able to reach it, so it is
// never localhost: PUBLIC_URL when set, otherwise this machine's LAN address.
import { hostname, networkInterfaces } from "node:os";

export function lanAddress(): string | undefined {
  for (const addresses of Object.values(networkInterfaces())) {
    for (const a of addresses ?? []) {
      if (a.family === "IPv4" && !a.internal) return a.address;
    }
  }
  return undefined;
}

export function publicBaseUrl(publicUrl: string | undefined, port: number): string {
  if (publicUrl) return publicUrl.replace(/\/+$/, "");
  const host = lanAddress() ?? hostname();
  return `http://${host}${port === 80 ? "" : `:${port}`}`;
}
