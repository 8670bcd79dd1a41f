// Security headers on every response, pages and API alike, set in one place.
import { randomBytes } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { NONCE_HEADER } from "../../core/constants.ts";

/**
 * Only what the app needs. Scripts: only those carrying this response's nonce, and what they
 * load ('strict-dynamic'); Next puts the nonce on its own scripts when it finds it in the
 * request's Content-Security-Policy header, the layout on its theme script. Styles: the app's
 * stylesheet, and React writes style attributes, hence 'unsafe-inline' for styles (never for
 * scripts). Images from itself (the QR code) and data: URLs, sockets to
 * itself, and no framing by anyone.
 */
export function contentSecurityPolicy(nonce: string, dev: boolean): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self' ws: wss:",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** A fresh nonce per response: 128 random bits. */
const newNonce = () => randomBytes(16).toString("base64");

/**
 * Sets the headers on the response, and the policy and its nonce on the request, where Next
 * and the layout read them while rendering a page.
 */
export function setSecurityHeaders(req: IncomingMessage, res: ServerResponse, dev: boolean): void {
  const nonce = newNonce();
  const csp = contentSecurityPolicy(nonce, dev);
  req.headers["content-security-policy"] = csp;
  req.headers[NONCE_HEADER] = nonce;
  res.setHeader("Content-Security-Policy", csp);
  res.setHeader("X-Content-Type-Options", "nosniff");
  res.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
  res.setHeader("X-Frame-Options", "DENY");
  res.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(), screen-wake-lock=(self)");
}
