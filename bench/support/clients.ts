import { io, type Socket } from "socket.io-client";

/** A WebSocket-only Socket.IO client of its own (no shared manager), connected. */
export async function connect(url: string): Promise<Socket> {
  const socket = io(url, { transports: ["websocket"], forceNew: true, reconnection: false });
  await new Promise<void>((resolve, reject) => {
    socket.once("connect", resolve);
    socket.once("connect_error", reject);
  });
  return socket;
}

/** Connects `count` clients in waves and runs `join` on each, so the server is not
 *  measured on its join storm. */
export async function connectMany(url: string, count: number, join: (socket: Socket, index: number) => Promise<void>, wave = 25): Promise<Socket[]> {
  const sockets: Socket[] = [];
  for (let i = 0; i < count; i += wave) {
    const batch = Array.from({ length: Math.min(wave, count - i) }, async (_, j) => {
      const socket = await connect(url);
      await join(socket, i + j);
      return socket;
    });
    sockets.push(...(await Promise.all(batch)));
  }
  return sockets;
}

/** Creates a party over the HTTP API; its host is joined on a socket of its own. */
export async function hostRoom(url: string): Promise<{ code: string; memberToken: string; host: Socket }> {
  const room = await createRoom(url);
  const host = await connect(url);
  const ack = await host.emitWithAck("room:join", { code: room.code, memberToken: room.memberToken });
  if (!ack.ok) throw new Error(JSON.stringify(ack));
  return { ...room, host };
}

/** Creates a party over the HTTP API. */
export async function createRoom(url: string): Promise<{ code: string; memberToken: string }> {
  const res = await fetch(`${url}/api/rooms`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ hostName: "Host" }),
  });
  if (res.status !== 201) throw new Error(`POST /api/rooms answered ${res.status}`);
  return res.json();
}
