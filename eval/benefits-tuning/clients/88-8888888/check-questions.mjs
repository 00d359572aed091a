// Consistency checks for the 88-8888888 tuning set (Harborlight Marine Logistics).
// Run from /work/main:  node eval/benefits-tuning/clients/88-8888888/check-questions.mjs
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { pdfTexts } from "./make-pdfs.mjs";

const HERE = path.dirname(fileURLToPath(import.meta.url));
const DOCS = path.join(HERE, "documents");
const QFILE = path.join(HERE, "..", "..", "questions-88-8888888.json");
const EIN = "88-8888888";
const TIERS = ["employee", "employee_spouse", "employee_children", "family"];
const TIER_LABEL = { employee: "Employee only", employee_spouse: "Employee + spouse", employee_children: "Employee + child(ren)", family: "Employee + family" };
const HANDBOOK = "employee-handbook-benefits-2026.md";
const HANDBOOK_SECTION = { "PPO-LOW": "Choice PPO 500", "HDHP-HSA": "Saver HDHP 3400", "HMO-SELECT": "Coastal HMO Select", "DENTAL-BASE": "Brightbay DPPO Base", "DENTAL-BUYUP": "Brightbay DPPO Buy-up", VISION: "ClearHarbor Vision Plus" };
// Terms that must not occur in any document, so the not-in-documents questions stay unanswerable.
const BANNED = [/401\s*\(?k\)?/i, /\bPTO\b/i, /paid time off/i, /vacation/i, /life insurance/i, /\bgym\b/i, /fitness/i, /nitrous/i, /laughing gas/i, /sedation/i, /jardiance/i, /formulary/i, /\bID card/i, /Vargas/i, /Port Ardis Pediatrics/i];

const errors = [];
const warnings = [];
const err = (m) => errors.push(m);

const client = JSON.parse(fs.readFileSync(path.join(HERE, "client.json"), "utf8"));
const qs = JSON.parse(fs.readFileSync(QFILE, "utf8"));

// ------------------------------------------------------------ document texts
const pdf = pdfTexts();
const norm = (s) => s.replace(/[ \t\u00a0]+/g, " ");
const docText = {};
for (const f of fs.readdirSync(DOCS)) {
  if (f.endsWith(".pdf")) {
    if (!pdf[f]) err(`PDF ${f} is not produced by make-pdfs.mjs`);
    else docText[f] = pdf[f].map(norm).join("\n");
  } else docText[f] = norm(fs.readFileSync(path.join(DOCS, f), "utf8"));
}
for (const f of Object.keys(pdf)) if (!fs.existsSync(path.join(DOCS, f))) err(`PDF ${f} missing on disk: run make-pdfs.mjs`);
const ndocs = Object.keys(docText).length;
if (ndocs < 6 || ndocs > 8) err(`expected 6-8 documents, found ${ndocs}`);

for (const [f, t] of Object.entries(docText)) for (const re of BANNED) if (re.test(t)) err(`banned term ${re} occurs in ${f}`);

