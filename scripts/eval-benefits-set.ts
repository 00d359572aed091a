/**
 * Benefits answers on an evaluation set kept as files (`npm run eval:benefits:heldout`, or
 * `tsx scripts/eval-benefits-set.ts DIR`): DIR/clients/<EIN>/client.json (employer and plans, as a
 * census writes them), DIR/clients/<EIN>/documents/* (the plan documents), DIR/questions*.json
 * (personas and questions with what a right answer holds; one file per author, merged). Every client's documents are ingested as
 * `aso kb ingest` would, and each question is asked as its persona. Prints:
 * - right figure: the answer contains the expected figure;
 * - right document first: the first citation is the expected document, and its section or quote
 *   contains the expected phrase;
 * - another plan cited: a citation of a medical, dental or vision plan the persona is not in;
 * - figures not in the sources: a figure in an answer that no document or plan record of the client
 *   contains;
 * - not in the documents: such questions get "not found" and a person;
 * - answer latency (retrieval and composition) p95.
 * `--verbose` prints every answer; `--failures` only the misses; `--grep=TEXT` asks only the questions
 * containing TEXT. The held-out set is never tuned
 * on: read the figures, not the questions.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { answerBenefitsQuestion } from "../src/app/benefits/answer-benefits-question";
import type { EmployeeBenefits } from "../src/app/benefits/benefits-facts";
import type { BenefitPlan, CoverageTier } from "../src/core/benefits/plan";
import { fixedClock } from "../src/core/clock";
import { Decimal } from "../src/core/money/decimal";
import { type CensusPlan, planFromCensus } from "../src/knowledge/demo-plans";
import { ingestDirectory } from "../src/knowledge/ingest";
import { KnowledgeRetriever } from "../src/knowledge/knowledge-retriever";
import { memoryKnowledgeStore } from "../src/knowledge/knowledge-store";
import { extractFigures } from "../src/knowledge/text";

type ClientFile = {
  employer: { ein: string; name: string; payFrequency: EmployeeBenefits["payFrequency"] };
  plans: CensusPlan[];
};
type Question = {
  persona: string;
  q: string;
  lang?: string;
  facet?: string;
  expect: { figure: string | null; document: string | null; cite: string | null; notInDocuments: boolean };
};
type QuestionSet = {
  personas: Record<string, { client: string; enrollments: [string, CoverageTier][] }>;
  questions: Question[];
};

const dir = resolve(process.argv.slice(2).find((a) => !a.startsWith("--")) ?? "eval/benefits-heldout");
const verbose = process.argv.includes("--verbose");
const failures = process.argv.includes("--failures");
// `--grep=TEXT`: only the questions containing TEXT (tuning work on one question at a time).
const only = process.argv
  .find((a) => a.startsWith("--grep="))
  ?.slice("--grep=".length)
  .toLowerCase();
const questionFiles = existsSync(dir)
  ? readdirSync(dir)
      .filter((n) => /^questions.*\.json$/.test(n))
      .sort()
  : [];
if (questionFiles.length === 0) {
  console.error(`no evaluation set in ${dir} (no questions*.json)`);
  process.exit(2);
}

const store = memoryKnowledgeStore();
const clients = new Map<string, { file: ClientFile; plans: BenefitPlan[]; sources: string[] }>();
let refused = 0;
let skipped = 0;
for (const ein of readdirSync(join(dir, "clients")).sort()) {
  if (!existsSync(join(dir, "clients", ein, "client.json"))) continue;
  const file = JSON.parse(readFileSync(join(dir, "clients", ein, "client.json"), "utf8")) as ClientFile;
  const summary = await ingestDirectory(store, ein, join(dir, "clients", ein, "documents"));
  for (const r of summary.refused) console.log(`!! ${ein}/${r.document} refused: ${r.reason}`);
  refused += summary.refused.length;
  // A file the knowledge base does not read is a document the answers cannot use: say so.
  for (const name of summary.skipped)
    console.log(`!! ${ein}/${name} skipped: not a format the knowledge base reads`);
  skipped += summary.skipped.length;
  const plans: BenefitPlan[] = file.plans.map((p) => planFromCensus(ein, p));
  // Every text an answer may take a figure from: the documents' sections and the plan records.
  const sections = await store.listSections(ein);
  const sources = [...sections.map((s) => s.text), JSON.stringify(file.plans)];
  for (const d of store.documents(ein)) if (d.coverage) sources.push(JSON.stringify(d.coverage));
  clients.set(ein, { file, plans, sources });
}

// Several authors may each write a questions-<name>.json; personas and questions are merged.
const set: QuestionSet = { personas: {}, questions: [] };
for (const name of questionFiles) {
  const part = JSON.parse(readFileSync(join(dir, name), "utf8")) as QuestionSet;
  // Two authors may pick the same persona name: a question must never run as another client's person.
  for (const [id, persona] of Object.entries(part.personas)) {
    if (set.personas[id] && JSON.stringify(set.personas[id]) !== JSON.stringify(persona)) {
      throw new Error(`${name}: persona "${id}" is already defined differently by another questions file`);
    }
    set.personas[id] = persona;
  }
  set.questions.push(...part.questions);
}
const retriever = new KnowledgeRetriever(store);

function benefitsOf(personaId: string): EmployeeBenefits {
  const persona = set.personas[personaId];
  if (!persona) throw new Error(`no persona ${personaId}`);
  const client = clients.get(persona.client);
  if (!client) throw new Error(`persona ${personaId}: no client ${persona.client}`);
  return {
    employeeId: personaId,
    clientId: persona.client,
    clientName: client.file.employer.name,
    payFrequency: client.file.employer.payFrequency,
    plans: client.plans,
    enrollments: persona.enrollments.map(([code, tier]) => {
      const plan = client.plans.find((p) => p.code === code);
      if (!plan) throw new Error(`persona ${personaId}: no plan ${code}`);
      return {
        enrollmentId: `${personaId}-${code}`,
        plan,
        tier,
        effectiveFrom: "2026-01-01",
        effectiveTo: null,
      };
    }),
  };
}

const deps = {
  facts: { employeeBenefits: async (employeeId: string) => benefitsOf(employeeId) },
  retriever,
  clock: fixedClock("2026-03-02T15:00:00Z"),
};

/**
 * Results the answer computes in the open from sourced figures ("$336.85 × 24 paychecks = $8,084.40",
 * "$336.85 + $46.35 = $383.20"): each is re-computed here and counts as sourced only when its
 * operands are sourced figures (or counts of paychecks and months) and the result is exact to the cent.
 */
