// The icon iOS puts on the home screen (it ignores the manifest's icons).
import { iconImage } from "./lib/icon-art.tsx";

export const size = { width: 180, height: 180 };
export const contentType = "image/png";

export default function AppleIcon() {
  return iconImage(180);
}
