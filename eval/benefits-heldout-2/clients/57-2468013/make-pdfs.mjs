// Run from /work/main (or the worktree root): node eval/benefits-heldout-2/clients/57-2468013/make-pdfs.mjs
import PDFDocument from 'pdfkit';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const outDir = path.join(here, 'documents');
const drawn = {}; // file -> array of drawn strings (used by check-questions.mjs)

function newDoc(file, opts = {}) {
  const doc = new PDFDocument({ size: 'LETTER', margin: 36, ...opts });
  doc.pipe(fs.createWriteStream(path.join(outDir, file)));
  drawn[file] = [];
  const t = (s, ...a) => { drawn[file].push(s); return doc.text(s, ...a); };
  return { doc, t };
}

function table(doc, t, x, widths, rows, { header = false, size = 7.5, pad = 3, fills = [] } = {}) {
  const bottom = doc.page.height - doc.page.margins.bottom - 14;
  rows.forEach((row, ri) => {
    const isHead = header && ri === 0;
    doc.font(isHead ? 'Helvetica-Bold' : 'Helvetica').fontSize(size);
    const heights = row.map((cell, i) => (cell ? doc.heightOfString(cell, { width: widths[i] - 2 * pad }) : 0));
    const h = Math.max(...heights) + 2 * pad;
    if (doc.y + h > bottom) { doc.addPage(); doc.y = doc.page.margins.top; }
    const y = doc.y;
    let cx = x;
    row.forEach((cell, i) => {
      if (isHead || fills[i]) { doc.save().rect(cx, y, widths[i], h).fill(isHead ? '#d9e2ec' : fills[i]).restore(); }
      doc.rect(cx, y, widths[i], h).lineWidth(0.5).stroke('#555555');
      if (cell) {
        doc.fillColor('black').font(isHead || (i === 0 && fills[0]) ? 'Helvetica-Bold' : 'Helvetica').fontSize(size);
        t(cell, cx + pad, y + pad, { width: widths[i] - 2 * pad });
      }
      cx += widths[i];
    });
    doc.x = x; doc.y = y + h;
  });
}

