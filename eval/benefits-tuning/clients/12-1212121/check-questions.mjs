// Consistency checker for the 12-1212121 tuning client (Elkhorn Basin Hospital District).
//
//   node eval/benefits-tuning/clients/12-1212121/check-questions.mjs
//
// Checks:
//  - client.json shape, plan documents exist, 6-8 documents with at least two PDFs, each plan's
//    first document is its own (lists the plan's name)
//  - plan figures (deductible, out-of-pocket maximum, per-paycheck premiums) appear in the plan's documents
//  - every persona's plans and tiers exist in client.json
//  - every expected cite phrase appears verbatim in the named document (PDF text is taken from
//    make-pdfs.mjs --text-only, i.e. the exact strings drawn into the PDF)
//  - every expected figure appears in that document close to the cite phrase
//  - every answer-bearing document is listed in the `documents` of one of the persona's plans
//  - premium questions expect the persona's own tier figure (or, for comparisons, the other plan's figure at the same tier)
//  - question counts (about 120, about 35 not in the documents, about 12 in Spanish), some personas
//    without dental or vision
//  - not-in-documents questions: probe words for the thing asked appear in none of the documents
// As an extra, the real PDF files are parsed with unpdf (if installed) and cite phrases are looked up
// in the extracted text; misses there are reported as warnings only.
// Exits 1 on any error.

import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const HERE = path.dirname(fileURLToPath(import.meta.url));
const DOCS = path.join(HERE, "documents");
const QUESTIONS = path.resolve(HERE, "..", "..", "questions-12-1212121.json");
const EIN = "12-1212121";
const WINDOW_BEFORE = 150;
const WINDOW_AFTER = 600;

const errors = [];
const warnings = [];
const err = (m) => errors.push(m);
const warn = (m) => warnings.push(m);

// ------------------------------------------------------------------ text loading

const collapse = (s) => s.replace(/\s+/g, " ").trim();

function decodeEntities(s) {
  const named = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " ", mdash: "\u2014", ndash: "\u2013", middot: "\u00b7", rsquo: "\u2019", lsquo: "\u2018", rdquo: "\u201d", ldquo: "\u201c" };
  return s
    .replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&([a-z]+);/gi, (m, n) => named[n.toLowerCase()] ?? m);
}

function htmlToText(html) {
  return decodeEntities(
    html
      .replace(/<style[\s\S]*?<\/style>/gi, " ")
      .replace(/<script[\s\S]*?<\/script>/gi, " ")
      .replace(/<[^>]+>/g, " "),
  );
}

// Minimal RFC 4180 parser: rows of cells (quoted cells may hold commas). Cells are joined with " | "
// so that a percentage followed by the next cell ("100%,80%") reads as two figures.
function parseCsv(raw) {
  const rows = [];
  let row = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < raw.length; i++) {
    const ch = raw[i];
    if (quoted) {
      if (ch === '"' && raw[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      row.push(cell);
      cell = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && raw[i + 1] === "\n") i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
    } else cell += ch;
  }
  if (cell !== "" || row.length) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

const pdfText = JSON.parse(
  execFileSync(process.execPath, [path.join(HERE, "make-pdfs.mjs"), "--text-only"], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 }),
);

