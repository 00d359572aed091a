import { checkModelText } from "../privacy/model-output";
import { type RedactionKind, redactPersonalData } from "../privacy/redaction";

/** One turn of the conversation that led to the case. */
export type TranscriptTurn = { role: "employee" | "assistant"; text: string };

/** How many of the last turns a case summary keeps, and how long each may be. */
export const SUMMARY_MAX_TURNS = 10;
export const SUMMARY_MAX_TURN_CHARS = 500;

export type RedactedTranscript = {
  /** The kept turns, redacted, oldest first. */
  turns: TranscriptTurn[];
  /** "Employee: …\nAssistant: …" lines, the form shown to specialists and given to a model. */
  text: string;
  redactions: Partial<Record<RedactionKind, number>>;
};

/**
 * The last turns of the conversation, each redacted of personal data the specialist does not need
 * and cut to a readable length: the extractive case summary, and the only text a model may see.
 */
export function redactTranscript(
  turns: readonly TranscriptTurn[],
  maxTurns: number = SUMMARY_MAX_TURNS,
): RedactedTranscript {
  const redactions: Partial<Record<RedactionKind, number>> = {};
  const kept = turns.slice(-maxTurns).map((turn) => {
    const r = redactPersonalData(turn.text.trim());
    for (const [kind, n] of Object.entries(r.redactions) as [RedactionKind, number][])
      redactions[kind] = (redactions[kind] ?? 0) + n;
    const text =
      r.text.length > SUMMARY_MAX_TURN_CHARS ? `${r.text.slice(0, SUMMARY_MAX_TURN_CHARS - 1)}…` : r.text;
    return { role: turn.role, text };
  });
  const text = kept.map((t) => `${t.role === "employee" ? "Employee" : "Assistant"}: ${t.text}`).join("\n");
  return { turns: kept, text, redactions };
}

/**
 * Words a summary may use with a capital letter without them being names from the transcript.
 * Anything else capitalised must appear in the transcript.
 */
const SUMMARY_VOCABULARY = new Set(
  (
    "a an the this that these they their them he she his her it its i we our you your " +
    "employee employees specialist assistant bot hr user person worker staff manager coworker colleague " +
    "asks asked asking wants wanted requests requested reports reported reporting says said states stated " +
    "mentions mentioned describes described explains explained needs needed would like is are was were has had have " +
    "seeks seeking inquires inquiring about regarding concerning and or but not no also after before during " +
    "on in at for with from to of by as they're there when while since then summary request issue question " +
    "concern complaint report help follow-up followup case please urgent leave pto fmla ada cobra w-2 w-4 " +
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july " +
    "august september october november december today yesterday tomorrow"
  ).split(/\s+/),
);

const FIGURE = /\$?\d[\d,]*(?:\.\d+)?%?/g;
const CAPITALISED = /\b[A-Z][\p{L}'’-]*\b/gu;

function normaliseFigure(figure: string): string {
  return figure.replace(/[$,%]/g, "").replace(/\.0+$/, "");
}

/** Why a summary was rejected; `reason` may quote the summary, so log only `kind`. */
export type SummaryCheck =
  | { ok: true }
  | {
      ok: false;
      kind:
        | "empty"
        | "personal_data"
        | "unknown_figure"
        | "unknown_name"
        | "link"
        | "contact"
        | "instruction";
      reason: string;
    };

/**
 * Whether a model-written summary stays within the transcript: every figure (amounts, dates,
 * numbers) and every capitalised word that is not ordinary summary vocabulary must appear in the
 * (redacted) transcript, and the summary itself must contain nothing the redaction would remove.
 * A rejected summary is replaced by the extractive one; false rejections only cost style.
 */
export function checkSummaryAgainstTranscript(summary: string, transcript: string): SummaryCheck {
  if (summary.trim() === "") return { ok: false, kind: "empty", reason: "empty summary" };
  const leaked = redactPersonalData(summary).redactions;
  if (Object.keys(leaked).length > 0)
    return { ok: false, kind: "personal_data", reason: `summary contains ${Object.keys(leaked).join(", ")}` };
  const added = checkModelText(summary, [transcript]);
  if (!added.ok) return { ok: false, kind: added.kind, reason: added.reason };
  const transcriptFigures = new Set((transcript.match(FIGURE) ?? []).map(normaliseFigure));
  for (const figure of summary.match(FIGURE) ?? []) {
    if (!transcriptFigures.has(normaliseFigure(figure)))
      return { ok: false, kind: "unknown_figure", reason: `figure ${figure} is not in the transcript` };
  }
  const transcriptWords = new Set(
    (transcript.match(/[\p{L}'’-]+/gu) ?? []).map((w) => w.toLowerCase().replace(/['’]s$/, "")),
  );
  for (const word of summary.match(CAPITALISED) ?? []) {
    const lower = word.toLowerCase().replace(/['’]s$/, "");
    if (SUMMARY_VOCABULARY.has(lower) || transcriptWords.has(lower)) continue;
    return { ok: false, kind: "unknown_name", reason: `name or term ${word} is not in the transcript` };
  }
  return { ok: true };
}
