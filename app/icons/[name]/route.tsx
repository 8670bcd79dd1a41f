// The home-screen icons the manifest lists, as PNG (some browsers install only from PNG):
// /icons/192.png, /icons/512.png and /icons/maskable-512.png, rendered once at build time.
import { iconImage } from "../../lib/icon-art.tsx";

const ICONS: Record<string, { size: number; maskable: boolean }> = {
  "192.png": { size: 192, maskable: false },
  "512.png": { size: 512, maskable: false },
  "maskable-512.png": { size: 512, maskable: true },
};

export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams() {
  return Object.keys(ICONS).map((name) => ({ name }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ name: string }> }) {
  const icon = ICONS[(await params).name];
  if (!icon) return new Response("no such icon", { status: 404 });
  return iconImage(icon.size, icon.maskable);
}
