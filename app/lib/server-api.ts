// For server components only: reads the JSON API of this same process (pages never reach
// into server/ or db/ directly, so the API stays the one way in). A 404 is `null`.

export async function loadFromApi<T>(path: string): Promise<T | null> {
  const base = process.env.MONTAUK_INTERNAL_URL ?? `http://127.0.0.1:${process.env.PORT ?? 3000}`;
  const res = await fetch(`${base}${path}`, { cache: "no-store" });
  if (res.status === 404) return null;
  if (!res.ok) throw new Error(`${path} answered ${res.status}`);
  return (await res.json()) as T;
}
