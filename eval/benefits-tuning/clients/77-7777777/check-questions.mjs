// Checks the tuning questions for Harborlight Marine Logistics, Inc. (EIN 77-7777777).
// Run from /work/main:  node eval/benefits-tuning/clients/77-7777777/check-questions.mjs
//
// - client.json has the required shape, and every document it names exists;
// - premiums, deductibles and out-of-pocket maximums in client.json are printed in the documents;
// - the CSV is well formed (header row, every cell quoted, same number of cells per row);
// - each persona's plans and tiers exist;
// - each answerable question names a document listed in the plan it is about (for a plan the
//   persona is enrolled in), and its cite phrase and expected figure appear in that document
//   (PDF: in the text make-pdfs.mjs draws), with the figure near the cite;
// - premium / deductible / out-of-pocket figures agree with client.json for the persona's tier;
// - not-in-documents questions have null figure, document and cite.

import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { sbcText, SBC_FILE } from "./make-pdfs.mjs";

const HERE = path.dirname(fileURLToPath(import.meta.url));
const EIN = "77-7777777";
const DOCS = path.join(HERE, "documents");
const QUESTIONS = process.argv[2] ? path.resolve(process.argv[2]) : path.resolve(HERE, "..", "..", `questions-${EIN}.json`);
const WINDOW = 700; // characters either side of a cite within which the figure must appear

const errors = [];
const warnings = [];
const err = (m) => errors.push(m);
const warn = (m) => warnings.push(m);

const norm = (s) => s.replace(/\s+/g, " ").trim();
const money = (s) => {
  const [whole, cents] = s.split(".");
  return `$${Number(whole).toLocaleString("en-US")}${cents !== undefined ? `.${cents}` : ""}`;
};

function decodeEntities(s) {
  return s
    .replace(/&nbsp;/g, " ")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(Number(n)))
    .replace(/&amp;/g, "&");
}

function htmlText(html) {
  return decodeEntities(
    html
      .replace(/<style[\s\S]*?<\/style>/gi, " ")
      .replace(/<script[\s\S]*?<\/script>/gi, " ")
      .replace(/<\/(td|th|tr|p|li|h\d|div|section|header|footer|title)>/gi, "\n")
      .replace(/<[^>]+>/g, " "),
  );
}

// Minimal RFC 4180 parser that also reports whether every cell was quoted.
function parseCsv(text) {
  const rows = [];
  let row = [];
  let cell = "";
  let quoted = false;
  let inQuotes = false;
  let allQuoted = true;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inQuotes) {
      if (c === '"' && text[i + 1] === '"') { cell += '"'; i++; }
      else if (c === '"') inQuotes = false;
      else cell += c;
    } else if (c === '"') { inQuotes = true; quoted = true; }
    else if (c === ",") { if (!quoted) allQuoted = false; row.push(cell); cell = ""; quoted = false; }
    else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      if (!quoted) allQuoted = false;
      row.push(cell); rows.push(row); row = []; cell = ""; quoted = false;
    } else cell += c;
  }
  if (cell !== "" || row.length) { if (!quoted) allQuoted = false; row.push(cell); rows.push(row); }
  return { rows, allQuoted };
}

// ---------------------------------------------------------------------------
// Load documents
// ---------------------------------------------------------------------------

const docText = new Map(); // file name -> normalized searchable text
const docSegments = new Map(); // file name -> array of normalized segments used for proximity (CSV: rows)
for (const f of fs.readdirSync(DOCS).sort()) {
  const full = path.join(DOCS, f);
  const ext = path.extname(f).toLowerCase();
  let text;
  if (ext === ".pdf") {
    if (f !== SBC_FILE) { err(`PDF ${f} is not produced by make-pdfs.mjs`); continue; }
    text = sbcText();
    const head = fs.readFileSync(full).subarray(0, 5).toString("latin1");
    if (head !== "%PDF-") err(`${f} is not a PDF`);
  } else if (ext === ".html") {
    const raw = fs.readFileSync(full, "utf8");
    for (const tag of ["<table", "<tr", "<td", "<h1", "<h2"]) if (!raw.includes(tag)) err(`${f}: missing ${tag}`);
    text = htmlText(raw);
  } else if (ext === ".csv") {
    text = fs.readFileSync(full, "utf8");
    const { rows, allQuoted } = parseCsv(text);
    if (!allQuoted) err(`${f}: not every cell is quoted`);
    const width = rows[0].length;
    rows.forEach((r, i) => { if (r.length !== width) err(`${f}: row ${i + 1} has ${r.length} cells, header has ${width}`); });
    docSegments.set(f, rows.map((r) => norm(r.join(" | "))));
    text = rows.map((r) => r.join(" | ")).join("\n");
  } else {
    text = fs.readFileSync(full, "utf8");
    if (ext === ".md") text = text.replace(/\*\*/g, "");
  }
  docText.set(f, norm(text));
}

// ---------------------------------------------------------------------------
// client.json
// ---------------------------------------------------------------------------