const docFiles = fs.readdirSync(DOCS).filter((f) => !f.startsWith("."));
const docText = {};
for (const f of docFiles) {
  const ext = path.extname(f).toLowerCase();
  if (ext === ".pdf") {
    if (!(f in pdfText)) err(`documents/${f}: PDF not produced by make-pdfs.mjs (no recorded text)`);
    else docText[f] = collapse(pdfText[f]);
  } else {
    const raw = fs.readFileSync(path.join(DOCS, f), "utf8");
    if (ext === ".html" || ext === ".htm") docText[f] = collapse(htmlToText(raw));
    else if (ext === ".md") docText[f] = collapse(raw.replace(/\*\*|__|`/g, ""));
    else if (ext === ".csv") docText[f] = collapse(parseCsv(raw).map((r) => r.filter((c) => c !== "").join(" | ")).join("\n"));
    else docText[f] = collapse(raw);
  }
}
for (const f of Object.keys(pdfText)) if (!docFiles.includes(f)) err(`make-pdfs.mjs records ${f} but documents/${f} does not exist (run make-pdfs.mjs)`);

const pdfCount = docFiles.filter((f) => f.toLowerCase().endsWith(".pdf")).length;
if (docFiles.length < 6 || docFiles.length > 8) err(`documents/ holds ${docFiles.length} files; expected 6 to 8`);
if (pdfCount < 2) err(`documents/ holds ${pdfCount} PDFs; expected at least 2`);

// optional: real extraction from the PDF files
const extracted = {};
try {
  const { extractText, getDocumentProxy } = await import("unpdf");
  for (const f of docFiles.filter((x) => x.toLowerCase().endsWith(".pdf"))) {
    const pdf = await getDocumentProxy(new Uint8Array(fs.readFileSync(path.join(DOCS, f))));
    const { text } = await extractText(pdf, { mergePages: true });
    extracted[f] = collapse(text);
  }
} catch (e) {
  warn(`PDF extraction cross-check skipped (${e.message.split("\n")[0]})`);
}

// ------------------------------------------------------------------ figures

const esc = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const figureRe = (fig) => new RegExp(`(?<![0-9])${esc(fig)}(?![0-9]|[.,][0-9])`, "g");
const money = (s) => {
  const [int, dec] = String(s).split(".");
  const withCommas = int.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `$${withCommas}${dec !== undefined ? `.${dec}` : ""}`;
};
const inDoc = (file, fig) => figureRe(fig).test(docText[file] ?? "");

function indexesOf(hay, needle) {
  const out = [];
  let i = hay.indexOf(needle);
  while (i !== -1) {
    out.push(i);
    i = hay.indexOf(needle, i + 1);
  }
  return out;
}

function figureNearCite(text, cite, fig) {
  const cites = indexesOf(text, cite);
  const figs = [...text.matchAll(figureRe(fig))].map((m) => m.index);
  return cites.some((c) => figs.some((f) => f >= c - WINDOW_BEFORE && f <= c + cite.length + WINDOW_AFTER));
}

// ------------------------------------------------------------------ client.json

const client = JSON.parse(fs.readFileSync(path.join(HERE, "client.json"), "utf8"));
const TIERS = ["employee", "employee_spouse", "employee_children", "family"];
if (client.employer?.ein !== EIN) err(`client.json employer.ein is ${client.employer?.ein}, expected ${EIN}`);
if (!client.employer?.name) err("client.json employer.name missing");
if (!["weekly", "biweekly", "semimonthly", "monthly"].includes(client.employer?.payFrequency)) err("client.json employer.payFrequency invalid");

const plans = new Map();
for (const p of client.plans ?? []) {
  const where = `client.json plan ${p.code}`;
  if (plans.has(p.code)) err(`${where}: duplicate code`);
  plans.set(p.code, p);
  if (!["medical", "dental", "vision"].includes(p.type)) err(`${where}: bad type ${p.type}`);
  if (!p.name) err(`${where}: name missing`);
  if (p.planYear !== 2026) err(`${where}: planYear should be 2026`);
  for (const [tier, v] of Object.entries(p.tiers ?? {})) {
    if (!TIERS.includes(tier)) err(`${where}: unknown tier ${tier}`);
    for (const k of ["employee", "employer"]) if (typeof v[k] !== "string" || !/^\d+\.\d{2}$/.test(v[k])) err(`${where}: tier ${tier}.${k} must be a string like "41.20"`);
  }
  for (const k of ["deductible", "outOfPocketMax"]) {
    if (p[k]) for (const [kk, vv] of Object.entries(p[k])) if (typeof vv !== "string" || !/^\d+$/.test(vv)) err(`${where}: ${k}.${kk} must be a string of digits`);
  }
  if (!Array.isArray(p.documents) || p.documents.length === 0) err(`${where}: documents list empty`);
  for (const d of p.documents ?? []) if (!docFiles.includes(d)) err(`${where}: document ${d} not found in documents/`);

  // figures in client.json must be printed in the plan's documents
  const first = p.documents?.[0];
  const shortName = p.name.replace(/^(Granite Range|Cordillera|Kestrel) /, "");
  if (first && docText[first] && !docText[first].includes(shortName)) err(`${where}: first document ${first} does not name the plan (${shortName})`);
  if (first && docText[first]) {
    for (const k of ["deductible", "outOfPocketMax"]) {
      for (const [kk, vv] of Object.entries(p[k] ?? {})) {
        if (!inDoc(first, money(vv))) err(`${where}: ${k}.${kk} ${money(vv)} not printed in its own document ${first}`);
      }
    }
  }
  for (const [tier, v] of Object.entries(p.tiers ?? {})) {
    for (const k of ["employee", "employer"]) {
      const fig = money(v[k]);
      if (!(p.documents ?? []).some((d) => inDoc(d, fig))) err(`${where}: ${tier}.${k} ${fig} per paycheck not printed in any of the plan's documents`);
    }
  }
}
const types = [...plans.values()].map((p) => p.type);
if (types.filter((t) => t === "medical").length < 2) err("client.json: need at least two medical plans");
if (!types.includes("dental")) err("client.json: need a dental plan");
if (!types.includes("vision")) err("client.json: need a vision plan");

// dental carrier monthly rates must match the per-paycheck split (semimonthly: 24 paychecks / 12 months)
const perYear = { weekly: 52, biweekly: 26, semimonthly: 24, monthly: 12 }[client.employer.payFrequency];
for (const p of plans.values()) {
  if (p.type !== "dental") continue;
  const sheet = p.documents[0];
  for (const [tier, v] of Object.entries(p.tiers)) {
    const monthly = (((Number(v.employee) + Number(v.employer)) * perYear) / 12).toFixed(2);
    if (!inDoc(sheet, money(monthly))) err(`client.json plan ${p.code}: monthly total ${money(monthly)} for ${tier} not found in ${sheet}`);
  }
}

// ------------------------------------------------------------------ questions

const data = JSON.parse(fs.readFileSync(QUESTIONS, "utf8"));
const personas = data.personas ?? {};
for (const [id, per] of Object.entries(personas)) {
  if (per.client !== EIN) err(`persona ${id}: client ${per.client} != ${EIN}`);
  const seenTypes = new Set();
  for (const [code, tier] of per.enrollments ?? []) {
    const p = plans.get(code);
    if (!p) {
      err(`persona ${id}: plan ${code} not in client.json`);
      continue;
    }
    if (!p.tiers?.[tier]) err(`persona ${id}: plan ${code} has no tier ${tier}`);
    if (seenTypes.has(p.type)) err(`persona ${id}: enrolled in two ${p.type} plans`);
    seenTypes.add(p.type);
  }
}
const nPersonas = Object.keys(personas).length;
if (nPersonas < 5 || nPersonas > 7) err(`expected 5-7 personas, found ${nPersonas}`);

const withoutDental = Object.values(personas).filter((per) => !per.enrollments.some(([c]) => plans.get(c)?.type === "dental")).length;
const withoutVision = Object.values(personas).filter((per) => !per.enrollments.some(([c]) => plans.get(c)?.type === "vision")).length;
if (!withoutDental) err("no persona without dental");
if (!withoutVision) err("no persona without vision");

const qs = data.questions ?? [];
if (qs.length < 110 || qs.length > 130) err(`expected about 120 questions (110-130), found ${qs.length}`);

// Not-in-documents probes: the thing each such question asks about must appear in no document
// (case-insensitive). Every not-in-documents question must have a probe here.
const NID_PROBES = [
  ["tobacco surcharge", ["tobacco", "nicotine", "surcharge"]],
  ["night guard", ["night guard", "nightguard", "bruxism", "grinding", "occlusal"]],
  ["blue light", ["blue light", "blue-light"]],
  ["ABA therapy", ["ABA", "autism", "applied behavior"]],
  ["Employee Health open", ["hours of operation", "open from", "a.m.-", "Employee Health is open"]],
  ["pet insurance", ["pet insurance", "veterinar"]],
  ["routine hearing test", ["hearing test", "hearing exam", "audiolog"]],
  ["COBRA if I quit", ["102%", "COBRA premium", "COBRA cost", "COBRA rate"]],
  ["PTO hours get paid out", ["paid out", "payout", "cash out", "cash-out"]],
  ["457b this year", ["$24,500", "$23,500", "contribution limit", "deferral limit", "IRS limit"]],
  ["invest my HSA", ["invest", "mutual fund", "index fund"]],
  ["monthly fee on the HSA", ["monthly fee", "maintenance fee", "account fee", "service fee"]],
  ["dietitian", ["dietitian", "nutrition"]],
  ["critical illness", ["critical illness", "accident insurance", "hospital indemnity"]],
  ["allergy testing", ["allergy test", "allergy testing"]],
  ["wigs", ["wig", "cranial prosthe"]],
  ["spousal surcharge", ["surcharge", "working spouse"]],
  ["sedation", ["sedation", "nitrous", "general anesthesia"]],
  ["supplemental life for my spouse cost", ["per $1,000", "per $10,000", "rate per", "age-banded"]],
  ["legal plan", ["legal plan", "legal services", "attorney", "will preparation"]],
  ["Eliquis", ["Eliquis", "formulary"]],
  ["adoption costs", ["adoption assistance", "adoption reimbursement", "adoption benefit"]],
  ["mouthguard", ["mouthguard", "mouth guard", "athletic"]],
  ["vision therapy", ["vision therapy", "amblyopia", "lazy eye", "orthoptic"]],
  ["gym reimbursement", ["gym", "wellness", "fitness"]],
  ["RN license renewal", ["license renewal", "licensure"]],
  ["2027", ["2027 rate", "2027 premium", "rates for 2027", "premiums for 2027"]],
  ["bone grafts", ["graft"]],
  ["discount on hearing aids through Kestrel", ["hearing aid discount", "discount on hearing"]],
  ["interest rate", ["interest"]],
  ["bereavement", ["bereavement", "funeral"]],
  ["retiree health", ["retiree", "retirement medical", "retiree medical"]],
  ["hospital pharmacy", ["pharmacy discount", "employee discount"]],
  ["retainer", ["retainer", "replacement appliance"]],
  ["doula", ["doula", "birth coach"]],
];
const allDocText = Object.values(docText).join(" \n ").toLowerCase();

const stats = { answerable: 0, notInDocs: 0, es: 0, comparison: 0, exclusion: 0, figureNull: 0 };
const facetCount = {};
const perPersona = {};
const perDoc = {};
const seenQ = new Set();

qs.forEach((q, i) => {
  const at = `q#${i + 1} (${q.persona}: "${String(q.q).slice(0, 50)}")`;
  const per = personas[q.persona];
  if (!per) {
    err(`${at}: unknown persona`);
    return;
  }
  perPersona[q.persona] = (perPersona[q.persona] ?? 0) + 1;
  if (!q.q || typeof q.q !== "string") err(`${at}: empty question`);
  if (seenQ.has(q.q)) err(`${at}: duplicate question text`);
  seenQ.add(q.q);
  if (!["en", "es"].includes(q.lang)) err(`${at}: lang must be en or es`);
  if (q.lang === "es") stats.es++;
  if (typeof q.facet !== "string" || !q.facet) err(`${at}: facet missing`);
  const tags = (q.facet ?? "").split("|").filter(Boolean);
  for (const t of tags) facetCount[t] = (facetCount[t] ?? 0) + 1;
  if (tags.includes("comparison")) stats.comparison++;
  if (tags.includes("exclusion")) stats.exclusion++;

  const e = q.expect ?? {};
  for (const k of ["figure", "document", "cite", "notInDocuments"]) if (!(k in e)) err(`${at}: expect.${k} missing`);
  if (e.notInDocuments === true) {
    stats.notInDocs++;
    if (e.figure !== null || e.document !== null || e.cite !== null) err(`${at}: notInDocuments questions need figure/document/cite null`);
    if (!tags.includes("not-in-docs")) err(`${at}: notInDocuments question should carry the not-in-docs facet`);
    const probe = NID_PROBES.find(([key]) => q.q.toLowerCase().includes(key.toLowerCase()));
    if (!probe) err(`${at}: no probe words listed for this not-in-documents question`);
    else for (const w of probe[1]) if (allDocText.includes(w.toLowerCase())) err(`${at}: probe "${w}" appears in a document, so the question may be answerable`);
    return;
  }
  if (e.notInDocuments !== false) err(`${at}: notInDocuments must be true or false`);
  stats.answerable++;
  if (tags.includes("not-in-docs")) err(`${at}: answerable question tagged not-in-docs`);

  const doc = e.document;
  if (!doc || !docFiles.includes(doc)) {
    err(`${at}: document ${doc} not found in documents/`);
    return;
  }
  perDoc[doc] = (perDoc[doc] ?? 0) + 1;
  const personaPlans = per.enrollments.map(([c]) => plans.get(c)).filter(Boolean);
  if (!personaPlans.some((p) => p.documents.includes(doc))) err(`${at}: ${doc} is not listed in the documents of any of the persona's plans`);

  const text = docText[doc] ?? "";
  if (!e.cite || typeof e.cite !== "string") err(`${at}: cite missing`);
  else if (!text.includes(collapse(e.cite))) err(`${at}: cite "${e.cite}" not found verbatim in ${doc}`);
  else if (extracted[doc] !== undefined && !extracted[doc].includes(collapse(e.cite))) warn(`${at}: cite "${e.cite}" not found in text extracted from the PDF file ${doc}`);

  if (e.figure === null) {
    stats.figureNull++;
    if (tags.includes("exclusion") === false && tags.includes("comparison") === false && /premium|deductible|oop-max|copay/.test(q.facet)) {
      warn(`${at}: figure null on a ${q.facet} question`);
    }
  } else {
    if (typeof e.figure !== "string" || !e.figure) err(`${at}: figure must be a string or null`);
    else if (!figureRe(e.figure).test(text)) err(`${at}: figure ${e.figure} not found in ${doc}`);
    else if (e.cite && text.includes(collapse(e.cite)) && !figureNearCite(text, collapse(e.cite), e.figure)) err(`${at}: figure ${e.figure} not near cite "${e.cite}" in ${doc}`);
  }
  if (tags.includes("exclusion") && e.figure !== null) err(`${at}: exclusion questions should have figure null`);

  // premium figures must be the persona's own tier (comparisons: another plan of the same type, same tier)
  if (tags.includes("premium") && e.figure) {
    const own = per.enrollments.map(([c, t]) => money(plans.get(c)?.tiers?.[t]?.employee ?? "0"));
    if (tags.includes("comparison")) {
      const allowed = [];
      for (const [c, t] of per.enrollments) {
        const mine = plans.get(c);
        for (const other of plans.values()) if (other.type === mine.type && other.code !== c && other.tiers[t]) allowed.push(money(other.tiers[t].employee));
      }
      if (!allowed.includes(e.figure)) err(`${at}: comparison premium ${e.figure} is not the other plan's figure at the persona's tier (${allowed.join(", ")})`);
    } else if (!own.includes(e.figure)) err(`${at}: premium ${e.figure} is not the persona's own per-paycheck figure (${own.join(", ")})`);
  }
});

// ------------------------------------------------------------------ report

console.log(`client ${EIN}: ${client.employer.name} | ${plans.size} plans | ${docFiles.length} documents (${pdfCount} PDF)`);
console.log(`questions: ${qs.length} | answerable ${stats.answerable} | not in documents ${stats.notInDocs} | Spanish ${stats.es} | comparisons ${stats.comparison} | exclusions ${stats.exclusion} | figure null (answerable) ${stats.figureNull}`);
console.log(`per persona: ${Object.entries(perPersona).map(([k, v]) => `${k} ${v}`).join(", ")}`);
console.log(`per document: ${Object.entries(perDoc).map(([k, v]) => `${k} ${v}`).join(", ")}`);
console.log(
  `facets: ${Object.entries(facetCount)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([k, v]) => `${k} ${v}`)
    .join(", ")}`,
);
for (const w of warnings) console.log(`WARN  ${w}`);
for (const m of errors) console.log(`ERROR ${m}`);
if (errors.length) {
  console.log(`${errors.length} error(s)`);
  process.exit(1);
}
if (stats.notInDocs < 30 || stats.notInDocs > 40) {
  console.log(`ERROR expected about 35 not-in-documents questions, found ${stats.notInDocs}`);
  process.exit(1);
}
if (stats.es < 10 || stats.es > 14) {
  console.log(`ERROR expected about 12 Spanish questions, found ${stats.es}`);
  process.exit(1);
}
console.log(`personas without dental: ${withoutDental}, without vision: ${withoutVision}`);
console.log("OK: all checks passed");
