// The JSON API as the pages use it. Errors carry PROTOCOL.md's code so the UI can tell
// "no such party" from "the server is down".
import type { CreateRoomRequest, CreateRoomResponse, ErrorCode, RoomInfo } from "../../core/protocol.ts";

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode | "network",
    message: string,
  ) {
    super(message);
  }
}

async function request<T>(path: string, init?: RequestInit): Promise<T> {
  let res: Response;
  try {
    res = await fetch(path, { ...init, headers: { "content-type": "application/json", ...init?.headers } });
  } catch {
    throw new ApiError(0, "network", "The server cannot be reached. Check your connection.");
  }
  const body = await res.json().catch(() => null);
  if (!res.ok) {
    const error = body?.error;
    throw new ApiError(res.status, error?.code ?? "internal", error?.message ?? `The server answered ${res.status}.`);
  }
  return body as T;
}

export const api = {
  createRoom: (input: CreateRoomRequest) =>
    request<CreateRoomResponse>("/api/rooms", { method: "POST", body: JSON.stringify(input) }),
  room: (code: string) => request<RoomInfo>(`/api/rooms/${encodeURIComponent(code)}`),
};
