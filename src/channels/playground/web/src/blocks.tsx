import { Fragment } from "preact";
import { useState } from "preact/hooks";
import type { Button, CommandRef, ReplyBlock } from "./types";

export type Send = (command: CommandRef, label: string) => void;

/** Plain text with `*bold*`, the one emphasis of the reply model; newlines kept. */
export function RichText({ text }: { text: string }) {
  const lines = text.split("\n");
  return (
    <>
      {lines.map((line, i) => (
        <Fragment key={i}>
          {i > 0 && <br />}
          {line
            .split(/(\*[^*\n]+\*)/g)
            .map((part, j) =>
              part.length > 2 && part.startsWith("*") && part.endsWith("*") ? (
                <strong key={j}>{part.slice(1, -1)}</strong>
              ) : (
                part
              ),
            )}
        </Fragment>
      ))}
    </>
  );
}

function CommandButton({ button, send, disabled }: { button: Button; send: Send; disabled: boolean }) {
  return (
    <button
      type="button"
      class={`btn btn-${button.style ?? "default"}`}
      disabled={disabled}
      onClick={() => send(button.command, button.label)}
    >
      {button.label}
    </button>
  );
}

function FormBlock({
  block,
  send,
  disabled,
}: {
  block: Extract<ReplyBlock, { kind: "form" }>;
  send: Send;
  disabled: boolean;
}) {
  const [values, setValues] = useState<Record<string, string>>(() =>
    Object.fromEntries(block.fields.map((f) => [f.name, f.initial ?? ""])),
  );
  const set = (name: string, value: string) => setValues((v) => ({ ...v, [name]: value }));
  return (
    <form
      class="reply-form"
      aria-label={block.title}
      onSubmit={(e) => {
        e.preventDefault();
        const filled = Object.fromEntries(Object.entries(values).filter(([, v]) => v !== ""));
        send({ name: block.command.name, args: { ...block.command.args, ...filled } }, block.submitLabel);
      }}
    >
      <fieldset disabled={disabled}>
        <legend>{block.title}</legend>
        {block.fields.map((f) => {
          const id = `f-${block.id}-${f.name}`;
          const common = {
            id,
            name: f.name,
            required: f.required,
            placeholder: f.placeholder,
            value: values[f.name] ?? "",
          };
          return (
            <div class="field" key={f.name}>
              <label for={id}>
                {f.label}
                {f.required && <span aria-hidden="true"> *</span>}
              </label>
              {f.type === "textarea" ? (
                <textarea {...common} rows={3} onInput={(e) => set(f.name, e.currentTarget.value)} />
              ) : f.type === "select" ? (
                <select {...common} onChange={(e) => set(f.name, e.currentTarget.value)}>
                  <option value="">Choose…</option>
                  {(f.options ?? []).map((o) => (
                    <option key={o.value} value={o.value}>
                      {o.label}
                    </option>
                  ))}
                </select>
              ) : (
                <input
                  {...common}
                  type={(f.type === "number" ? "text" : f.type) as "text"}
                  inputMode={f.type === "number" ? "decimal" : undefined}
                  onInput={(e) => set(f.name, e.currentTarget.value)}
                />
              )}
            </div>
          );
        })}
        <button type="submit" class="btn btn-primary">
          {block.submitLabel}
        </button>
      </fieldset>
    </form>
  );
}

/** One block of the channel-neutral reply model. */
export function Block({ block, send, disabled }: { block: ReplyBlock; send: Send; disabled: boolean }) {
  switch (block.kind) {
    case "text":
      return (
        <p class="text">
          <RichText text={block.text} />
        </p>
      );
    case "facts":
      return (
        <div class="facts">
          {block.title && (
            <p class="facts-title">
              <RichText text={block.title} />
            </p>
          )}
          <dl>
            {block.facts.map((f, i) => (
              <div class="fact" key={i}>
                <dt>{f.label}</dt>
                <dd>
                  <RichText text={f.value} />
                </dd>
              </div>
            ))}
          </dl>
        </div>
      );
    case "citations":
      return (
        <div class="citations">
          <p class="citations-title">Sources</p>
          <ol>
            {block.citations.map((c, i) => (
              <li class="citation" key={i}>
                <cite>
                  {c.document} · {c.section}
                </cite>
                <blockquote>{c.quote}</blockquote>
              </li>
            ))}
          </ol>
        </div>
      );
    case "actions":
      return (
        <div class="actions">
          {block.buttons.map((b, i) => (
            <CommandButton key={i} button={b} send={send} disabled={disabled} />
          ))}
        </div>
      );
    case "form":
      return <FormBlock block={block} send={send} disabled={disabled} />;
    case "confirm":
      return (
        <div class="confirm">
          <p>
            <RichText text={block.text} />
          </p>
          <div class="actions">
            <CommandButton button={block.confirm} send={send} disabled={disabled} />
            <CommandButton button={block.cancel} send={send} disabled={disabled} />
          </div>
        </div>
      );
    case "document":
      // Served only for the persona the document belongs to (GET /api/playground/documents/:id).
      return (
        <p class="document">
          <a
            href={`/api/playground/documents/${encodeURIComponent(block.documentId)}?persona=employee:${encodeURIComponent(block.employeeId)}`}
            download={block.fileName}
          >
            {block.title} ({block.fileName})
          </a>
        </p>
      );
    case "status":
      return (
        <p class={`status status-${block.tone}`} role="status">
          <span class="status-dot" aria-hidden="true" />
          <RichText text={block.text} />
        </p>
      );
  }
}
