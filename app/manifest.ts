import type { MetadataRoute } from "next";

// Installable: a room can be added to the home screen and opens without browser chrome.
export default function manifest(): MetadataRoute.Manifest {
  return {
    name: "Montauk — watch together",
    short_name: "Montauk",
    description: "A watch-party companion: the scene, its context and live polls on every phone.",
    start_url: "/",
    display: "standalone",
    orientation: "portrait",
    background_color: "#0b0d14",
    theme_color: "#0b0d14",
    icons: [
      { src: "/icons/192.png", sizes: "192x192", type: "image/png", purpose: "any" },
      { src: "/icons/512.png", sizes: "512x512", type: "image/png", purpose: "any" },
      { src: "/icons/maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
    ],
  };
}
