// The baseline of the fan-out benchmark: a bare Socket.IO server doing the same fan-out as
// Montauk's seek (acknowledge the sender, then emit the cursor to everyone in the room),
// with no validation, no database and no room service.
import { createServer } from "node:http";
import { Server } from "socket.io";

const http = createServer();
const io = new Server(http, { serveClient: false });
let revision = 0;
io.on("connection", (socket) => {
  socket.on("join", (_payload: unknown, ack: (r: unknown) => void) => {
    void socket.join("room");
    ack({ ok: true });
  });
  socket.on("seek", (payload: { positionMs: number }, ack: (r: unknown) => void) => {
    const cursor = { playing: true, positionMs: payload.positionMs, anchorServerTime: Date.now() + 100, rate: 1, revision: ++revision };
    ack({ ok: true, data: { cursor } });
    setImmediate(() => io.to("room").emit("cursor:changed", cursor));
  });
});
http.listen(0, "127.0.0.1", () => {
  const address = http.address();
  if (address && typeof address === "object") console.log(`listening on http://127.0.0.1:${address.port}`);
});
process.stdin.on("end", () => process.exit(0));
process.stdin.resume();
process.on("SIGTERM", () => process.exit(0));