function shownArithmetic(answer: string, known: ReadonlySet<string>): string[] {
  const results: string[] = [];
  const money = String.raw`\$[\d,]+(?:\.\d{2})?`;
  const expression = new RegExp(
    String.raw`(${money}(?:\s*(?:[+×]\s*${money}|×\s*\d+(?:\s+paychecks)?|÷\s*\d+))+)\s*=\s*(${money})`,
    "g",
  );
  for (const m of answer.matchAll(expression)) {
    const operands = m[1]!.match(new RegExp(money, "g")) ?? [];
    if (!operands.every((o) => extractFigures(o).every((f) => known.has(f)))) continue;
    // Left to right, × and ÷ before +, as written.
    let total = new Decimal(0);
    for (const term of m[1]!.split("+")) {
      let value: Decimal | null = null;
      for (const [, op, n] of term.matchAll(/(^|×|÷)\s*\$?([\d,]+(?:\.\d+)?)/g)) {
        const x = new Decimal(n!.replace(/,/g, ""));
        value = value === null ? x : op === "×" ? value.times(x) : value.dividedBy(x);
      }
      total = total.plus(value ?? 0);
    }
    const result = new Decimal(m[2]!.replace(/[$,]/g, ""));
    if (total.toDecimalPlaces(2, Decimal.ROUND_HALF_UP).equals(result))
      results.push(...extractFigures(m[2]!));
  }
  return results;
}

// A figure is the same whether its thousands are separated ("1653.60" printed by an export, "$1,653.60" said).
const normal = (s: string) =>
  s
    .toLowerCase()
    .replace(/(\d),(?=\d{3}\b)/g, "$1")
    .replace(/\.00\b/g, "");
