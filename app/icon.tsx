// The tab's icon, a PNG drawn at build time like the home-screen icons. An SVG favicon is
// rendered into a document of its own on the page's main thread, which a phone pays for
// while the page is starting; a small PNG is only decoded.
import { iconImage } from "./lib/icon-art.tsx";

export const size = { width: 48, height: 48 };
export const contentType = "image/png";

export default function Icon() {
  return iconImage(48);
}
