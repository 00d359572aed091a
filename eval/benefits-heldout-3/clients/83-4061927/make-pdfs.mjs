import PDFDocument from '/work/main/node_modules/pdfkit/js/pdfkit.js';
import fs from 'fs';
import { fileURLToPath } from 'url';
const OUT = new URL('./documents/summitline-epo-1000-sbc-2026.pdf', import.meta.url).pathname;

// Summary of Benefits and Coverage for the Summitline Health EPO 1000, in the federal template.
// The arrays below are the text of the PDF; check-questions.mjs reads them instead of parsing the PDF.

export const HEADER = [
  'Summary of Benefits and Coverage: What this Plan Covers & What You Pay for Covered Services',
  'Summitline Health: EPO 1000',
  'Coverage Period: 01/01/2026 - 12/31/2026',
  'Coverage for: Individual + Family | Plan Type: EPO',
];

export const INTRO =
  'The Summary of Benefits and Coverage (SBC) document will help you choose a health plan. The SBC shows you how you and the plan ' +
  'would share the cost for covered health care services. NOTE: Information about the cost of this plan (called the premium) will be ' +
  'provided separately. This is only a summary. For more information about your coverage, or to get a copy of the complete terms of ' +
  'coverage, visit www.summitlinehealth.example/kestrelridge or call 1-800-555-0142. Group sponsor: Kestrel Ridge Mountain Resort, LLC.';

export const IMPORTANT_QUESTIONS = [
  ['What is the overall deductible?', '$1,000 individual / $2,000 family. Out-of-network care is not covered, so there is no out-of-network deductible.',
    'Generally, you must pay all of the costs from providers up to the deductible amount before this plan begins to pay. If you have other family members on the plan, each family member must meet their own individual deductible until the total amount of deductible expenses paid by all family members meets the overall family deductible.'],
  ['Are there services covered before you meet your deductible?', 'Yes. Preventive care, primary care and specialist office visits, urgent care, rehabilitation visits, chiropractic visits and Tier 1 generic drugs are covered before you meet your deductible.',
    'This plan covers some items and services even if you haven\'t yet met the deductible amount. But a copayment or coinsurance may apply.'],
  ['Are there other deductibles for specific services?', 'No.', 'You don\'t have to meet deductibles for specific services.'],
  ['What is the out-of-pocket limit for this plan?', '$4,000 individual / $8,000 family.',
    'The out-of-pocket limit is the most you could pay in a year for covered services. If you have other family members in this plan, they have to meet their own out-of-pocket limits until the overall family out-of-pocket limit has been met.'],
  ['What is not included in the out-of-pocket limit?', 'Premiums, balance-billed charges, and health care this plan doesn\'t cover.', 'Even though you pay these expenses, they don\'t count toward the out-of-pocket limit.'],
  ['Will you pay less if you use a network provider?', 'Yes. See www.summitlinehealth.example/find or call 1-800-555-0142 for a list of Summitline Select network providers.',
    'This plan uses a provider network. You will pay less if you use a provider in the plan\'s network. Except for emergency care, this EPO does not pay for services from out-of-network providers, and you will pay the full charge.'],
  ['Do you need a referral to see a specialist?', 'No.', 'You can see the specialist you choose without a referral, as long as the specialist is in the Summitline Select network.'],
];