const client = JSON.parse(fs.readFileSync(path.join(HERE, "client.json"), "utf8"));
const TIERS = ["employee", "employee_spouse", "employee_children", "family"];
const TYPES = ["medical", "dental", "vision"];
if (client.employer?.ein !== EIN) err(`client.json: employer.ein is ${client.employer?.ein}`);
if (!["weekly", "biweekly", "semimonthly", "monthly"].includes(client.employer?.payFrequency)) err("client.json: bad payFrequency");
const plans = new Map();
for (const p of client.plans) {
  plans.set(p.code, p);
  if (!TYPES.includes(p.type)) err(`${p.code}: bad type ${p.type}`);
  if (p.planYear !== 2026) err(`${p.code}: planYear ${p.planYear}`);
  for (const [tier, v] of Object.entries(p.tiers)) {
    if (!TIERS.includes(tier)) err(`${p.code}: bad tier ${tier}`);
    for (const k of ["employee", "employer"]) if (typeof v[k] !== "string" || !/^\d+\.\d\d$/.test(v[k])) err(`${p.code}.${tier}.${k} must be a string like "12.34"`);
  }
  for (const k of ["deductible", "outOfPocketMax"]) {
    if (p[k]) for (const kk of ["individual", "family"]) if (typeof p[k][kk] !== "string") err(`${p.code}.${k}.${kk} must be a string`);
  }
  if (!p.documents?.length) err(`${p.code}: no documents`);
  for (const d of p.documents || []) if (!docText.has(d)) err(`${p.code}: document ${d} not found in documents/`);
  // agreement: premiums in every shared document; deductibles / OOP in the plan's own document
  const shared = ["harborlight-employee-handbook-benefits-excerpt.txt", "harborlight-2026-benefits-summary.html", "harborlight-2026-rates-and-coverage.csv"];
  for (const [tier, v] of Object.entries(p.tiers)) {
    for (const d of shared) if (!docText.get(d)?.includes(money(v.employee))) err(`${p.code}.${tier}: ${money(v.employee)} not in ${d}`);
    if (!docText.get("harborlight-2026-rates-and-coverage.csv").includes(money(v.employer))) err(`${p.code}.${tier}: employer ${money(v.employer)} not in CSV`);
  }
  for (const k of ["deductible", "outOfPocketMax"]) {
    if (!p[k]) continue;
    for (const kk of ["individual", "family"]) {
      const fig = money(p[k][kk]);
      for (const d of [p.documents[0], "harborlight-2026-rates-and-coverage.csv"]) if (!docText.get(d)?.includes(fig)) err(`${p.code}.${k}.${kk}: ${fig} not in ${d}`);
    }
  }
}
const docCount = docText.size;
if (docCount < 5 || docCount > 7) err(`documents/: ${docCount} files (want 5-7)`);

// ---------------------------------------------------------------------------
// Questions
// ---------------------------------------------------------------------------

const qs = JSON.parse(fs.readFileSync(QUESTIONS, "utf8"));
for (const [id, p] of Object.entries(qs.personas)) {
  if (p.client !== EIN) err(`persona ${id}: client ${p.client}`);
  const types = new Set();
  for (const [code, tier] of p.enrollments) {
    const plan = plans.get(code);
    if (!plan) { err(`persona ${id}: plan ${code} does not exist`); continue; }
    if (!plan.tiers[tier]) err(`persona ${id}: plan ${code} has no tier ${tier}`);
    if (types.has(plan.type)) err(`persona ${id}: two ${plan.type} plans`);
    types.add(plan.type);
  }
}

function planFor(persona, facets) {
  const type = facets.includes("dental") ? "dental" : facets.includes("vision") ? "vision" : facets.includes("life") ? null : "medical";
  if (!type) return null;
  const e = persona.enrollments.find(([code]) => plans.get(code)?.type === type);
  return e ? { plan: plans.get(e[0]), tier: e[1], type } : { plan: null, tier: null, type };
}

const counts = { total: 0, answerable: 0, notInDocuments: 0, es: 0, comparison: 0, exclusion: 0 };
const facetCounts = {};
const perPersona = {};
const perDocument = {};

