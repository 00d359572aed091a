import { createHmac, randomUUID, timingSafeEqual } from "node:crypto";
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import express, { type Express, type NextFunction, type Request, type Response } from "express";
import { z } from "zod";
import { employeeActor, staffActor } from "../../app/identity/resolve-actor";
import { handleTurn } from "../../conversation/engine";
import type { Reply } from "../../conversation/reply";
import type { Actor } from "../../core/policy/actor";
import { createPlaygroundRepository, type PlaygroundMessageRow } from "../../db/playground-repository";
import { userMessageOf } from "../../errors/domain-error";
import type { HttpMount } from "../../http/server";
import type { ChannelHost, ChannelModule } from "../channel-module";
import { createPlaygroundDelivery, mergeUpdate, SPECIALISTS_REF } from "./playground-delivery";
import { playgroundEnabled, playgroundHub } from "./playground-hub";
import { type PanelDeps, panelsFor } from "./playground-panels";

const WEB_DIR = join(dirname(fileURLToPath(import.meta.url)), "web");
export const PLAYGROUND_DIST = join(WEB_DIR, "dist");
const COOKIE = "aso_playground";

const PersonaRef = z.string().regex(/^(employee|staff):[0-9a-f-]{36}$/);
const ArgValue = z.union([z.string().max(2000), z.number(), z.boolean()]);
const TurnBody = z.object({
  persona: PersonaRef,
  text: z.string().max(4000).optional(),
  command: z.object({ name: z.string().min(1).max(100), args: z.record(z.string(), ArgValue) }).optional(),
  /** The button's label or the form's title, shown as what the persona did. */
  label: z.string().max(200).optional(),
});

export type PlaygroundOptions = {
  /** Build the front end on the first request when `dist` is missing (default true). */
  buildOnDemand?: boolean;
  /** How often an open event stream polls for writes by other processes (ms, default 1000). */
  pollMs?: number;
};

type MessageDto = {
  id: string;
  actorRef: string;
  author: PlaygroundMessageRow["author"];
  reply: Reply;
  revision: number;
  createdAt: string;
};

const dto = (m: PlaygroundMessageRow): MessageDto => ({
  id: m.id,
  actorRef: m.actorRef,
  author: m.author,
  reply: m.reply,
  revision: m.revision,
  createdAt: m.createdAt.toISOString(),
});

let building: Promise<void> | undefined;

/** Builds the front end with Vite once per process (the `postinstall` normally did it already). */
export function buildPlaygroundWeb(): Promise<void> {
  building ??= (async () => {
    const vite = await import("vite");
    await vite.build({ configFile: join(WEB_DIR, "vite.config.ts"), logLevel: "warn" });
  })();
  return building;
}

function sessionValue(token: string): string {
  return createHmac("sha256", token).update("aso-playground-staff").digest("hex");
}

function readCookie(req: Request, name: string): string | undefined {
  const header = req.headers.cookie ?? "";
  for (const part of header.split(";")) {
    const [k, ...v] = part.trim().split("=");
    if (k === name) return decodeURIComponent(v.join("="));
  }
  return undefined;
}

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/**
 * The playground at `GET /` and its API under `/api/playground/*`: the persona list, one chat turn
 * (text or a button's typed command through `handleTurn`, exactly as Slack and Teams), the history,
 * server-sent events with every new or updated message of a persona, and the side panels.
 * Undefined when disabled (production without PLAYGROUND_ENABLED, or enabled without a staff token).
 * Production here is anything but local development on a loopback address (see `isLocalDevelopment`).
 */
