import fs from 'fs';
import * as sbc from './make-pdfs.mjs';
const here = new URL('.', import.meta.url).pathname;
const qfile = here + '../../questions-10-1010101.json';
const client = JSON.parse(fs.readFileSync(here + 'client.json', 'utf8'));
const pdfText = [sbc.header, ...sbc.important.flat(), ...sbc.events.flatMap(([e, rows]) => [e, ...rows.flat()]), sbc.excluded, sbc.other].join('\n');
const text = {};
for (const f of fs.readdirSync(here + 'documents')) {
  if (f.endsWith('.pdf')) text[f] = pdfText;
  else { let t = fs.readFileSync(here + 'documents/' + f, 'utf8'); if (f.endsWith('.html')) t = t.replace(/<[^>]+>/g, ' ').replace(/&gt;/g, '>').replace(/&amp;/g, '&'); text[f] = t; }
}
const { personas, questions } = JSON.parse(fs.readFileSync(qfile, 'utf8'));
const codes = new Set(client.plans.map(p => p.code));
let errs = [];
for (const [k, p] of Object.entries(personas)) for (const [c] of p.enrollments) if (!codes.has(c)) errs.push(`persona ${k}: unknown plan ${c}`);
// rates csv must match client.json tiers
const csv = text['harborlight-2026-biweekly-rates.csv'];
const tierLabel = { employee: 'Employee Only', employee_spouse: 'Employee + Spouse/Partner', employee_children: 'Employee + Child(ren)', family: 'Family' };
for (const p of client.plans) for (const [t, v] of Object.entries(p.tiers)) if (!csv.includes(`${p.name},${tierLabel[t]},$${v.employee},$${v.employer},`)) errs.push(`rate mismatch ${p.code} ${t}`);
for (const q of questions) {
  const e = q.expect;
  if (!personas[q.persona]) errs.push(`${q.id}: unknown persona`);
  if (e.notInDocuments) { if (e.figure || e.document || e.cite) errs.push(`${q.id}: notInDocuments but has figure/doc/cite`); continue; }
  const t = text[e.document];
  if (!t) { errs.push(`${q.id}: no document ${e.document}`); continue; }
  const low = t.toLowerCase();
  if (!e.cite || !low.includes(e.cite.toLowerCase())) errs.push(`${q.id}: cite not found: ${e.cite}`);
  if (e.figure && !low.includes(e.figure.toLowerCase())) errs.push(`${q.id}: figure not found: ${e.figure}`);
}
const n = questions.length, nid = questions.filter(q => q.expect.notInDocuments).length, es = questions.filter(q => q.lang === 'es').length;
console.log(`personas=${Object.keys(personas).length} questions=${n} notInDocs=${nid} spanish=${es}`);
if (errs.length) { console.log(errs.join('\n')); process.exit(1); }
console.log('OK');
