// Servers as child processes (tests/support/server-process.ts), for the tests that kill a
// process or run several of them, and socket.io-clients for them. Every process started
// here is killed by `stopChildServers()` (call it in afterAll), by the PID we started.
import { type ChildProcess, spawn } from "node:child_process";
import { io } from "socket.io-client";
import type { AppClientSocket } from "../../app/lib/socket.ts";

export interface ChildServer {
  url: string;
  child: ChildProcess;
}

const started: ChildProcess[] = [];

/** Starts a server process with the given environment; resolves once it listens. */
export async function startChildServer(env: Record<string, string>): Promise<ChildServer> {
  const child = spawn(process.execPath, ["--import", "tsx", "tests/support/server-process.ts"], {
    env: { ...process.env, PORT: "0", ...env },
    stdio: ["pipe", "pipe", "pipe"],
  });
  started.push(child);
  // What it says on stderr is passed on, and kept for the error if it never listens.
  let said = "";
  child.stderr!.on("data", (c: Buffer) => {
    said += c.toString();
    process.stderr.write(c);
  });
  const url = await new Promise<string>((resolve, reject) => {
    let out = "";
    child.stdout!.on("data", (c: Buffer) => {
      out += c.toString();
      const m = /listening on (http:\/\/\S+)/.exec(out);
      if (m) resolve(m[1]!);
    });
    child.once("exit", (code) => reject(new Error(`server exited ${code}: ${out}${said}`)));
  });
  return { url, child };
}

export function stopChildServers(): void {
  for (const child of started) if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
}

export async function connect(url: string): Promise<AppClientSocket> {
  const socket: AppClientSocket = io(url, { transports: ["websocket"], forceNew: true, reconnection: false });
  await new Promise<void>((resolve, reject) => {
    socket.once("connect", resolve);
    socket.once("connect_error", reject);
  });
  return socket;
}