qs.questions.forEach((q, i) => {
  const at = `question ${i + 1} (${q.persona})`;
  counts.total++;
  const persona = qs.personas[q.persona];
  if (!persona) { err(`${at}: unknown persona`); return; }
  perPersona[q.persona] = (perPersona[q.persona] || 0) + 1;
  if (!["en", "es"].includes(q.lang)) err(`${at}: lang ${q.lang}`);
  if (q.lang === "es") counts.es++;
  if (!q.q || typeof q.q !== "string") err(`${at}: empty question`);
  const facets = String(q.facet || "").split(",").map((s) => s.trim()).filter(Boolean);
  if (!facets.length) err(`${at}: no facet`);
  for (const f of facets) facetCounts[f] = (facetCounts[f] || 0) + 1;
  if (facets.includes("comparison")) counts.comparison++;
  if (facets.includes("exclusion")) counts.exclusion++;
  const x = q.expect || {};
  for (const k of ["figure", "document", "cite", "notInDocuments"]) if (!(k in x)) err(`${at}: expect.${k} missing`);

  if (x.notInDocuments) {
    counts.notInDocuments++;
    if (x.figure !== null || x.document !== null || x.cite !== null) err(`${at}: notInDocuments but figure/document/cite not null`);
    if (!facets.includes("not-in-docs")) warn(`${at}: notInDocuments without not-in-docs facet`);
    return;
  }
  counts.answerable++;
  if (x.notInDocuments !== false) err(`${at}: notInDocuments must be false`);
  const text = docText.get(x.document);
  if (!text) { err(`${at}: document ${x.document} not found`); return; }
  perDocument[x.document] = (perDocument[x.document] || 0) + 1;

  const target = planFor(persona, facets);
  if (target) {
    if (!target.plan) err(`${at}: persona has no ${target.type} plan`);
    else if (!target.plan.documents.includes(x.document)) err(`${at}: ${x.document} not listed in ${target.plan.code}.documents`);
  } else {
    const listed = persona.enrollments.some(([code]) => plans.get(code)?.documents.includes(x.document));
    if (!listed) err(`${at}: ${x.document} not listed in any of the persona's plans`);
  }

  if (!x.cite) { err(`${at}: no cite`); return; }
  const cite = norm(x.cite);
  if (!text.includes(cite)) { err(`${at}: cite not found in ${x.document}: "${x.cite}"`); return; }

  if (x.figure === null) {
    if (!facets.includes("exclusion") && !facets.includes("out-of-network")) warn(`${at}: null figure on a question that is not an exclusion`);
    return;
  }
  if (facets.includes("exclusion")) warn(`${at}: exclusion with a figure`);
  if (!text.includes(x.figure)) { err(`${at}: figure ${x.figure} not in ${x.document}`); return; }

  // proximity: the figure must be near some occurrence of the cite (CSV: on the same row)
  let near = false;
  if (docSegments.has(x.document)) {
    near = docSegments.get(x.document).some((row) => row.includes(cite) && row.includes(x.figure));
  } else {
    for (let pos = text.indexOf(cite); pos !== -1 && !near; pos = text.indexOf(cite, pos + 1)) {
      const win = text.slice(Math.max(0, pos - WINDOW), pos + cite.length + WINDOW);
      near = win.includes(x.figure);
    }
  }
  if (!near) err(`${at}: figure ${x.figure} is not near the cite "${x.cite}" in ${x.document}`);

  // agreement with client.json for the persona's own plan and tier
  if (target?.plan && !facets.includes("comparison")) {
    const p = target.plan;
    const fam = target.tier !== "employee";
    if (facets.includes("premium") && x.figure !== money(p.tiers[target.tier].employee)) err(`${at}: premium ${x.figure} != ${money(p.tiers[target.tier].employee)} (${p.code} ${target.tier})`);
    if (facets.includes("deductible") && !facets.includes("out-of-network") && p.deductible) {
      const want = money(p.deductible[fam ? "family" : "individual"]);
      if (x.figure !== want) err(`${at}: deductible ${x.figure} != ${want}`);
    }
    if (facets.includes("oop-max") && !facets.includes("out-of-network") && p.outOfPocketMax) {
      const want = money(p.outOfPocketMax[fam ? "family" : "individual"]);
      if (x.figure !== want) err(`${at}: out-of-pocket max ${x.figure} != ${want}`);
    }
  }
  if (facets.includes("comparison") && facets.includes("premium")) {
    const other = [...plans.values()].find((p) => p.type === "medical" && p !== target?.plan);
    if (other && x.figure !== money(other.tiers[target.tier].employee)) err(`${at}: comparison premium ${x.figure} != ${money(other.tiers[target.tier].employee)} (${other.code} ${target.tier})`);
  }
});

// ---------------------------------------------------------------------------
// Report
// ---------------------------------------------------------------------------

console.log(`documents: ${docCount}`);
for (const [d, t] of docText) console.log(`  ${d}  (${t.length} chars, ${perDocument[d] || 0} answering questions)`);
console.log(`questions: ${counts.total}  answerable: ${counts.answerable}  not-in-documents: ${counts.notInDocuments}  es: ${counts.es}  comparison: ${counts.comparison}  exclusion: ${counts.exclusion}`);
console.log(`per persona: ${Object.entries(perPersona).map(([k, v]) => `${k}=${v}`).join(", ")}`);
console.log(`facets: ${Object.entries(facetCounts).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k}=${v}`).join(", ")}`);
for (const w of warnings) console.log(`warning: ${w}`);
for (const e of errors) console.log(`ERROR: ${e}`);
console.log(errors.length ? `${errors.length} error(s)` : "OK");
process.exitCode = errors.length ? 1 : 0;
