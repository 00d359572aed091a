import type { DialogContext, DialogOutcome } from "../../conversation/dialog";
import { fixedClock } from "../../core/clock";
import { localDate } from "../../core/timesheets/cutoffs";
import { myW2Reply } from "../filings/w2-replies";
import { type DocumentDeps, monthName, requestDocument } from "./request-document";

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const MONTH_WORD =
  /\b(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b(?:\s+(\d{4}))?/i;

/**
 * The month a stub is asked for (`YYYY-MM`), or undefined for "the latest": "for November" is the
 * last November not after today, "last month" the month before today's.
 */
export function stubMonth(text: string, today: string): string | undefined {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  if (/\blast month\b/i.test(text)) {
    return month === 1 ? `${year - 1}-12` : `${year}-${String(month - 1).padStart(2, "0")}`;
  }
  const found = MONTH_WORD.exec(text);
  if (!found?.[1]) return undefined;
  const m = MONTHS.indexOf(found[1].slice(0, 3).toLowerCase()) + 1;
  const y = found[2] ? Number(found[2]) : m > month ? year - 1 : year;
  return `${y}-${String(m).padStart(2, "0")}`;
}

/** A W-2 asked for as a file; "can I see my W-2" is answered with its boxes instead. */
const W2_COPY = /\b(?:send|copy|download|e-?mail|reprint|print|pdf|attach\w*|need|want|get me)\b/i;

/** "… with my salary", "showing my pay", "proof of income": the only ways pay goes into a letter. */
const ASKS_FOR_PAY =
  /\b(?:with|including|include|includes|showing|show|shows|stating|state|states|list|listing|and|plus)\b[^.?!]*\b(?:salary|pay|wages?|income|earnings|hourly rate|rate of pay)\b|\bproof of income\b|\bincome verification\b/i;

/**
 * "Send me my pay stub", "pay stub for November", "I need an employment verification letter": the
 * asker's own document as a PDF, delivered privately by the channel. Nothing in the turn names an
 * employee: the document is always the actor's.
 */
export async function answerDocumentRequest(deps: DocumentDeps, ctx: DialogContext): Promise<DialogOutcome> {
  if (ctx.actor.kind !== "employee") {
    return {
      kind: "answer",
      replies: [
        { blocks: [{ kind: "text", text: "Documents are sent to employees about their own employment." }] },
      ],
    };
  }
  const text = ctx.text ?? "";
  const today = localDate(ctx.now, ctx.actor.timezone);
  const d = { ...deps, clock: fixedClock(ctx.now) };
  if (ctx.slots.document === "w2") {
    // The year named, else the last finished one.
    const year = Number(/\b(20\d{2})\b/.exec(text)?.[1] ?? Number(today.slice(0, 4)) - 1);
    if (deps.w2Boxes && !W2_COPY.test(text)) {
      const boxes = await deps.w2Boxes(ctx.actor, { year, today });
      if (!boxes)
        return {
          kind: "answer",
          replies: [
            {
              personal: true,
              blocks: [
                { kind: "text", text: `You have no ${year} W-2: no pay was posted for you that year.` },
              ],
            },
          ],
        };
      return { kind: "answer", replies: [myW2Reply(boxes, today)] };
    }
    const { document } = await requestDocument(
      d,
      ctx.actor,
      { kind: "w2", year },
      `${ctx.conversationKey}:${ctx.now.toISOString()}:w2:${year}`,
    );
    return documentAnswer(`Here is your ${year} Form W-2.`, document);
  }
  const isLetter = ctx.slots.document === "employment_verification";
  const month = isLetter ? undefined : stubMonth(text, today);
  const includePay = isLetter && ASKS_FOR_PAY.test(text);
  const { document } = await requestDocument(
    d,
    ctx.actor,
    isLetter
      ? { kind: "employment_verification", includePay }
      : { kind: "pay_stub", ...(month ? { month } : {}) },
    // One document per turn and request: a redelivered message returns the same file.
    `${ctx.conversationKey}:${ctx.now.toISOString()}:${isLetter ? `letter:${includePay}` : `stub:${month ?? "latest"}`}`,
  );
  const said = isLetter
    ? includePay
      ? "Here is your employment verification letter, with your pay as you asked."
      : "Here is your employment verification letter. It does not state your pay; ask for a letter “with my salary” if you need it."
    : `Here is your pay stub${month ? ` for ${monthName(month)}` : ""}, with year-to-date figures and your PTO balance.`;
  return documentAnswer(said, document);
}

function documentAnswer(
  said: string,
  document: { id: string; employeeId: string; fileName: string; title: string },
): DialogOutcome {
  return {
    kind: "answer",
    replies: [
      {
        personal: true,
        blocks: [
          { kind: "text", text: said },
          {
            kind: "document",
            documentId: document.id,
            employeeId: document.employeeId,
            fileName: document.fileName,
            title: document.title,
          },
        ],
      },
    ],
  };
}