// ------------------------------------------------------------ client.json
if (client.employer?.ein !== EIN) err("employer.ein");
if (!client.employer?.name) err("employer.name");
if (!["weekly", "biweekly", "semimonthly", "monthly"].includes(client.employer?.payFrequency)) err("payFrequency");
const plans = new Map();
const money = /^\d+(\.\d{2})?$/;
const fmt = (s) => "$" + Number(s).toLocaleString("en-US", { minimumFractionDigits: s.includes(".") ? 2 : 0 });
const referenced = new Set();
for (const p of client.plans) {
  if (plans.has(p.code)) err(`duplicate plan ${p.code}`);
  plans.set(p.code, p);
  if (!["medical", "dental", "vision"].includes(p.type)) err(`${p.code}: type`);
  if (p.planYear !== 2026) err(`${p.code}: planYear`);
  for (const [t, v] of Object.entries(p.tiers)) {
    if (!TIERS.includes(t)) err(`${p.code}: unknown tier ${t}`);
    for (const k of ["employee", "employer"]) if (typeof v[k] !== "string" || !money.test(v[k])) err(`${p.code}.${t}.${k} not a money string`);
  }
  for (const k of ["deductible", "outOfPocketMax"]) if (p[k]) for (const w of ["individual", "family"]) if (typeof p[k][w] !== "string" || !money.test(p[k][w])) err(`${p.code}.${k}.${w}`);
  if (!p.documents?.length) err(`${p.code}: no documents`);
  for (const d of p.documents ?? []) { referenced.add(d); if (!docText[d]) err(`${p.code}: document ${d} missing`); }
  // premiums agree with the handbook, inside this plan's own table
  const hb = docText[HANDBOOK];
  const start = hb.indexOf(`#### ${HANDBOOK_SECTION[p.code]}: per-paycheck contributions`);
  if (start < 0) err(`${p.code}: handbook table missing`);
  else {
    const section = hb.slice(start, hb.indexOf("####", start + 5) > 0 ? hb.indexOf("####", start + 5) : hb.indexOf("### 7.6"));
    for (const [t, v] of Object.entries(p.tiers)) {
      const row = `| ${TIER_LABEL[t]} | ${fmt(v.employee)} | ${fmt(v.employer)} |`;
      if (!section.includes(row)) err(`${p.code}.${t}: handbook row "${row}" not found`);
    }
  }
  // deductible / OOP agree with the plan's own document (and the comparison PDF for medical plans)
  const own = docText[p.documents[0]].replace(/\s+/g, " ");
  if (p.deductible) {
    const d = p.deductible;
    const expect = p.code === "HMO-SELECT" ? ["$0"] : [fmt(d.individual), fmt(d.family)];
    for (const e of expect) if (!own.includes(e)) err(`${p.code}: deductible ${e} not in ${p.documents[0]}`);
    if (p.type === "dental" && !own.includes(`${fmt(d.individual)} per person / ${fmt(d.family)} per family`)) err(`${p.code}: dental deductible text`);
  }
  if (p.outOfPocketMax) {
    const o = p.outOfPocketMax;
    if (!own.includes(`${fmt(o.individual)} individual / ${fmt(o.family)}`)) err(`${p.code}: OOP ${fmt(o.individual)}/${fmt(o.family)} not in ${p.documents[0]}`);
  }
  if (p.type === "medical") {
    const cmp = pdf["harborlight-medical-comparison-2026.pdf"];
    const col = ["PPO-LOW", "HDHP-HSA", "HMO-SELECT"].indexOf(p.code);
    const dedRow = cmp.indexOf("Annual deductible (individual / family)");
    const oopRow = cmp.indexOf("Out-of-pocket maximum (individual / family)");
    const ded = p.code === "HMO-SELECT" ? "$0" : `${fmt(p.deductible.individual)} / ${fmt(p.deductible.family)}`;
    if (!cmp[dedRow + 1 + col]?.startsWith(ded)) err(`${p.code}: comparison PDF deductible cell "${cmp[dedRow + 1 + col]}"`);
    if (cmp[oopRow + 1 + col] !== `${fmt(p.outOfPocketMax.individual)} / ${fmt(p.outOfPocketMax.family)}`) err(`${p.code}: comparison PDF OOP cell`);
  }
}
const medOwn = client.plans.filter((p) => p.type === "medical").map((p) => p.documents[0]);
if (new Set(medOwn).size !== medOwn.length) err("medical plans must each list their own document first");
for (const f of Object.keys(docText)) if (!referenced.has(f)) err(`document ${f} is not listed by any plan`);
const types = client.plans.map((p) => p.type);
if (types.filter((t) => t === "medical").length !== 3 || types.filter((t) => t === "dental").length !== 2 || types.filter((t) => t === "vision").length !== 1) err("plan mix");

// ------------------------------------------------------------ personas
for (const [id, per] of Object.entries(qs.personas)) {
  if (per.client !== EIN) err(`persona ${id}: client`);
  const seen = new Set();
  for (const [code, tier] of per.enrollments) {
    const p = plans.get(code);
    if (!p) { err(`persona ${id}: unknown plan ${code}`); continue; }
    if (!p.tiers[tier]) err(`persona ${id}: plan ${code} has no tier ${tier}`);
    if (seen.has(p.type)) err(`persona ${id}: two ${p.type} plans`);
    seen.add(p.type);
  }
}