// [event, [[service, network, outOfNetwork, limits], ...]]
export const EVENTS = [
  ['If you visit a health care provider\'s office or clinic', [
    ['Primary care visit to treat an injury or illness', '$30 copay/visit; deductible does not apply', 'Not covered', 'Summitline Anywhere virtual visits: $0 copay.'],
    ['Specialist visit', '$60 copay/visit; deductible does not apply', 'Not covered', 'None'],
    ['Preventive care/screening/immunization', 'No charge', 'Not covered', 'You may have to pay for services that aren\'t preventive. Ask your provider if the services needed are preventive. Then check what your plan will pay for.'],
  ]],
  ['If you have a test', [
    ['Diagnostic test (x-ray, blood work)', 'Lab: No charge. X-ray: 20% coinsurance', 'Not covered', 'Lab work must be done at a network lab or in your doctor\'s office.'],
    ['Imaging (CT/PET scans, MRIs)', '20% coinsurance', 'Not covered', 'Preauthorization is required. If you don\'t get preauthorization, benefits could be denied.'],
  ]],
  ['If you need drugs to treat your illness or condition. More information about prescription drug coverage is available at www.crestlinerx.example', [
    ['Generic drugs (Tier 1)', '$10 copay/retail fill (30-day supply); $25 copay/mail order (90-day supply)', 'Not covered', 'Deductible does not apply to Tier 1.'],
    ['Preferred brand drugs (Tier 2)', '$45 copay/retail fill; $112.50 copay/mail order, after deductible', 'Not covered', 'Step therapy may apply.'],
    ['Non-preferred brand drugs (Tier 3)', '$80 copay/retail fill; $200 copay/mail order, after deductible', 'Not covered', 'You pay the Tier 3 copay plus the cost difference if you choose a brand when a generic is available.'],
    ['Specialty drugs (Tier 4)', '30% coinsurance up to $250 per fill, after deductible', 'Not covered', 'Must be filled through Crestline Specialty Pharmacy. Limited to a 30-day supply per fill. Preauthorization required.'],
  ]],
  ['If you have outpatient surgery', [
    ['Facility fee (e.g., ambulatory surgery center)', '$250 copay/visit, then 20% coinsurance', 'Not covered', 'Preauthorization required.'],
    ['Physician/surgeon fees', '20% coinsurance', 'Not covered', 'None'],
  ]],
  ['If you need immediate medical attention', [
    ['Emergency room care', '$350 copay/visit', '$350 copay/visit', 'Copay waived if you are admitted to the hospital.'],
    ['Emergency medical transportation', '20% coinsurance', '20% coinsurance', 'Ground and air ambulance covered for emergencies only.'],
    ['Urgent care', '$50 copay/visit; deductible does not apply', 'Not covered', 'None'],
  ]],
  ['If you have a hospital stay', [
    ['Facility fee (e.g., hospital room)', '20% coinsurance', 'Not covered', 'Preauthorization required for non-emergency admissions.'],
    ['Physician/surgeon fees', '20% coinsurance', 'Not covered', 'None'],
  ]],
  ['If you need mental health, behavioral health, or substance abuse services', [
    ['Outpatient services', '$30 copay/office visit; 20% coinsurance for other outpatient services', 'Not covered', 'Therapy visits through Summitline Anywhere: $0 copay.'],
    ['Inpatient services', '20% coinsurance', 'Not covered', 'Preauthorization required.'],
  ]],
  ['If you are pregnant', [
    ['Office visits', 'No charge', 'Not covered', 'Cost sharing does not apply to certain preventive services. Depending on the type of services, coinsurance or a copayment may apply.'],
    ['Childbirth/delivery professional services', '20% coinsurance', 'Not covered', 'None'],
    ['Childbirth/delivery facility services', '20% coinsurance', 'Not covered', 'Notify Summitline within 2 business days of admission.'],
  ]],
  ['If you need help recovering or have other special health needs', [
    ['Home health care', '20% coinsurance', 'Not covered', 'Limited to 60 visits per year. Preauthorization required.'],
    ['Rehabilitation services', '$40 copay/visit; deductible does not apply', 'Not covered', 'Physical, occupational and speech therapy combined: limited to 30 visits per year.'],
    ['Habilitation services', '$40 copay/visit; deductible does not apply', 'Not covered', 'Counts toward the 30-visit therapy limit.'],
    ['Skilled nursing care', '20% coinsurance', 'Not covered', 'Limited to 45 days per year. Preauthorization required.'],
    ['Durable medical equipment', '20% coinsurance', 'Not covered', 'Preauthorization required for items over $1,000.'],
    ['Hospice services', 'No charge', 'Not covered', 'Preauthorization required.'],
  ]],
  ['If your child needs dental or eye care', [
    ['Children\'s eye exam', 'Not covered', 'Not covered', 'Eye exams may be covered under the separate vision plan offered by your employer.'],
    ['Children\'s glasses', 'Not covered', 'Not covered', 'None'],
    ['Children\'s dental check-up', 'Not covered', 'Not covered', 'None'],
  ]],
];

export const EXCLUDED = [
  'Acupuncture', 'Bariatric surgery', 'Cosmetic surgery', 'Dental care (Adult)', 'Hearing aids', 'Infertility treatment',
  'Long-term care', 'Non-emergency care when traveling outside the U.S.', 'Routine eye care (Adult)', 'Routine foot care', 'Weight loss programs',
];
export const OTHER_COVERED = [
  'Chiropractic care ($40 copay/visit; limited to 20 visits per year)', 'Private-duty nursing (preauthorization required)',
  'Second surgical opinion', 'Diabetes education (no charge)',
];

export const RIGHTS =
  'Your Rights to Continue Coverage: There are agencies that can help if you want to continue your coverage after it ends. ' +
  'Contact your employer\'s benefits office. Your Grievance and Appeals Rights: If you have a complaint or are dissatisfied with a denial ' +
  'of coverage for claims under your plan, you may be able to appeal. Call Summitline Member Services at 1-800-555-0142. ' +
  'Does this plan provide Minimum Essential Coverage? Yes. Does this plan meet the Minimum Value Standards? Yes.';