export function playgroundMount(
  runtime: ChannelHost,
  options: PlaygroundOptions = {},
): HttpMount | undefined {
  const { env, db, queue, clock, logger, notifier, services } = runtime;
  if (!playgroundEnabled(env)) return undefined;
  const production = !env.localDevelopment;
  const staffToken = production ? env.PLAYGROUND_STAFF_TOKEN : undefined;
  if (production && !staffToken) {
    logger.warn("PLAYGROUND_ENABLED=true without PLAYGROUND_STAFF_TOKEN: playground not mounted");
    return undefined;
  }
  const repo = createPlaygroundRepository(db.prisma);
  const panelDeps: PanelDeps = {
    payroll: services.payroll,
    timesheets: services.timesheets,
    cases: services.cases,
    queue,
    now: () => clock.now(),
  };
  const pollMs = options.pollMs ?? 1000;

  async function actorOf(ref: string): Promise<Actor | undefined> {
    const [kind, id] = ref.split(":") as [string, string];
    if (kind === "employee") {
      const row = await services.identities.employeeById(id);
      return row ? employeeActor(row) : undefined;
    }
    const row = await services.identities.staffById(id);
    return row ? staffActor(row) : undefined;
  }

  /** The chat histories a persona reads: its own, and the specialists' queue for staff. */
  const refsOf = (persona: string): string[] =>
    persona.startsWith("staff:") ? [persona, SPECIALISTS_REF] : [persona];

  const signedIn = (req: Request): boolean => {
    if (!staffToken) return true;
    const cookie = readCookie(req, COOKIE);
    return cookie !== undefined && sameSecret(cookie, sessionValue(staffToken));
  };

  const requireSignIn = (req: Request, res: Response, next: NextFunction): void => {
    if (signedIn(req)) next();
    else res.status(401).json({ error: "sign in with the staff token" });
  };

  const persona = async (req: Request, res: Response): Promise<{ ref: string; actor: Actor } | undefined> => {
    const parsed = PersonaRef.safeParse(req.query.persona ?? req.body?.persona);
    const actor = parsed.success ? await actorOf(parsed.data) : undefined;
    if (!parsed.success || !actor) {
      res.status(400).json({ error: "unknown persona" });
      return undefined;
    }
    return { ref: parsed.data, actor };
  };

  async function runTurn(ref: string, actor: Actor, body: z.infer<typeof TurnBody>): Promise<MessageDto[]> {
    const written: PlaygroundMessageRow[] = [];
    const said = body.command ? `▸ ${body.label ?? body.command.name}` : (body.text ?? "");
    written.push(
      await repo.append({ actorRef: ref, author: "user", reply: { blocks: [{ kind: "text", text: said }] } }),
    );
    playgroundHub.wake();
    let replies: Reply[];
    try {
      replies = await handleTurn(runtime.conversation, {
        actor,
        channel: "playground",
        conversationKey: `playground:${ref}`,
        input: body.command
          ? { kind: "command", command: { name: body.command.name, args: body.command.args } }
          : { kind: "text", text: body.text ?? "" },
      });
    } catch (error) {
      logger.warn({ err: (error as Error).message }, "playground: turn failed");
      replies = [
        {
          blocks: [
            {
              kind: "status",
              tone: "danger",
              text: userMessageOf(error),
            },
          ],
        },
      ];
    }
    for (const reply of replies) {
      if (body.command && reply.updateKey) {
        // A decision on an updatable card: every playground copy shows it now, other channels via the queue.
        const copies = await repo.withUpdateKey(reply.updateKey);
        for (const copy of copies) {
          await repo.replace(copy.id, mergeUpdate(copy.reply, reply));
        }
        await notifier
          .update({
            updateKey: reply.updateKey,
            reply,
            idempotencyKey: `playground-decision:${randomUUID()}`,
          })
          .catch((error) =>
            logger.warn({ err: (error as Error).message }, "playground: queueing card updates failed"),
          );
        // The clicked card in this chat now shows the outcome in place; no second copy below it.
        if (copies.some((c) => refsOf(ref).includes(c.actorRef))) continue;
      }
      written.push(await repo.append({ actorRef: ref, author: "assistant", reply }));
    }
    playgroundHub.wake();
    return written.map(dto);
  }

  return {
    name: "playground",
    mount(app: Express) {
      const api = express.Router();
      api.use(express.json({ limit: "64kb" }));

      api.post("/session", (req, res) => {
        const token = typeof req.body?.token === "string" ? req.body.token : "";
        if (!staffToken) return void res.json({ signedIn: true });
        if (!sameSecret(token, staffToken)) return void res.status(401).json({ error: "wrong token" });
        res.setHeader(
          "Set-Cookie",
          `${COOKIE}=${sessionValue(staffToken)}; HttpOnly; SameSite=Strict; Path=/; Max-Age=43200${req.secure ? "; Secure" : ""}`,
        );
        res.json({ signedIn: true });
      });

      api.use(requireSignIn);

      api.get("/personas", async (_req, res, next) => {
        try {
          const rows = await repo.personas();
          const clientName = new Map(rows.clients.map((c) => [c.id, c.name]));
          res.json({
            clients: rows.clients.map((c) => ({ id: c.id, name: c.name, ein: c.ein, state: c.state })),
            personas: [
              ...rows.employees.map((e) => ({
                ref: `employee:${e.id}`,
                kind: "employee",
                name: e.name,
                roles: e.roles.includes("employee") ? e.roles : ["employee", ...e.roles],
                clientId: e.clientId,
                clientName: clientName.get(e.clientId) ?? "",
                workState: e.workState,
              })),
              ...rows.staff.map((s) => ({
                ref: `staff:${s.id}`,
                kind: "staff",
                name: s.name,
                roles: s.roles,
                clientId: null,
                clientName: "ASO staff",
              })),
            ],
          });
        } catch (error) {
          next(error);
        }
      });

      api.get("/messages", async (req, res, next) => {
        try {
          const p = await persona(req, res);
          if (!p) return;
          const rows = await repo.history(refsOf(p.ref));
          res.json({ messages: rows.map(dto), revision: await repo.latestRevision() });
        } catch (error) {
          next(error);
        }
      });

      api.post("/turn", async (req, res, next) => {
        try {
          const body = TurnBody.safeParse(req.body);
          if (!body.success || (!body.data.text?.trim() && !body.data.command)) {
            return void res.status(400).json({ error: "send text or a command" });
          }
          const actor = await actorOf(body.data.persona);
          if (!actor) return void res.status(400).json({ error: "unknown persona" });
          res.json({ messages: await runTurn(body.data.persona, actor, body.data) });
        } catch (error) {
          next(error);
        }
      });

      // A document rendered in a persona's chat, for that persona only: anyone else gets a 404.
      api.get("/documents/:id", async (req, res, next) => {
        try {
          const p = await persona(req, res);
          if (!p) return;
          const found =
            p.actor.kind === "employee"
              ? await services.documents.findForEmployee(String(req.params.id), p.actor.employeeId)
              : null;
          if (!found) return void res.status(404).json({ error: "not found" });
          res.setHeader("Content-Type", "application/pdf");
          res.setHeader("Content-Disposition", `attachment; filename="${found.fileName}"`);
          res.setHeader("Cache-Control", "private, no-store");
          res.end(found.pdf);
        } catch (error) {
          next(error);
        }
      });

      api.get("/panels", async (req, res, next) => {
        try {
          const p = await persona(req, res);
          if (!p) return;
          res.json(await panelsFor(panelDeps, p.actor));
        } catch (error) {
          next(error);
        }
      });

      api.get("/events", async (req, res) => {
        const parsed = PersonaRef.safeParse(req.query.persona);
        if (!parsed.success) return void res.status(400).json({ error: "unknown persona" });
        const refs = refsOf(parsed.data);
        let since = Number(req.query.since ?? req.headers["last-event-id"] ?? 0) || 0;
        let global = await repo.latestRevision();
        res.writeHead(200, {
          "Content-Type": "text/event-stream",
          "Cache-Control": "no-cache, no-transform",
          Connection: "keep-alive",
          "X-Accel-Buffering": "no",
        });
        res.write("retry: 1000\n\n");
        let closed = false;
        let running = false;
        let again = false;
        const check = async (): Promise<void> => {
          if (closed) return;
          if (running) {
            again = true;
            return;
          }
          running = true;
          try {
            do {
              again = false;
              const rows = await repo.since(refs, since);
              for (const row of rows) {
                since = Math.max(since, row.revision);
                res.write(`id: ${row.revision}\nevent: message\ndata: ${JSON.stringify(dto(row))}\n\n`);
              }
              const latest = await repo.latestRevision();
              if (latest !== global) {
                global = latest;
                res.write(`event: changed\ndata: ${JSON.stringify({ revision: latest })}\n\n`);
              }
            } while (again && !closed);
          } catch (error) {
            logger.warn({ err: (error as Error).message }, "playground: event stream check failed");
          } finally {
            running = false;
          }
        };
        const wake = () => void check();
        playgroundHub.on("wake", wake);
        const timer = setInterval(wake, pollMs);
        const ping = setInterval(() => res.write(": ping\n\n"), 15_000);
        req.on("close", () => {
          closed = true;
          playgroundHub.off("wake", wake);
          clearInterval(timer);
          clearInterval(ping);
        });
        void check();
      });

      app.use("/api/playground", api);

      // The front end: built by `postinstall`; built here on the first request when missing.
      const statics = express.static(PLAYGROUND_DIST, { index: "index.html", maxAge: "1h" });
      app.use(async (req, res, next) => {
        if (req.method !== "GET" && req.method !== "HEAD") return next();
        if (req.path !== "/" && !req.path.startsWith("/assets/") && req.path !== "/favicon.svg")
          return next();
        try {
          if (!existsSync(join(PLAYGROUND_DIST, "index.html"))) {
            if (options.buildOnDemand === false) return void res.status(503).send("playground not built");
            await buildPlaygroundWeb();
          }
        } catch (error) {
          logger.error({ err: (error as Error).message }, "playground: building the front end failed");
          return void res
            .status(503)
            .send("The playground front end could not be built: run npm run build:playground");
        }
        res.setHeader("X-Content-Type-Options", "nosniff");
        statics(req, res, next);
      });
    },
  };
}

/** The playground as a channel module: its chat history delivery and its page, when enabled. */
export const playgroundChannel: ChannelModule = {
  name: "playground",
  delivery: (host) =>
    playgroundEnabled(host.env)
      ? createPlaygroundDelivery(createPlaygroundRepository(host.db.prisma), playgroundHub)
      : undefined,
  mount: (host) => playgroundMount(host),
};