// ---------------------------------------------------------------- SBC (PPO)
{
  const file = 'summit-choice-ppo-750-sbc-2026.pdf';
  const { doc, t } = newDoc(file);
  const L = 36;
  doc.font('Helvetica-Bold').fontSize(11);
  t('Summary of Benefits and Coverage: What this Plan Covers & What You Pay for Covered Services', L, 36, { width: 540 });
  doc.font('Helvetica').fontSize(9);
  t('Summit Mutual Health: Choice PPO 750 (Copperleaf Veterinary Partners, LLC)', L, doc.y + 2);
  t('Coverage Period: 01/01/2026 - 12/31/2026    Coverage for: Individual + Family    Plan Type: PPO');
  doc.moveDown(0.4).fontSize(7);
  t('The Summary of Benefits and Coverage (SBC) document will help you choose a health plan. The SBC shows you how you and the plan would share the cost for covered health care services. NOTE: Information about the cost of this plan (called the premium) will be provided separately. This is only a summary. For more information about your coverage, or to get a copy of the complete terms of coverage, call 1-800-555-0147.', L, doc.y, { width: 540 });
  doc.moveDown(0.5);
  const iq = [
    ['Important Questions', 'Answers', 'Why This Matters:'],
    ['What is the overall deductible?', 'For network providers $750 individual / $1,500 family; for out-of-network providers $1,500 individual / $3,000 family.', 'Generally, you must pay all of the costs from providers up to the deductible amount before this plan begins to pay. If you have other family members on the plan, each family member must meet their own individual deductible until the total amount of deductible expenses paid by all family members meets the overall family deductible.'],
    ['Are there services covered before you meet your deductible?', 'Yes. Preventive care, office visits, urgent care, emergency room copays and prescription drugs are covered before you meet your deductible.', 'This plan covers some items and services even if you haven\'t yet met the deductible amount. But a copayment or coinsurance may apply.'],
    ['Are there other deductibles for specific services?', 'No.', 'You don\'t have to meet deductibles for specific services.'],
    ['What is the out-of-pocket limit for this plan?', 'For network providers $4,000 individual / $8,000 family; for out-of-network providers $8,000 individual / $16,000 family.', 'The out-of-pocket limit is the most you could pay in a year for covered services. If you have other family members in this plan, they have to meet their own out-of-pocket limits until the overall family out-of-pocket limit has been met.'],
    ['What is not included in the out-of-pocket limit?', 'Premiums, balance-billed charges, and health care this plan doesn\'t cover.', 'Even though you pay these expenses, they don\'t count toward the out-of-pocket limit.'],
    ['Will you pay less if you use a network provider?', 'Yes. See summitmutual.example/ppo or call 1-800-555-0147 for a list of network providers.', 'This plan uses a provider network. You will pay less if you use a provider in the plan\'s network.'],
    ['Do you need a referral to see a specialist?', 'No.', 'You can see the specialist you choose without a referral.'],
  ];
  table(doc, t, L, [130, 170, 240], iq, { header: true, fills: ['#f2f2f2'] });
  doc.moveDown(0.6);
  doc.font('Helvetica').fontSize(7);
  t('All copayment and coinsurance costs shown in this chart are after your deductible has been met, if a deductible applies.', L, doc.y, { width: 540 });
  doc.moveDown(0.3);
  const ev = [
    ['Common Medical Event', 'Services You May Need', 'Network Provider (You will pay the least)', 'Out-of-Network Provider (You will pay the most)', 'Limitations, Exceptions, & Other Important Information'],
    ['If you visit a health care provider\'s office or clinic', 'Primary care visit to treat an injury or illness', '$30 copay/office visit; deductible does not apply', '40% coinsurance', 'Virtual visits through the CareNow app: $10 copay/visit.'],
    ['', 'Specialist visit', '$60 copay/visit; deductible does not apply', '40% coinsurance', 'None'],
    ['', 'Preventive care/screening/immunization', 'No charge', '40% coinsurance', 'You may have to pay for services that aren\'t preventive. Ask your provider if the services needed are preventive.'],
    ['If you have a test', 'Diagnostic test (x-ray, blood work)', '20% coinsurance', '40% coinsurance', 'Blood work at an independent network lab: No charge.'],
    ['', 'Imaging (CT/PET scans, MRIs)', '$250 copay/scan', '40% coinsurance', 'Preauthorization required. If you don\'t get preauthorization, benefits will be reduced by 50%.'],
    ['If you need drugs to treat your illness or condition', 'Generic drugs (Tier 1)', '$15 copay/prescription (retail); $30 copay (mail order)', 'Not covered', 'Covers up to a 30-day supply (retail); 90-day supply (mail order).'],
    ['', 'Preferred brand drugs (Tier 2)', '$45 copay/prescription (retail); $90 copay (mail order)', 'Not covered', 'Step therapy may apply.'],
    ['', 'Non-preferred brand drugs (Tier 3)', '$90 copay/prescription (retail); $180 copay (mail order)', 'Not covered', 'None'],
    ['', 'Specialty drugs (Tier 4)', '30% coinsurance up to $250/prescription', 'Not covered', 'Must be filled through the specialty pharmacy. Preauthorization required.'],
    ['If you have outpatient surgery', 'Facility fee (e.g., ambulatory surgery center)', '20% coinsurance', '40% coinsurance', 'Preauthorization required for some procedures.'],
    ['', 'Physician/surgeon fees', '20% coinsurance', '40% coinsurance', 'None'],
    ['If you need immediate medical attention', 'Emergency room care', '$350 copay/visit; deductible does not apply', '$350 copay/visit; deductible does not apply', 'Copay waived if admitted.'],
    ['', 'Emergency medical transportation', '20% coinsurance', '20% coinsurance', 'None'],
    ['', 'Urgent care', '$75 copay/visit; deductible does not apply', '40% coinsurance', 'None'],
    ['If you have a hospital stay', 'Facility fee (e.g., hospital room)', '20% coinsurance', '40% coinsurance', 'Preauthorization required for non-emergency admissions.'],
    ['', 'Physician/surgeon fees', '20% coinsurance', '40% coinsurance', 'None'],
    ['If you need mental health, behavioral health, or substance abuse services', 'Outpatient services', '$30 copay/office visit; 20% coinsurance other outpatient services', '40% coinsurance', 'None'],
    ['', 'Inpatient services', '20% coinsurance', '40% coinsurance', 'Preauthorization required.'],
    ['If you are pregnant', 'Office visits', 'No charge', '40% coinsurance', 'Cost sharing does not apply to certain preventive services. Depending on the type of services, coinsurance or deductible may apply.'],
    ['', 'Childbirth/delivery professional services', '20% coinsurance', '40% coinsurance', 'None'],
    ['', 'Childbirth/delivery facility services', '20% coinsurance', '40% coinsurance', 'None'],
    ['If you need help recovering or have other special health needs', 'Home health care', '20% coinsurance', '40% coinsurance', '60 visits/year. Preauthorization required.'],
    ['', 'Rehabilitation services', '$45 copay/visit', '40% coinsurance', '30 visits/year for physical, occupational and speech therapy combined.'],
    ['', 'Habilitation services', '$45 copay/visit', '40% coinsurance', 'Visits count toward the rehabilitation limit.'],
    ['', 'Skilled nursing care', '20% coinsurance', '40% coinsurance', '100 days/year. Preauthorization required.'],
    ['', 'Durable medical equipment', '20% coinsurance', '40% coinsurance', 'Preauthorization required for items over $1,000.'],
    ['', 'Hospice services', 'No charge', '40% coinsurance', 'None'],
    ['If your child needs dental or eye care', 'Children\'s eye exam', 'Not covered', 'Not covered', 'See the separate vision plan.'],
    ['', 'Children\'s glasses', 'Not covered', 'Not covered', 'None'],
    ['', 'Children\'s dental check-up', 'Not covered', 'Not covered', 'See the separate dental plans.'],
  ];
  table(doc, t, L, [95, 105, 115, 95, 130], ev, { header: true, fills: ['#f2f2f2'] });
  doc.moveDown(0.8);
  doc.font('Helvetica-Bold').fontSize(9);
  t('Excluded Services & Other Covered Services:', L, doc.y);
  doc.moveDown(0.2);
  table(doc, t, L, [540], [
    ['Services Your Plan Generally Does NOT Cover (Check your policy or plan document for more information and a list of any other excluded services.)'],
    ['• Acupuncture   • Bariatric surgery   • Cosmetic surgery   • Dental care (Adult)   • Infertility treatment   • Long-term care   • Routine eye care (Adult)   • Routine foot care   • Weight loss programs'],
  ], { header: true, size: 8 });
  doc.moveDown(0.4);
  table(doc, t, L, [540], [
    ['Other Covered Services (Limitations may apply to these services. This isn\'t a complete list. Please see your plan document.)'],
    ['• Chiropractic care (20 visits/year)   • Hearing aids (one per ear every 36 months)   • Non-emergency care when traveling outside the U.S.   • Private-duty nursing (preauthorization required)'],
  ], { header: true, size: 8 });
  doc.end();
}

