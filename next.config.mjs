/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Next 16 dev blocks cross-origin HMR from 127.0.0.1 otherwise, and the page never hydrates.
  allowedDevOrigins: ["127.0.0.1"],
  // The server process (server/) is compiled by tsc apart from Next; Next only builds app/.
  typescript: { tsconfigPath: "tsconfig.json" },
  experimental: {
    // The stylesheet is small (about 4 KB gzipped): inlined in <head> it no longer blocks the
    // first paint behind a second request, which on a phone's slow network is most of it.
    inlineCss: true,
  },
};

export default nextConfig;