export const EXAMPLES = [
  ['Peg is Having a Baby (9 months of in-network pre-natal care and a hospital delivery)', 'The plan\'s overall deductible: $1,000', 'Total Example Cost: $12,700', 'In this example, Peg would pay: $2,860'],
  ['Managing Joe\'s Type 2 Diabetes (a year of routine in-network care of a well-controlled condition)', 'The plan\'s overall deductible: $1,000', 'Total Example Cost: $5,600', 'In this example, Joe would pay: $1,150'],
  ['Mia\'s Simple Fracture (in-network emergency room visit and follow up care)', 'The plan\'s overall deductible: $1,000', 'Total Example Cost: $2,800', 'In this example, Mia would pay: $1,210'],
];

export function sbcText() {
  const parts = [...HEADER, INTRO];
  parts.push('Important Questions | Answers | Why This Matters:');
  for (const r of IMPORTANT_QUESTIONS) parts.push(r.join(' | '));
  parts.push('Common Medical Event | Services You May Need | What You Will Pay: Network Provider (You will pay the least) | Out-of-Network Provider (You will pay the most) | Limitations, Exceptions, & Other Important Information');
  for (const [ev, rows] of EVENTS) { parts.push(ev); for (const r of rows) parts.push(r.join(' | ')); }
  parts.push('Excluded Services & Other Covered Services:');
  parts.push('Services Your Plan Generally Does NOT Cover (Check your policy or plan document for more information and a list of any other excluded services.)');
  parts.push(...EXCLUDED);
  parts.push('Other Covered Services (Limitations may apply to these services. This isn\'t a complete list. Please see your plan document.)');
  parts.push(...OTHER_COVERED);
  parts.push(RIGHTS);
  parts.push('About these Coverage Examples:');
  for (const r of EXAMPLES) parts.push(r.join(' | '));
  return parts.join('\n');
}

