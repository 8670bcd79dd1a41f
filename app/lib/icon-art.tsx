// The Montauk mark as a picture: two memories overlapping, blue ruin and tangerine, on the
// night of the theme. Every icon is drawn from it: the tab's (app/icon.tsx), the ones phones want
// on the home screen (app/icons, app/apple-icon.tsx), rendered by next/og at build time.
import { ImageResponse } from "next/og";

/**
 * @param size edge in pixels
 * @param maskable full-bleed background with the mark inside the safe zone (the middle 80%),
 *   for launchers that cut icons into their own shapes
 */
export function iconImage(size: number, maskable = false): ImageResponse {
  const scale = maskable ? 0.62 : 1;
  const r = (15 / 64) * size * scale;
  const offset = (6 / 64) * size * scale;
  const circle = (color: string, dx: number, opacity: number) => (
    <div
      style={{
        position: "absolute",
        left: size / 2 + dx - r,
        top: size / 2 - r,
        width: 2 * r,
        height: 2 * r,
        borderRadius: r,
        background: color,
        opacity,
      }}
    />
  );
  return new ImageResponse(
    (
      <div
        style={{
          width: size,
          height: size,
          display: "flex",
          position: "relative",
          background: "#0b0d14",
          borderRadius: maskable ? 0 : (14 / 64) * size,
        }}
      >
        {circle("#5aa9ff", -offset, 1)}
        {circle("#ff8a4c", offset, 0.85)}
      </div>
    ),
    { width: size, height: size },
  );
}
