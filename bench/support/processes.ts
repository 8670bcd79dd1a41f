// Child processes of a benchmark: the built Montauk server, helper servers and load
// workers. Each binds to 127.0.0.1, stops when this process ends (its stdin closes), and
// is ended by the PID we started.
import { type ChildProcess, fork, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const children = new Set<ChildProcess>();
process.on("exit", () => {
  for (const c of children) c.kill("SIGKILL");
});

export interface Started {
  url: string;
  child: ChildProcess;
  stop(): Promise<void>;
}

/** Starts `node dist/server/index.js` (run `npm run build` first) on a fresh PGlite folder. */
export async function startMontauk(env: Record<string, string> = {}): Promise<Started> {
  const dataDir = mkdtempSync(join(tmpdir(), "montauk-bench-"));
  // BENCH_PROFILE_DIR=dir writes the server's CPU profile there when it stops.
  const profile = process.env.BENCH_PROFILE_DIR ? ["--cpu-prof", `--cpu-prof-dir=${process.env.BENCH_PROFILE_DIR}`] : [];
  const child = spawn(process.execPath, [...profile, "dist/server/index.js"], {
    env: { ...process.env, PORT: "0", HOST: "127.0.0.1", DATA_DIR: dataDir, STOP_ON_STDIN_END: "1", ...env },
    stdio: ["pipe", "pipe", "inherit"],
  });
  const url = await waitForLine(child, /listening on (http:\/\/127\.0\.0\.1:\d+)/);
  return track(child, url, () => rmSync(dataDir, { recursive: true, force: true }));
}

/** Forks a TypeScript module of bench/ (through tsx) that prints "listening on URL". */
export async function startScript(path: string, args: string[] = []): Promise<Started> {
  const child = forkTs(path, args, ["pipe", "pipe", "inherit", "ipc"]);
  const url = await waitForLine(child, /listening on (http:\/\/127\.0\.0\.1:\d+)/);
  return track(child, url, () => {});
}

export function forkTs(path: string, args: string[] = [], stdio: ("pipe" | "inherit" | "ipc")[] = ["pipe", "inherit", "inherit", "ipc"]): ChildProcess {
  const child = fork(path, args, { execArgv: ["--import", "tsx"], stdio });
  children.add(child);
  child.once("exit", () => children.delete(child));
  return child;
}

function track(child: ChildProcess, url: string, cleanup: () => void): Started {
  children.add(child);
  child.once("exit", () => children.delete(child));
  return {
    url,
    child,
    async stop() {
      const exited = new Promise((r) => child.once("exit", r));
      child.kill("SIGTERM");
      await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
      if (child.exitCode === null) child.kill("SIGKILL");
      cleanup();
    },
  };
}

function waitForLine(child: ChildProcess, pattern: RegExp): Promise<string> {
  return new Promise((resolve, reject) => {
    let out = "";
    const timer = setTimeout(() => reject(new Error(`no "${pattern}" in 60 s:\n${out}`)), 60_000);
    child.stdout!.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      const m = pattern.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    });
    child.once("exit", (code) => reject(new Error(`exited with ${code}:\n${out}`)));
  });
}

/** Sends a message to a worker and waits for its answer of the given type. */
export function ask<T>(child: ChildProcess, message: object, answerType: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const onMessage = (m: { type: string; error?: string }) => {
      if (m.type === "error") reject(new Error(m.error));
      if (m.type !== answerType) return;
      child.off("message", onMessage);
      resolve(m as T);
    };
    child.on("message", onMessage);
    child.send(message);
  });
}
