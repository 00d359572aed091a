// node eval/benefits-tuning/clients/99-9999999/check-questions.mjs  -> prints OK when every expectation is verifiable
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { sbc, dental } from "./pdf-content.mjs";

const here = path.dirname(fileURLToPath(import.meta.url));
const client = JSON.parse(fs.readFileSync(path.join(here, "client.json"), "utf8"));
const qs = JSON.parse(fs.readFileSync(path.join(here, "../../questions-99-9999999.json"), "utf8"));

const flat = (x) => (Array.isArray(x) ? x.map(flat).join("\n") : typeof x === "object" ? Object.values(x).map(flat).join("\n") : String(x));
const pdfText = { [sbc.file]: flat(sbc), [dental.file]: flat(dental) };
const ents = { "&ndash;": "–", "&mdash;": "—", "&middot;": "·", "&rsaquo;": "›", "&amp;": "&", "&nbsp;": " ", "&lt;": "<", "&gt;": ">" };
const norm = (s) => s.replace(/\s+/g, " ");
function text(file) {
  if (pdfText[file]) return norm(pdfText[file]);
  const p = path.join(here, "documents", file);
  if (!fs.existsSync(p)) throw new Error("missing document " + file);
  let t = fs.readFileSync(p, "utf8");
  if (file.endsWith(".html")) t = t.replace(/<style[\s\S]*?<\/style>/g, " ").replace(/<[^>]+>/g, " ").replace(/&[a-z]+;/g, (m) => ents[m] ?? m);
  if (file.endsWith(".md")) t = t.replace(/\*\*/g, "");
  return norm(t);
}
for (const f of fs.readdirSync(path.join(here, "documents"))) text(f);
for (const pl of client.plans) for (const d of pl.documents) text(d);

const plans = Object.fromEntries(client.plans.map((p) => [p.code, p]));
const errs = [];
for (const [id, p] of Object.entries(qs.personas)) {
  if (p.client !== client.employer.ein) errs.push(`${id}: wrong client`);
  for (const [code, tier] of p.enrollments) if (!plans[code]?.tiers[tier]) errs.push(`${id}: bad enrollment ${code}/${tier}`);
}
qs.questions.forEach((q, i) => {
  const e = q.expect, tag = `#${i} (${q.persona}) ${q.q.slice(0, 50)}`;
  const persona = qs.personas[q.persona];
  if (!persona) return errs.push(`${tag}: unknown persona`);
  if (!["en", "es"].includes(q.lang)) errs.push(`${tag}: lang`);
  if (e.notInDocuments) {
    if (e.figure !== null || e.document !== null || e.cite !== null) errs.push(`${tag}: notInDocuments must have nulls`);
    return;
  }
  if (!e.document || !e.cite) return errs.push(`${tag}: document and cite required`);
  const docs = new Set(persona.enrollments.flatMap(([c]) => plans[c].documents));
  if (!docs.has(e.document)) errs.push(`${tag}: ${e.document} not in persona's plan documents`);
  const t = text(e.document);
  if (!t.includes(norm(e.cite))) errs.push(`${tag}: cite not found: ${e.cite}`);
  if (e.figure !== null && !t.includes(e.figure)) errs.push(`${tag}: figure not found: ${e.figure}`);
  if (/premium/.test(q.facet)) {
    const amounts = persona.enrollments.map(([c, tier]) => "$" + plans[c].tiers[tier].employee);
    if (!amounts.includes(e.figure)) errs.push(`${tag}: premium ${e.figure} not one of persona's per-paycheck amounts ${amounts}`);
    const row = e.cite.split(",");
    const plan = client.plans.find((p) => row[0] === p.name.replace(/ \(.*\)$/, "") && persona.enrollments.some(([c]) => c === p.code));
    if (!plan) errs.push(`${tag}: premium cite row is not one of the persona's plans`);
  }
});
// csv rows must match client.json tiers
const tierName = { employee: "Employee Only", employee_spouse: "Employee + Spouse", employee_children: "Employee + Child(ren)", family: "Family" };
const csv = fs.readFileSync(path.join(here, "documents/keystone-valley-2026-per-paycheck-rates.csv"), "utf8");
for (const p of client.plans) for (const [t, v] of Object.entries(p.tiers))
  if (!csv.includes(`${p.code},${p.name.replace(/ \(.*\)$/, "")},${tierName[t]},$${v.employee},$${v.employer},24`)) errs.push(`csv mismatch ${p.code} ${t}`);

if (errs.length) { console.log(errs.join("\n")); process.exit(1); }
const nid = qs.questions.filter((q) => q.expect.notInDocuments).length;
console.log(`OK ${qs.questions.length} questions, ${nid} not in documents, ${qs.questions.filter((q) => q.lang === "es").length} Spanish`);
