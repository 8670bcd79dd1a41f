import type { Marker } from "./protocol.ts";

/** Adds a marker once (the sender hears it in its ack and again as marker:added), in film order. */
export function addMarker(markers: readonly Marker[], marker: Marker): Marker[] {
  if (markers.some((m) => m.id === marker.id)) return [...markers];
  return [...markers, marker].sort((a, b) => a.positionMs - b.positionMs || a.createdAt.localeCompare(b.createdAt));
}
