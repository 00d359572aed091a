import { render } from "preact";
import { useCallback, useEffect, useMemo, useRef, useState } from "preact/hooks";
import { Block, RichText, type Send } from "./blocks";
import { Panels } from "./panels";
import "./styles.css";
import type { CommandRef, Message, Panels as PanelData, Persona } from "./types";

async function api<T>(path: string, init?: RequestInit): Promise<T> {
  const res = await fetch(`/api/playground${path}`, {
    ...init,
    headers: { "Content-Type": "application/json", ...(init?.headers ?? {}) },
  });
  if (res.status === 401) throw new Unauthorized();
  if (!res.ok) throw new Error(`${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}
class Unauthorized extends Error {}

const ROLE_LABEL: Record<string, string> = {
  employee: "Employee",
  manager: "Manager",
  client_admin: "Client admin",
  specialist: "Specialist",
  senior_specialist: "Senior specialist",
  aso_admin: "ASO admin",
};

function roleSummary(p: Persona): string {
  const roles = p.roles.filter((r) => r !== "employee" || p.roles.length === 1);
  return roles.map((r) => ROLE_LABEL[r] ?? r).join(", ");
}

const SUGGESTIONS: Record<string, string[]> = {
  employee: [
    "What is my medical deductible?",
    "Show my timesheet",
    "What's my PTO balance?",
    "Talk to a person",
  ],
  manager: ["Show my pending approvals", "What is my medical deductible?", "What's my PTO balance?"],
  staff: ["Help"],
};

function SignIn({ onDone }: { onDone: () => void }) {
  const [token, setToken] = useState("");
  const [error, setError] = useState("");
  return (
    <main class="signin">
      <h1>ASO HR Assistant playground</h1>
      <form
        onSubmit={async (e) => {
          e.preventDefault();
          try {
            await api("/session", { method: "POST", body: JSON.stringify({ token }) });
            onDone();
          } catch {
            setError("That token is not right.");
          }
        }}
      >
        <label for="token">Staff token</label>
        <input
          id="token"
          type="password"
          value={token}
          onInput={(e) => setToken(e.currentTarget.value)}
          required
        />
        <button class="btn btn-primary" type="submit">
          Sign in
        </button>
        {error && (
          <p role="alert" class="status status-danger">
            {error}
          </p>
        )}
      </form>
    </main>
  );
}

function PersonaPicker({
  personas,
  current,
  onPick,
}: {
  personas: Persona[];
  current: string | undefined;
  onPick: (ref: string) => void;
}) {
  const groups = useMemo(() => {
    const map = new Map<string, Persona[]>();
    for (const p of personas) map.set(p.clientName, [...(map.get(p.clientName) ?? []), p]);
    return [...map.entries()];
  }, [personas]);
  return (
    <div class="picker">
      <label for="persona">Act as</label>
      <select id="persona" value={current ?? ""} onChange={(e) => onPick(e.currentTarget.value)}>
        <option value="" disabled>
          Choose a demo person…
        </option>
        {groups.map(([client, people]) => (
          <optgroup key={client} label={client}>
            {people.map((p) => (
              <option key={p.ref} value={p.ref}>
                {p.name} — {roleSummary(p)}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </div>
  );
}

function ChatMessage({
  message,
  send,
  busy,
  used,
}: {
  message: Message;
  send: Send;
  busy: boolean;
  /** A button of this version of the message was clicked: its buttons are spent until it is updated. */
  used: boolean;
}) {
  const who =
    message.author === "user" ? "You" : message.author === "notification" ? "Notification" : "Assistant";
  return (
    <li
      class={`msg msg-${message.author}`}
      data-message-id={message.id}
      data-update-key={message.reply.updateKey}
    >
      <span class="who">{who}</span>
      <div class="bubble">
        {message.author === "user" ? (
          <p class="text">
            <RichText text={message.reply.blocks[0]?.kind === "text" ? message.reply.blocks[0].text : ""} />
          </p>
        ) : (
          message.reply.blocks.map((b, i) => <Block key={i} block={b} send={send} disabled={busy || used} />)
        )}
      </div>
    </li>
  );
}

function Chat({ persona }: { persona: Persona }) {
  const [messages, setMessages] = useState<Message[]>([]);
  const [text, setText] = useState("");
  const [busy, setBusy] = useState(false);
  const [panels, setPanels] = useState<PanelData | undefined>();
  const [error, setError] = useState("");
  const logRef = useRef<HTMLDivElement>(null);

  const upsert = useCallback((incoming: Message[]) => {
    setMessages((current) => {
      const byId = new Map(current.map((m) => [m.id, m]));
      for (const m of incoming) {
        const old = byId.get(m.id);
        if (!old || old.revision <= m.revision) byId.set(m.id, m);
      }
      return [...byId.values()].sort(
        (a, b) => a.createdAt.localeCompare(b.createdAt) || a.revision - b.revision,
      );
    });
  }, []);

  const refreshPanels = useCallback(async () => {
    try {
      setPanels(await api<PanelData>(`/panels?persona=${encodeURIComponent(persona.ref)}`));
    } catch {
      /* panels are best effort */
    }
  }, [persona.ref]);

  useEffect(() => {
    setMessages([]);
    let source: EventSource | undefined;
    let cancelled = false;
    (async () => {
      const { messages: history, revision } = await api<{ messages: Message[]; revision: number }>(
        `/messages?persona=${encodeURIComponent(persona.ref)}`,
      );
      if (cancelled) return;
      upsert(history);
      source = new EventSource(
        `/api/playground/events?persona=${encodeURIComponent(persona.ref)}&since=${revision}`,
      );
      source.addEventListener("message", (e) => upsert([JSON.parse((e as MessageEvent).data) as Message]));
      source.addEventListener("changed", () => void refreshPanels());
    })().catch((e) => setError(String(e)));
    void refreshPanels();
    const timer = setInterval(() => void refreshPanels(), 5000);
    return () => {
      cancelled = true;
      source?.close();
      clearInterval(timer);
    };
  }, [persona.ref, upsert, refreshPanels]);

  useEffect(() => {
    const el = logRef.current;
    if (el) el.scrollTop = el.scrollHeight;
  }, [messages]);

  const turn = useCallback(
    async (body: { text?: string; command?: CommandRef; label?: string }) => {
      setBusy(true);
      setError("");
      try {
        const res = await api<{ messages: Message[] }>("/turn", {
          method: "POST",
          body: JSON.stringify({ persona: persona.ref, ...body }),
        });
        upsert(res.messages);
      } catch (e) {
        setError(e instanceof Unauthorized ? "Signed out." : "The message could not be sent. Try again.");
      } finally {
        setBusy(false);
        void refreshPanels();
      }
    },
    [persona.ref, upsert, refreshPanels],
  );
  const [clicked, setClicked] = useState<Record<string, number>>({});
  const send: Send = (command, label) => void turn({ command, label });
  const sendFrom =
    (m: Message): Send =>
    (command, label) => {
      setClicked((c) => ({ ...c, [m.id]: m.revision }));
      send(command, label);
    };
  const suggestions =
    SUGGESTIONS[
      persona.kind === "staff" ? "staff" : persona.roles.includes("manager") ? "manager" : "employee"
    ] ?? [];

  return (
    <div class="layout">
      <section class="chat" aria-label={`Chat as ${persona.name}`}>
        <div
          class="log"
          ref={logRef}
          role="log"
          aria-live="polite"
          aria-relevant="additions text"
          aria-label="Messages"
        >
          <ol class="log-list">
            {messages.length === 0 && (
              <li class="empty">
                You are chatting as <strong>{persona.name}</strong> ({roleSummary(persona)},{" "}
                {persona.clientName}). Ask anything, or try a suggestion below.
              </li>
            )}
            {messages.map((m) => (
              <ChatMessage
                key={m.id}
                message={m}
                send={sendFrom(m)}
                busy={busy}
                used={clicked[m.id] === m.revision}
              />
            ))}
          </ol>
        </div>
        <nav class="suggestions" aria-label="Suggestions">
          {suggestions.map((s) => (
            <button key={s} type="button" class="chip" disabled={busy} onClick={() => void turn({ text: s })}>
              {s}
            </button>
          ))}
        </nav>
        <form
          class="composer"
          onSubmit={(e) => {
            e.preventDefault();
            const t = text.trim();
            if (!t) return;
            setText("");
            void turn({ text: t });
          }}
        >
          <label for="message" class="visually-hidden">
            Message
          </label>
          <input
            id="message"
            autoComplete="off"
            placeholder={`Message as ${persona.name}…`}
            value={text}
            onInput={(e) => setText(e.currentTarget.value)}
          />
          <button type="submit" class="btn btn-primary" disabled={busy || !text.trim()}>
            Send
          </button>
        </form>
        {error && (
          <p role="alert" class="status status-danger">
            {error}
          </p>
        )}
      </section>
      <Panels panels={panels} send={send} busy={busy} />
    </div>
  );
}

function App() {
  const [personas, setPersonas] = useState<Persona[] | undefined>();
  const [needSignIn, setNeedSignIn] = useState(false);
  const [current, setCurrent] = useState<string | undefined>(
    () => new URLSearchParams(location.search).get("persona") ?? undefined,
  );
  const load = useCallback(async () => {
    try {
      const data = await api<{ personas: Persona[] }>("/personas");
      setPersonas(data.personas);
      setNeedSignIn(false);
    } catch (e) {
      if (e instanceof Unauthorized) setNeedSignIn(true);
    }
  }, []);
  useEffect(() => void load(), [load]);
  const pick = (ref: string) => {
    setCurrent(ref);
    const url = new URL(location.href);
    url.searchParams.set("persona", ref);
    history.replaceState(null, "", url);
  };
  if (needSignIn) return <SignIn onDone={() => void load()} />;
  const persona = personas?.find((p) => p.ref === current);
  return (
    <>
      <header class="top">
        <h1>
          ASO HR Assistant <span class="tag">Playground</span>
        </h1>
        {personas && <PersonaPicker personas={personas} current={persona?.ref} onPick={pick} />}
      </header>
      <main>
        {!personas && <p class="loading">Loading the demo people…</p>}
        {personas && !persona && (
          <p class="intro">
            Pick a demo person above — an employee, a manager, a client admin or an ASO specialist — and chat
            as them. Buttons and forms run the same typed commands as Slack and Teams; updates arrive live in
            every open tab.
          </p>
        )}
        {persona && <Chat key={persona.ref} persona={persona} />}
      </main>
    </>
  );
}

const root = document.getElementById("app");
if (root) render(<App />, root);