// ------------------------------------------------------------ questions
const near = (text, cite, figure) => {
  // the figure must occur close to (or inside) an occurrence of the cite phrase
  let i = text.indexOf(cite);
  while (i >= 0) {
    const win = text.slice(Math.max(0, i - 300), i + cite.length + 800);
    if (win.includes(figure)) return true;
    i = text.indexOf(cite, i + 1);
  }
  return false;
};
const facetCount = {};
let answerable = 0, nid = 0, es = 0;
qs.questions.forEach((q, n) => {
  const tag = `Q${n + 1} (${q.persona})`;
  const per = qs.personas[q.persona];
  if (!per) { err(`${tag}: unknown persona`); return; }
  if (!q.q || typeof q.q !== "string") err(`${tag}: q`);
  if (!["en", "es"].includes(q.lang)) err(`${tag}: lang`);
  if (q.lang === "es") es++;
  for (const f of (q.facet || "").split(/\s+/).filter(Boolean)) facetCount[f] = (facetCount[f] || 0) + 1;
  const e = q.expect;
  if (!e || typeof e.notInDocuments !== "boolean") { err(`${tag}: expect.notInDocuments`); return; }
  if (e.notInDocuments) {
    nid++;
    if (e.figure !== null || e.document !== null || e.cite !== null) err(`${tag}: not-in-documents must have null figure/document/cite`);
    return;
  }
  answerable++;
  if (!e.document || !docText[e.document]) { err(`${tag}: document ${e.document} missing`); return; }
  const enrolled = per.enrollments.map(([c, t]) => [plans.get(c), t]).filter(([p]) => p);
  const owners = enrolled.filter(([p]) => p.documents.includes(e.document));
  if (!owners.length) err(`${tag}: ${e.document} is not listed by any of the persona's plans`);
  const text = docText[e.document];
  if (!e.cite || !text.includes(norm(e.cite))) err(`${tag}: cite "${e.cite}" not found in ${e.document}`);
  if (e.figure === null) {
    if (!/exclusion/.test(q.facet)) err(`${tag}: null figure but not an exclusion`);
  } else {
    if (!text.includes(e.figure)) err(`${tag}: figure "${e.figure}" not in ${e.document}`);
    else if (e.cite && pdf[e.document]) {
      // PDFs: the figure must be drawn in the cited text item or within the next 3 items (same row / box)
      const items = pdf[e.document].map(norm);
      const ok = items.some((s, i) => s.includes(norm(e.cite)) && items.slice(i, i + 4).some((t) => t.includes(e.figure)));
      if (!ok) err(`${tag}: figure "${e.figure}" not drawn next to cite "${e.cite}" in ${e.document}`);
    } else if (e.cite && !near(text, norm(e.cite), e.figure)) err(`${tag}: figure "${e.figure}" not near cite "${e.cite}"`);
  }
  if (/\bpremium\b/.test(q.facet) && e.figure && !/hsa/.test(q.facet)) {
    const ok = enrolled.some(([p, t]) => fmt(p.tiers[t].employee) === e.figure);
    if (!ok) err(`${tag}: premium figure ${e.figure} is not the persona's own per-paycheck amount`);
  }
  if (/exclusion/.test(q.facet) && e.figure !== null) err(`${tag}: exclusion with a figure`);
  if (e.document === "harborlight-medical-comparison-2026.pdf") warnings.push(`${tag}: expects the comparison PDF`);
});
if (qs.questions.length !== 60) err(`expected 60 questions, found ${qs.questions.length}`);
const np = Object.keys(qs.personas).length;
if (np < 5 || np > 6) err(`expected 5-6 personas, found ${np}`);

// ------------------------------------------------------------ optional: real PDF text extraction
try {
  const { extractText, getDocumentProxy } = await import("unpdf");
  for (const f of Object.keys(pdf)) {
    const doc = await getDocumentProxy(new Uint8Array(fs.readFileSync(path.join(DOCS, f))));
    const { text } = await extractText(doc, { mergePages: true });
    const flat = text.replace(/\s+/g, " ");
    for (const s of pdf[f]) if (!flat.includes(s.replace(/\s+/g, " "))) warnings.push(`${f}: drawn text wraps in extraction: "${s.slice(0, 60)}"`);
    qs.questions.forEach((q, n) => {
      if (q.expect.document === f && !flat.includes(q.expect.cite)) err(`Q${n + 1}: cite not found in extracted text of ${f}`);
    });
  }
} catch (e) {
  warnings.push(`PDF extraction skipped: ${e.message}`);
}

console.log(`questions: ${qs.questions.length} (answerable ${answerable}, not-in-documents ${nid}, Spanish ${es})`);
console.log("facets:", Object.entries(facetCount).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k}=${v}`).join(", "));
for (const w of warnings) console.log("warning:", w);
if (errors.length) {
  for (const e of errors) console.log("ERROR:", e);
  process.exit(1);
}
console.log("OK");