function build() {
  const doc = new PDFDocument({ size: 'LETTER', layout: 'landscape', margins: { top: 36, bottom: 36, left: 36, right: 36 } });
  doc.pipe(fs.createWriteStream(OUT));
  const L = 36, W = 792 - 72, BOTTOM = 612 - 40;
  let y = 36;
  const pad = 4;
  function hgt(text, w, size, font) { doc.font(font).fontSize(size); return doc.heightOfString(text, { width: w - 2 * pad }) + 2 * pad; }
  function cell(text, x, yy, w, h, size, font, fill) {
    if (fill) doc.save().rect(x, yy, w, h).fill(fill).restore();
    doc.save().lineWidth(0.6).strokeColor('#555').rect(x, yy, w, h).stroke().restore();
    doc.font(font).fontSize(size).fillColor('#000').text(text, x + pad, yy + pad, { width: w - 2 * pad });
  }
  function ensure(h, redrawHeader) { if (y + h > BOTTOM) { doc.addPage(); y = 36; if (redrawHeader) redrawHeader(); } }

  doc.font('Helvetica-Bold').fontSize(12).text(HEADER[0], L, y, { width: W - 200 });
  doc.font('Helvetica').fontSize(8.5).text(HEADER[2], L + W - 200, y, { width: 200, align: 'right' });
  doc.text(HEADER[3], L + W - 200, y + 12, { width: 200, align: 'right' });
  y = doc.y + 6;
  doc.font('Helvetica-Bold').fontSize(11).text(HEADER[1], L, y); y = doc.y + 6;
  const ih = hgt(INTRO, W, 8, 'Helvetica');
  cell(INTRO, L, y, W, ih, 8, 'Helvetica', '#eef3f8'); y += ih + 10;

  const qw = [190, 230, W - 420];
  const qHead = () => { const h = 18; ['Important Questions', 'Answers', 'Why This Matters:'].forEach((t, i) => cell(t, L + qw.slice(0, i).reduce((a, b) => a + b, 0), y, qw[i], h, 9, 'Helvetica-Bold', '#1f4e79')); doc.fillColor('#000'); y += h; };
  // header cells in white text on blue
  const qHeadWhite = () => { const h = 18; let x = L; ['Important Questions', 'Answers', 'Why This Matters:'].forEach((t, i) => { doc.save().rect(x, y, qw[i], h).fill('#1f4e79').restore(); doc.font('Helvetica-Bold').fontSize(9).fillColor('#fff').text(t, x + pad, y + pad, { width: qw[i] - 2 * pad }); x += qw[i]; }); doc.fillColor('#000'); y += h; };
  void qHead;
  qHeadWhite();
  for (const r of IMPORTANT_QUESTIONS) {
    const h = Math.max(...r.map((t, i) => hgt(t, qw[i], 8, i === 0 ? 'Helvetica-Bold' : 'Helvetica')));
    ensure(h, qHeadWhite);
    let x = L; r.forEach((t, i) => { cell(t, x, y, qw[i], h, 8, i === 0 ? 'Helvetica-Bold' : 'Helvetica', i === 0 ? '#eef3f8' : null); x += qw[i]; });
    y += h;
  }

  doc.addPage(); y = 36;
  const ew = [120, 150, 150, 110, W - 530];
  const eHeadTexts = ['Common Medical Event', 'Services You May Need', 'What You Will Pay: Network Provider (You will pay the least)', 'Out-of-Network Provider (You will pay the most)', 'Limitations, Exceptions, & Other Important Information'];
  const eHead = () => { const h = Math.max(...eHeadTexts.map((t, i) => hgt(t, ew[i], 8.5, 'Helvetica-Bold'))); let x = L; eHeadTexts.forEach((t, i) => { doc.save().rect(x, y, ew[i], h).fill('#1f4e79').restore(); doc.font('Helvetica-Bold').fontSize(8.5).fillColor('#fff').text(t, x + pad, y + pad, { width: ew[i] - 2 * pad }); x += ew[i]; }); doc.fillColor('#000'); y += h; };
  eHead();
  for (const [ev, rows] of EVENTS) {
    const rh = rows.map((r) => Math.max(...r.map((t, i) => hgt(t, ew[i + 1], 8, 'Helvetica'))));
    const evh = hgt(ev, ew[0], 8.5, 'Helvetica-Bold');
    let total = rh.reduce((a, b) => a + b, 0);
    if (evh > total) { rh[rh.length - 1] += evh - total; total = evh; }
    ensure(total, eHead);
    cell(ev, L, y, ew[0], total, 8.5, 'Helvetica-Bold', '#eef3f8');
    rows.forEach((r, k) => { let x = L + ew[0]; r.forEach((t, i) => { cell(t, x, y, ew[i + 1], rh[k], 8, 'Helvetica', null); x += ew[i + 1]; }); y += rh[k]; });
  }

  y += 12;
  const exTitle = 'Excluded Services & Other Covered Services:';
  const colW = W / 2;
  const exHead = 'Services Your Plan Generally Does NOT Cover (Check your policy or plan document for more information and a list of any other excluded services.)';
  const ocHead = 'Other Covered Services (Limitations may apply to these services. This isn\'t a complete list. Please see your plan document.)';
  const exBody = EXCLUDED.map((s) => '\u2022 ' + s).join('\n');
  const ocBody = OTHER_COVERED.map((s) => '\u2022 ' + s).join('\n');
  const boxH = 16 + Math.max(hgt(exHead, colW, 8.5, 'Helvetica-Bold') + hgt(exBody, colW, 8, 'Helvetica'), hgt(ocHead, colW, 8.5, 'Helvetica-Bold') + hgt(ocBody, colW, 8, 'Helvetica'));
  ensure(boxH + 20, null);
  doc.font('Helvetica-Bold').fontSize(10).fillColor('#000').text(exTitle, L, y); y = doc.y + 4;
  doc.save().lineWidth(1).rect(L, y, W, boxH).stroke().moveTo(L + colW, y).lineTo(L + colW, y + boxH).stroke().restore();
  doc.font('Helvetica-Bold').fontSize(8.5).text(exHead, L + pad, y + pad, { width: colW - 2 * pad });
  doc.font('Helvetica').fontSize(8).text(exBody, L + pad, doc.y + 4, { width: colW - 2 * pad });
  doc.font('Helvetica-Bold').fontSize(8.5).text(ocHead, L + colW + pad, y + pad, { width: colW - 2 * pad });
  doc.font('Helvetica').fontSize(8).text(ocBody, L + colW + pad, doc.y + 4, { width: colW - 2 * pad });
  y += boxH + 10;

  const rH = hgt(RIGHTS, W, 8, 'Helvetica');
  ensure(rH, null);
  doc.font('Helvetica').fontSize(8).text(RIGHTS, L + pad, y, { width: W - 2 * pad }); y = doc.y + 10;

  const xw = W / 3;
  const xh = Math.max(...EXAMPLES.map((r) => hgt(r.join('\n'), xw, 8, 'Helvetica')));
  ensure(xh + 20, null);
  doc.font('Helvetica-Bold').fontSize(10).text('About these Coverage Examples:', L, y); y = doc.y + 4;
  EXAMPLES.forEach((r, i) => cell(r.join('\n'), L + i * xw, y, xw, xh, 8, 'Helvetica', i % 2 ? null : '#f4f4f4'));
  doc.end();
}

if (process.argv[1] && fileURLToPath(import.meta.url) === fs.realpathSync(process.argv[1])) build();

// File name -> text, for checkers that should not depend on a PDF parser.
export const PDF_TEXTS = { 'summitline-epo-1000-sbc-2026.pdf': sbcText };
