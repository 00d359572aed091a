// Run from the repo root: node eval/benefits-heldout-2/clients/57-2468013/check-questions.mjs
// Checks every expected figure and cite phrase against the named document's text
// (for PDFs: the strings make-pdfs.mjs drew, recorded in pdf-strings.json; the real
// PDF text is also extracted with unpdf and mismatches are reported as warnings).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const client = JSON.parse(fs.readFileSync(path.join(here, 'client.json'), 'utf8'));
const qs = JSON.parse(fs.readFileSync(path.join(here, '..', '..', `questions-${client.employer.ein}.json`), 'utf8'));
const drawn = JSON.parse(fs.readFileSync(path.join(here, 'pdf-strings.json'), 'utf8'));
const norm = (s) => s.replace(/\s+/g, ' ').trim();
const decode = (s) => s.replace(/&ndash;/g, '–').replace(/&mdash;/g, '—').replace(/&rsaquo;/g, '›').replace(/&ldquo;|&rdquo;/g, '"').replace(/&amp;/g, '&').replace(/&nbsp;/g, ' ');

let unpdf = null;
try { unpdf = await import('unpdf'); } catch { /* optional */ }

const texts = {};
const pdfTexts = {};
async function text(file) {
  if (texts[file] !== undefined) return texts[file];
  const p = path.join(here, 'documents', file);
  if (!fs.existsSync(p)) throw new Error(`missing document ${file}`);
  let t;
  if (file.endsWith('.pdf')) {
    if (!drawn[file]) throw new Error(`no drawn strings for ${file}; run make-pdfs.mjs`);
    t = drawn[file].join(' ');
    if (unpdf) {
      const r = await unpdf.extractText(new Uint8Array(fs.readFileSync(p)), { mergePages: true });
      pdfTexts[file] = norm(r.text);
    }
  } else if (file.endsWith('.html')) {
    t = decode(fs.readFileSync(p, 'utf8').replace(/<style[\s\S]*?<\/style>/g, ' ').replace(/<[^>]+>/g, ' '));
  } else {
    t = fs.readFileSync(p, 'utf8');
  }
  return (texts[file] = norm(t));
}

const plans = Object.fromEntries(client.plans.map((p) => [p.code, p]));
const errors = [];
const warnings = [];
for (const [id, p] of Object.entries(qs.personas)) {
  if (p.client !== client.employer.ein) errors.push(`persona ${id}: wrong client`);
  for (const [code, tier] of p.enrollments) {
    if (!plans[code]) errors.push(`persona ${id}: unknown plan ${code}`);
    else if (!plans[code].tiers[tier]) errors.push(`persona ${id}: unknown tier ${tier}`);
  }
}
for (const p of client.plans) for (const d of p.documents) await text(d);

for (const [i, q] of qs.questions.entries()) {
  const tag = `#${i} (${q.persona}) ${q.q.slice(0, 50)}`;
  const per = qs.personas[q.persona];
  if (!per) { errors.push(`${tag}: unknown persona`); continue; }
  const e = q.expect;
  if (!['en', 'es'].includes(q.lang)) errors.push(`${tag}: bad lang`);
  if (e.notInDocuments) {
    if (e.figure !== null || e.document !== null || e.cite !== null) errors.push(`${tag}: notInDocuments must have null figure/document/cite`);
    continue;
  }
  if (!e.document || !e.cite) { errors.push(`${tag}: document and cite required`); continue; }
  const docs = new Set(per.enrollments.flatMap(([code]) => plans[code].documents));
  if (!docs.has(e.document)) errors.push(`${tag}: ${e.document} is not among the persona's plan documents`);
  const t = await text(e.document);
  if (!t.includes(norm(e.cite))) errors.push(`${tag}: cite not found in ${e.document}: "${e.cite}"`);
  if (e.figure !== null && !t.includes(e.figure)) errors.push(`${tag}: figure ${e.figure} not found in ${e.document}`);
  if (pdfTexts[e.document] !== undefined) {
    if (!pdfTexts[e.document].includes(norm(e.cite))) warnings.push(`${tag}: cite not in extracted PDF text (line wrap?)`);
    if (e.figure && !pdfTexts[e.document].includes(e.figure)) errors.push(`${tag}: figure not in extracted PDF text`);
  }
  // premium questions: figure must be the persona's own per-paycheck amount
  if (/premium/.test(q.facet) && !/annual/.test(q.facet)) {
    const own = per.enrollments.map(([code, tier]) => '$' + plans[code].tiers[tier].employee);
    if (!own.includes(e.figure)) errors.push(`${tag}: premium figure ${e.figure} is not one of the persona's own amounts ${own.join(', ')}`);
  }
}
for (const w of warnings) console.log('warning:', w);
if (errors.length) { for (const x of errors) console.log('ERROR:', x); process.exit(1); }
const n = qs.questions.length, nid = qs.questions.filter((q) => q.expect.notInDocuments).length, es = qs.questions.filter((q) => q.lang === 'es').length;
console.log(`OK ${n} questions, ${nid} not in documents, ${es} Spanish`);
