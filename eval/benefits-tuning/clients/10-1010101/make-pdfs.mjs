import PDFDocument from '/work/main/node_modules/pdfkit/js/pdfkit.js';
import fs from 'fs';
const OUT = new URL('./documents/bayline-ppo-750-sbc-2026.pdf', import.meta.url).pathname;
export const header = 'Summary of Benefits and Coverage: What this Plan Covers & What You Pay for Covered Services | Bayline Health PPO 750 | Coverage Period: 01/01/2026 - 12/31/2026 | Coverage for: Individual + Family | Plan Type: PPO';
export const important = [
 ['Important Questions','Answers','Why This Matters'],
 ['What is the overall deductible?','$750 individual / $1,500 family for network providers; $1,500 individual / $3,000 family for out-of-network providers.','Generally, you must pay all of the costs from providers up to the deductible amount before this plan begins to pay.'],
 ['Are there services covered before you meet your deductible?','Yes. Preventive care, primary care visits, specialist visits and prescription drugs are covered before you meet your deductible.','This plan covers some items and services even if you haven\'t yet met the deductible amount.'],
 ['Are there other deductibles for specific services?','No.','You don\'t have to meet deductibles for specific services.'],
 ['What is the out-of-pocket limit for this plan?','$3,500 individual / $7,000 family for network providers; $7,000 individual / $14,000 family for out-of-network providers.','The out-of-pocket limit is the most you could pay in a year for covered services.'],
 ['Will you pay less if you use a network provider?','Yes. See baylinehealth.example.com/find or call 1-877-555-0133 for a list of network providers.','You pay the least if you use a provider in the plan\'s network.'],
 ['Do you need a referral to see a specialist?','No.','You can see the specialist you choose without a referral.'],
];
export const events = [
 ['If you visit a health care provider\'s office or clinic', [
  ['Primary care visit to treat an injury or illness','$25 copay/visit','40% coinsurance','Deductible does not apply to network visits.'],
  ['Specialist visit','$50 copay/visit','40% coinsurance','None'],
  ['Preventive care/screening/immunization','No charge','40% coinsurance','You may have to pay for services that aren\'t preventive.'],
 ]],
 ['If you have a test', [
  ['Diagnostic test (x-ray, blood work)','20% coinsurance','40% coinsurance','None'],
  ['Imaging (CT/PET scans, MRIs)','20% coinsurance','40% coinsurance','Preauthorization required; benefits reduced by 50% if not obtained.'],
 ]],
 ['If you need drugs to treat your illness or condition', [
  ['Generic drugs','$10 copay (retail 30-day); $25 copay (mail order 90-day)','Not covered','Covers up to a 30-day supply at retail.'],
  ['Preferred brand drugs','$40 copay (retail); $100 copay (mail order)','Not covered','None'],
  ['Non-preferred brand drugs','$75 copay (retail); $190 copay (mail order)','Not covered','None'],
  ['Specialty drugs','25% coinsurance up to $300 per prescription','Not covered','Must use Bayline Specialty Pharmacy.'],
 ]],
 ['If you have outpatient surgery', [
  ['Facility fee (e.g., ambulatory surgery center)','20% coinsurance','40% coinsurance','Preauthorization required.'],
  ['Physician/surgeon fees','20% coinsurance','40% coinsurance','None'],
 ]],
 ['If you need immediate medical attention', [
  ['Emergency room care','$250 copay/visit, then 20% coinsurance','$250 copay/visit, then 20% coinsurance','Copay waived if admitted.'],
  ['Emergency medical transportation','20% coinsurance','20% coinsurance','None'],
  ['Urgent care','$60 copay/visit','40% coinsurance','None'],
 ]],
 ['If you have a hospital stay', [
  ['Facility fee (e.g., hospital room)','20% coinsurance','40% coinsurance','Preauthorization required.'],
  ['Physician/surgeon fees','20% coinsurance','40% coinsurance','None'],
 ]],
 ['If you need mental health, behavioral health, or substance abuse services', [
  ['Outpatient services','$25 copay/office visit; 20% coinsurance other outpatient services','40% coinsurance','None'],
  ['Inpatient services','20% coinsurance','40% coinsurance','Preauthorization required.'],
 ]],
 ['If you are pregnant', [
  ['Office visits','No charge','40% coinsurance','Cost sharing does not apply to preventive prenatal services.'],
  ['Childbirth/delivery professional services','20% coinsurance','40% coinsurance','None'],
  ['Childbirth/delivery facility services','20% coinsurance','40% coinsurance','None'],
 ]],
 ['If you need help recovering or have other special health needs', [
  ['Home health care','20% coinsurance','40% coinsurance','Limited to 60 visits per year.'],
  ['Rehabilitation services','$40 copay/visit','40% coinsurance','Physical, occupational and speech therapy combined limit of 40 visits per year.'],
  ['Skilled nursing care','20% coinsurance','40% coinsurance','Limited to 60 days per year.'],
  ['Durable medical equipment','20% coinsurance','40% coinsurance','None'],
  ['Hospice services','No charge','40% coinsurance','None'],
 ]],
 ['If your child needs dental or eye care', [
  ['Children\'s eye exam','Not covered','Not covered','See OptiPath Vision plan.'],
  ['Children\'s glasses','Not covered','Not covered','None'],
  ['Children\'s dental check-up','Not covered','Not covered','See Toothwise Dental plans.'],
 ]],
];
export const excluded = 'Services Your Plan Generally Does NOT Cover (Check your policy or plan document for more information and a list of any other excluded services.): Cosmetic surgery; Dental care (Adult); Infertility treatment; Long-term care; Non-emergency care when traveling outside the U.S.; Private-duty nursing; Routine eye care (Adult); Routine foot care; Weight loss programs';
export const other = 'Other Covered Services (Limitations may apply to these services. This isn\'t a complete list. Please see your plan document.): Acupuncture (limited to 12 visits per year); Bariatric surgery; Chiropractic care (limited to 20 visits per year); Hearing aids (one per ear every 36 months)';
function run(){
 const doc = new PDFDocument({size:'LETTER', layout:'landscape', margin:30, bufferPages:true});
 doc.pipe(fs.createWriteStream(OUT));
 const W = doc.page.width-60, FS=7.5;
 const top = ()=>{ doc.font('Helvetica-Bold').fontSize(7).text(header, 30, 30, {width:W}); doc.moveDown(0.5); return doc.y; };
 let y = top();
 const row = (cells, widths, bold=false, skip=[])=>{
  doc.font(bold?'Helvetica-Bold':'Helvetica').fontSize(FS);
  const h = Math.max(...cells.map((c,i)=> skip.includes(i)?0:doc.heightOfString(c,{width:widths[i]-6})))+6;
  if (y+h > doc.page.height-45){ doc.addPage(); y = top(); }
  let x=30; cells.forEach((c,i)=>{ if(!skip.includes(i)){ doc.rect(x,y,widths[i],h).stroke(); doc.text(c,x+3,y+3,{width:widths[i]-6}); } x+=widths[i]; });
  y+=h; return h;
 };
 const w3=[W*0.25,W*0.4,W*0.35];
 important.forEach((r,i)=>row(r,w3,i===0));
 doc.addPage(); y=top();
 const w5=[W*0.17,W*0.2,W*0.19,W*0.17,W*0.27];
 row(['Common Medical Event','Services You May Need','What You Will Pay: Network Provider (You will pay the least)','What You Will Pay: Out-of-Network Provider (You will pay the most)','Limitations, Exceptions, & Other Important Information'],w5,true);
 for (const [ev, rows] of events){
  const startY=y; let first=true, pageStart=doc.bufferedPageRange().count;
  for (const r of rows){
   const before=doc.bufferedPageRange().count;
   row([first?ev:'',...r],w5,false);
   first=false;
  }
 }
 doc.addPage(); y=top();
 doc.font('Helvetica').fontSize(FS);
 for (const t of [excluded, other]){ const h=doc.heightOfString(t,{width:W-10})+10; doc.rect(30,y,W,h).stroke(); doc.text(t,35,y+5,{width:W-10}); y+=h+10; }
 const n=doc.bufferedPageRange().count;
 for(let i=0;i<n;i++){ doc.switchToPage(i); doc.page.margins.bottom=0; doc.font('Helvetica').fontSize(7).text(`Page ${i+1} of ${n}`, 30, doc.page.height-25, {width:W, align:'center', lineBreak:false}); }
 doc.end();
}
if (process.argv[1] && process.argv[1].endsWith('make-pdfs.mjs')) run();
