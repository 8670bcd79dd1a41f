/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Next 16 dev blocks cross-origin HMR from 127.0.0.1 otherwise, and the page never hydrates.
  allowedDevOrigins: ["127.0.0.1"],
  // The server process (server/) is compiled by tsc apart from Next; Next only builds app/.
  typescript: { tsconfigPath: "tsconfig.json" },
  // CSS stays a stylesheet of its own, not inlined (`experimental.inlineCss`): inlined, Next
  // also carries it a second time inside the page's RSC payload, on every page, and in an
  // interleaved Lighthouse A/B every page scored lower (docs/decisions/005-first-load-budget.md).
};

export default nextConfig;
