import type { Reply } from "../../conversation/reply";
import { type W2Form, type W3, w2FurnishDate } from "../../core/filings/form-w2-copy";
import { Money } from "../../core/money/money";

const fmt = (v: string) => Money.of(v).format();

type FederalBoxes = Pick<W2Form, "box1" | "box2" | "box3" | "box4" | "box5" | "box6">;

/** Boxes 1–6, labelled alike on the W-2 and the W-3. */
function federalFacts(b: FederalBoxes): { label: string; value: string }[] {
  return [
    { label: "Wages, tips, other compensation (box 1)", value: fmt(b.box1) },
    { label: "Federal income tax withheld (box 2)", value: fmt(b.box2) },
    { label: "Social Security wages (box 3)", value: fmt(b.box3) },
    { label: "Social Security tax withheld (box 4)", value: fmt(b.box4) },
    { label: "Medicare wages and tips (box 5)", value: fmt(b.box5) },
    { label: "Medicare tax withheld (box 6)", value: fmt(b.box6) },
  ];
}

/** Boxes 1–6 always; 12, 14 and the state and local lines only where the W-2 has them. */
function w2Facts(form: W2Form): { label: string; value: string }[] {
  return [
    ...federalFacts(form),
    ...form.box12.map((b) => ({ label: `Box 12, code ${b.code}`, value: fmt(b.amount) })),
    ...(form.box13.retirementPlan ? [{ label: "Retirement plan (box 13)", value: "checked" }] : []),
    ...form.box14.map((b) => ({ label: `Box 14, ${b.label}`, value: fmt(b.amount) })),
    ...form.states.flatMap((s) => [
      { label: `${s.state} wages (box 16)`, value: fmt(s.wages) },
      { label: `${s.state} income tax (box 17)`, value: fmt(s.tax) },
    ]),
    ...form.locals.flatMap((l) => [
      { label: `${l.locality} wages (box 18)`, value: fmt(l.wages) },
      { label: `${l.locality} tax (box 19)`, value: fmt(l.tax) },
    ]),
  ];
}

/**
 * The asker's W-2 boxes in a direct message, with where the official form comes from: the employer
 * (under its EIN) furnishes it, by the legal deadline; the boxes here are read from posted paychecks.
 */
export function myW2Reply(result: { form: W2Form; through?: string }, today: string): Reply {
  const { form, through } = result;
  const due = w2FurnishDate(form.year);
  const employer = `${form.employer.name} (EIN ${form.employer.ein})`;
  const note = through
    ? `These are your ${form.year} figures so far, from paychecks posted through ${through}; they change with every payday until the year ends. Your official ${form.year} Form W-2 comes from your employer, ${employer}, by ${due}.`
    : due >= today
      ? `Your official Form W-2 comes from your employer, ${employer}, by ${due}; these boxes are read from the same posted paychecks. Say “send me my ${form.year} W-2” for a PDF copy.`
      : `Your official Form W-2 comes from your employer, ${employer}, which had to give it to you by ${due}; these boxes are read from the same posted paychecks. Say “send me my ${form.year} W-2” for a PDF copy.`;
  return {
    personal: true,
    blocks: [
      {
        kind: "facts",
        title: through ? `Your ${form.year} W-2 figures to date` : `Your ${form.year} Form W-2`,
        facts: w2Facts(form),
      },
      { kind: "text", text: note },
    ],
  };
}

/** A client's W-3 totals for a year, for the people who file it. */
export function w3Reply(w3: W3): Reply {
  return {
    personal: true,
    blocks: [
      {
        kind: "facts",
        title: `Form W-3 for ${w3.year}: ${w3.employer.name} (${w3.employer.ein})`,
        facts: [
          { label: "Forms W-2 (box c)", value: String(w3.formsCount) },
          ...federalFacts(w3),
          { label: "Deferred compensation (box 12a)", value: fmt(w3.box12a) },
          { label: "State wages (box 16)", value: fmt(w3.box16) },
          { label: "State income tax (box 17)", value: fmt(w3.box17) },
          { label: "Local wages (box 18)", value: fmt(w3.box18) },
          { label: "Local income tax (box 19)", value: fmt(w3.box19) },
        ],
      },
    ],
  };
}