const counts = {
  answerable: 0,
  figureAsked: 0,
  figure: 0,
  document: 0,
  documentAsked: 0,
  notIn: 0,
  notInHits: 0,
  wrongPlan: 0,
  invented: 0,
};
const timings: number[] = [];
const byFacet = new Map<string, { n: number; ok: number }>();
for (const item of set.questions) {
  if (only && !item.q.toLowerCase().includes(only)) continue;
  const benefits = benefitsOf(item.persona);
  const started = performance.now();
  const answer = await answerBenefitsQuestion(
    { employeeId: item.persona, clientId: benefits.clientId, question: item.q },
    deps,
  );
  timings.push(performance.now() - started);
  const client = clients.get(benefits.clientId)!;
  const own = new Set(benefits.enrollments.flatMap((e) => e.plan.documents));
  const others = client.plans.filter(
    (p) =>
      ["medical", "dental", "vision"].includes(p.type) &&
      !benefits.enrollments.some((e) => e.plan.code === p.code),
  );
  const foreign = answer.citations.filter(
    (c) => others.some((p) => p.documents.includes(c.document)) && !own.has(c.document),
  );
  if (foreign.length > 0) counts.wrongPlan++;
  const known = new Set([...client.sources, item.q].flatMap(extractFigures));
  for (const figure of shownArithmetic(answer.answer, known)) known.add(figure);
  const invented = [...new Set(extractFigures(answer.answer))].filter((f) => !known.has(f));
  if (invented.length > 0) counts.invented++;

  let ok = true;
  const notes: string[] = [];
  if (item.expect.notInDocuments) {
    counts.notIn++;
    if (!answer.found) counts.notInHits++;
    else {
      ok = false;
      notes.push("should be not found");
    }
  } else {
    counts.answerable++;
    if (item.expect.figure !== null) {
      counts.figureAsked++;
      if (normal(answer.answer).includes(normal(item.expect.figure))) counts.figure++;
      else {
        ok = false;
        notes.push(`figure ${item.expect.figure} missing`);
      }
    }
    if (item.expect.document !== null) {
      counts.documentAsked++;
      const top = answer.citations[0];
      // A quote is the document's text as read, without its Markdown emphasis ("**Deductible:**").
      const plain = (text: string) => text.replace(/\*\*|__|`/g, "").toLowerCase();
      const cite = item.expect.cite ? plain(item.expect.cite) : undefined;
      const citeOk = !cite || plain(`${top?.section} ${top?.quote}`).includes(cite);
      if (top?.document === item.expect.document && citeOk) counts.document++;
      else {
        ok = false;
        notes.push(
          `expected ${item.expect.document}${cite ? ` ~ "${cite}"` : ""}, cited ${top ? `${top.document} § ${top.section}` : "nothing"}`,
        );
      }
    }
  }
  if (foreign.length > 0) notes.push(`ANOTHER PLAN CITED: ${foreign.map((c) => c.document).join(", ")}`);
  if (invented.length > 0) notes.push(`FIGURES NOT IN SOURCES: ${invented.join(", ")}`);
  const facet = item.facet?.split("|")[0] ?? "other";
  const f = byFacet.get(facet) ?? { n: 0, ok: 0 };
  f.n++;
  if (ok && notes.length === 0) f.ok++;
  byFacet.set(facet, f);
  if (verbose || (failures && (!ok || notes.length > 0))) {
    console.log(`${ok && notes.length === 0 ? "✓" : "✗"} [${item.persona}] ${item.q}`);
    for (const n of notes) console.log(`   ${n}`);
    console.log(`   answer: ${answer.answer}`);
  }
}

const pct = (a: number, b: number) => `${a}/${b} = ${b === 0 ? "—" : ((100 * a) / b).toFixed(1)}%`;
const sorted = [...timings].sort((a, b) => a - b);
const p95 = sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))] ?? 0;
console.log(`\nevaluation set: ${dir}`);
console.log(
  `questions: ${set.questions.length} (${counts.answerable} answerable, ${counts.notIn} not in the documents); documents refused: ${refused}, skipped: ${skipped}`,
);
console.log(`right figure:                 ${pct(counts.figure, counts.figureAsked)} (target ≥ 95%)`);
console.log(`right document cited first:   ${pct(counts.document, counts.documentAsked)} (target ≥ 95%)`);
console.log(`not in documents → a person:  ${pct(counts.notInHits, counts.notIn)} (target ≥ 95%)`);
console.log(`another plan cited:           ${counts.wrongPlan} answers (target 0)`);
console.log(`figures not in the sources:   ${counts.invented} answers (target 0)`);
console.log(
  `answer p95: ${p95.toFixed(2)} ms (mean ${(timings.reduce((a, b) => a + b, 0) / Math.max(1, timings.length)).toFixed(2)} ms)`,
);
console.log(
  `by facet (all checks passed): ${[...byFacet].map(([k, v]) => `${k} ${v.ok}/${v.n}`).join(", ")}`,
);