// ---------------------------------------------------------------- Dental flyer
{
  const file = 'bramblewood-dental-flyer-2026.pdf';
  const { doc, t } = newDoc(file);
  const L = 48;
  doc.save().rect(0, 0, doc.page.width, 90).fill('#2f6f5e').restore();
  doc.fillColor('white').font('Helvetica-Bold').fontSize(22);
  t('Bramblewood Dental', L, 24);
  doc.font('Helvetica').fontSize(11);
  t('Smile plans for the Copperleaf Veterinary Partners team  |  2026', L, 54);
  doc.fillColor('black').font('Helvetica-Bold').fontSize(13);
  t('Two ways to cover your teeth. Pick the one that fits.', L, 108);
  doc.font('Helvetica').fontSize(9.5);
  t('Both plans use the Bramblewood PPO network of more than 140,000 dentists. You can see any licensed dentist, but you will pay less in network because network dentists accept our negotiated fees. Out-of-network dentists are paid up to the Bramblewood maximum allowable charge and may bill you the difference.', L, doc.y + 4, { width: 516 });
  doc.moveDown(0.8);
  const rows = [
    ['', 'CORE', 'PLUS'],
    ['Calendar-year deductible', '$75 per person / $225 per family', '$50 per person / $150 per family'],
    ['Annual benefit maximum (per person)', '$1,000', '$2,000'],
    ['Preventive: exams, cleanings, x-rays, fluoride, sealants', 'Plan pays 100% (no deductible)', 'Plan pays 100% (no deductible)'],
    ['Basic: fillings, simple extractions, emergency palliative treatment', 'Plan pays 70% after deductible', 'Plan pays 80% after deductible'],
    ['Endodontics (root canals) and periodontics (gum treatment)', 'Plan pays 50% after deductible', 'Plan pays 80% after deductible'],
    ['Oral surgery (including wisdom teeth removal)', 'Plan pays 50% after deductible', 'Plan pays 80% after deductible'],
    ['Major: crowns, bridges, dentures, implants', 'Not covered', 'Plan pays 50% after deductible'],
    ['Orthodontia (braces)', 'Not covered', 'Plan pays 50%, up to a $1,500 lifetime maximum per child; children under age 19 only'],
    ['Waiting periods', 'None', 'None for preventive and basic. 12 months for major services and orthodontia (waived if you enroll when first eligible)'],
  ];
  table(doc, t, L, [196, 160, 160], rows, { header: true, size: 9, pad: 5, fills: ['#eaf3ef'] });
  doc.moveDown(1);
  doc.font('Helvetica-Bold').fontSize(11);
  t('How often?', L, doc.y);
  doc.font('Helvetica').fontSize(9.5);
  const freq = [
    'Exams and cleanings: 2 per calendar year',
    'Bitewing x-rays: 1 set per calendar year',
    'Full-mouth or panoramic x-rays: 1 every 5 years',
    'Fluoride: 2 per calendar year for children under age 19',
    'Sealants: permanent molars, children under age 16, once per tooth every 3 years',
    'Crowns, bridges and dentures (Plus only): replacement once every 7 years',
  ];
  freq.forEach((s) => t('•  ' + s, L, doc.y + 2, { width: 516 }));
  doc.moveDown(1);
  doc.font('Helvetica-Bold').fontSize(11);
  t('Good to know', L, doc.y);
  doc.font('Helvetica').fontSize(9.5);
  [
    'Cosmetic services such as teeth whitening and veneers are not covered under either plan.',
    'Preventive care does not count against your annual benefit maximum on the Plus plan.',
    'Dependent children are covered to age 26.',
    'Bramblewood Member Services: 1-877-555-0120, Monday-Friday 7 a.m.-7 p.m. Central.',
  ].forEach((s) => t('•  ' + s, L, doc.y + 2, { width: 516 }));
  doc.moveDown(1.5);
  doc.fontSize(7).fillColor('#555555');
  t('This flyer is a summary only. Exclusions and limitations apply; the Bramblewood group dental certificate governs. Underwritten by Bramblewood Dental Insurance Company.', L, doc.y, { width: 516 });
  doc.end();
}

fs.writeFileSync(path.join(here, 'pdf-strings.json'), JSON.stringify(drawn, null, 1));
console.log('wrote', Object.keys(drawn).join(', '));
