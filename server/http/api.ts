// The JSON API, /healthz and /metrics, served by the server process before a request
// reaches Next, so there is one database client and one room service (see DESIGN.md).
import type { IncomingMessage, ServerResponse } from "node:http";
import QRCode from "qrcode";
import { filmSummary } from "../../core/film-pack.ts";
import { createRoomRequestSchema, roomCodeSchema } from "../../core/schemas.ts";
import type { Database } from "../../db/client.ts";
import { listFilms } from "../../db/queries/films.queries.ts";
import { AppError, describeIssues } from "../errors.ts";
import type { Metrics } from "../metrics.ts";
import { recapCsv, type RecapService } from "../recap/recap-service.ts";
import type { RoomService } from "../rooms/room-service.ts";
import { readJson, sendError, sendJson, TooLarge } from "./respond.ts";

export interface ApiDeps {
  database: Database;
  rooms: RoomService;
  recaps: RecapService;
  metrics: Metrics;
  log: (message: string, error?: unknown) => void;
}

type Route = {
  method: string;
  pattern: RegExp;
  run: (req: IncomingMessage, res: ServerResponse, params: string[]) => Promise<void>;
};

export function createApi(deps: ApiDeps) {
  const routes: Route[] = [
    { method: "POST", pattern: /^\/api\/rooms$/, run: createRoom },
    { method: "GET", pattern: /^\/api\/rooms\/([^/]+)$/, run: getRoom },
    { method: "GET", pattern: /^\/api\/rooms\/([^/]+)\/qr\.svg$/, run: getRoomQr },
    { method: "GET", pattern: /^\/api\/rooms\/([^/]+)\/recap(\.json|\.csv)?$/, run: getRecap },
    { method: "GET", pattern: /^\/api\/films$/, run: getFilms },
    { method: "GET", pattern: /^\/healthz$/, run: health },
    { method: "GET", pattern: /^\/metrics$/, run: metrics },
  ];

  async function createRoom(req: IncomingMessage, res: ServerResponse) {
    const body = createRoomRequestSchema.safeParse(await readJson(req));
    if (!body.success) throw new AppError("invalid_payload", describeIssues(body.error.issues));
    sendJson(res, 201, await deps.rooms.createRoom(body.data));
  }

  async function getRoom(_req: IncomingMessage, res: ServerResponse, [code]: string[]) {
    sendJson(res, 200, await deps.rooms.roomInfo(parseCode(code!)));
  }

  async function getRoomQr(_req: IncomingMessage, res: ServerResponse, [code]: string[]) {
    const info = await deps.rooms.roomInfo(parseCode(code!));
    const svg = await QRCode.toString(info.url!, { type: "svg", margin: 1, errorCorrectionLevel: "M" });
    res.writeHead(200, { "content-type": "image/svg+xml", "cache-control": "private, max-age=300" });
    res.end(svg);
  }

  async function getRecap(_req: IncomingMessage, res: ServerResponse, [code, format]: string[]) {
    const recap = await deps.recaps.recap(parseCode(code!));
    if (!format) return sendJson(res, 200, recap);
    const name = `montauk-${recap.code}-recap${format}`;
    const body = format === ".csv" ? recapCsv(recap) : `${JSON.stringify(recap, null, 2)}\n`;
    res.writeHead(200, {
      "content-type": format === ".csv" ? "text/csv; charset=utf-8" : "application/json; charset=utf-8",
      "content-disposition": `attachment; filename="${name}"`,
      "cache-control": "no-store",
    });
    res.end(body);
  }

  async function getFilms(_req: IncomingMessage, res: ServerResponse) {
    const films = await listFilms(deps.database.db);
    sendJson(res, 200, { films: films.map(filmSummary) });
  }

  async function health(_req: IncomingMessage, res: ServerResponse) {
    const up = await deps.database.ping();
    sendJson(res, up ? 200 : 503, up ? { status: "ok" } : { status: "unavailable" });
  }

  async function metrics(_req: IncomingMessage, res: ServerResponse) {
    const text = await deps.metrics.registry.metrics();
    res.writeHead(200, { "content-type": deps.metrics.registry.contentType });
    res.end(text);
  }

  /** Answers the request when it is the API's; false hands it on to Next. */
  return async function serveApi(req: IncomingMessage, res: ServerResponse): Promise<boolean> {
    const path = (req.url ?? "/").split("?")[0]!;
    if (!path.startsWith("/api/") && path !== "/healthz" && path !== "/metrics") return false;
    const matches = routes.filter((r) => r.pattern.test(path));
    const route = matches.find((r) => r.method === req.method);
    try {
      if (!route) {
        if (matches.length) {
          res.setHeader("allow", matches.map((r) => r.method).join(", "));
          sendJson(res, 405, { error: { code: "invalid_payload", message: `${req.method} is not allowed here` } });
        } else {
          sendError(res, new AppError("not_found", `no API route ${path}`));
        }
        return true;
      }
      await route.run(req, res, route.pattern.exec(path)!.slice(1));
    } catch (error) {
      if (res.headersSent) return true;
      if (error instanceof TooLarge) sendError(res, error, 413);
      else if (error instanceof AppError) sendError(res, error);
      else {
        deps.log(`${req.method} ${path} failed`, error);
        sendError(res, new AppError("internal", "something went wrong on the server"));
      }
    }
    return true;
  };
}

function parseCode(raw: string): string {
  let text: string;
  try {
    text = decodeURIComponent(raw);
  } catch {
    text = raw;
  }
  const code = roomCodeSchema.safeParse(text);
  if (!code.success) throw new AppError("room_not_found", `no party with code ${raw}`);
  return code.data;
}
