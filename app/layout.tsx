import type { Metadata, Viewport } from "next";
import { headers } from "next/headers";
import type { ReactNode } from "react";
import { NONCE_HEADER } from "../core/constants.ts";
import "./globals.css";
import { ThemeToggle } from "./components/ThemeToggle.tsx";
import { THEME_SCRIPT } from "./lib/theme-script.ts";

export const metadata: Metadata = {
  title: "Montauk — watch together",
  description: "A watch-party companion: the scene, its context and live polls on every phone.",
};

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  viewportFit: "cover",
  themeColor: "#0b0d14",
  colorScheme: "dark light",
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  // The server (server/http/security-headers.ts) allows only scripts with this response's
  // nonce; reading it renders every page per request, which the nonce needs anyway.
  const nonce = (await headers()).get(NONCE_HEADER) ?? undefined;
  return (
    // The theme attribute is set before hydration by the script below, hence the warning off.
    <html lang="en" suppressHydrationWarning>
      <head>
        {/* Before the first paint, so a light-theme phone never flashes dark or the reverse. */}
        <script nonce={nonce} dangerouslySetInnerHTML={{ __html: THEME_SCRIPT }} />
      </head>
      <body>
        {children}
        <footer className="page-footer">
          <ThemeToggle />
        </footer>
      </body>
    </html>
  );
}
