/**
 * Employees' words → the words plan documents print (the rows of the federal SBC template and the
 * usual dental and vision benefits). Reviewed data, one row per meaning, tested row by row
 * (test/unit/knowledge/lay-terms.test.ts). A phrase matches on word boundaries, case and accents
 * ignored; the document words are added to the question, never replace it. Spanish phrases map to the
 * English document words, since the documents are English.
 *
 * To add a row: the phrases people use (English and Spanish), and `means` as the SBC row or heading
 * prints it. Keep phrases specific: a phrase that also means something else belongs nowhere.
 */
export type LayTermRow = { says: readonly string[]; means: string };

export const LAY_TERMS: readonly LayTermRow[] = [
  // Hoops to jump through before care: the plan's approval first.
  {
    says: [
      "any hoops",
      "hoops",
      "jump through",
      "red tape",
      "approved first",
      "get approval",
      "aprobacion previa",
    ],
    means: "preauthorization required prior authorization",
  },
  {
    says: [
      "nurse line",
      "nurse hotline",
      "call a nurse",
      "talk to a nurse",
      "nurse phone line",
      "linea de enfermeria",
    ],
    means: "nurseline 24-hour nurse line",
  },
  // Specialists by name: an "orthopedist" visit is the SBC's specialist visit.
  {
    says: [
      "orthopedist",
      "orthopedic",
      "allergist",
      "dermatologist",
      "cardiologist",
      "neurologist",
      "urologist",
      "podiatrist",
      "oncologist",
      "endocrinologist",
      "gastroenterologist",
      "rheumatologist",
      "ent doctor",
      "ear nose and throat",
      "skin doctor",
      "heart doctor",
      "foot doctor",
      "bone doctor",
      "knee guy",
      "knee doctor",
      "back doctor",
      "especialista",
      "dermatologo",
      "cardiologo",
      "alergologo",
    ],
    means: "specialist visit",
  },
  {
    says: [
      "family doctor",
      "regular doctor",
      "regular dr",
      "family dr",
      "my doctor",
      "sick visit",
      "medico de cabecera",
      "doctor de cabecera",
      "medico general",
      "doctor de familia",
    ],
    means: "primary care visit",
  },
  {
    says: [
      "emergency department",
      "emergency dept",
      "the er",
      "er visit",
      "emergency room",
      "sala de emergencias",
      "urgencias",
      "emergencia",
    ],
    means: "emergency room care",
  },
  { says: ["ambulance", "ambulance ride", "ambulancia"], means: "emergency medical transportation" },
  {
    says: ["urgent care", "walk-in clinic", "walk in clinic", "minute clinic", "atencion urgente"],
    means: "urgent care",
  },
  {
    says: [
      "annual checkup",
      "annual check-up",
      "yearly checkup",
      "annual physical",
      "yearly physical",
      "physical exam",
      "wellness visit",
      "well visit",
      "well-woman",
      "mammogram",
      "flu shot",
      "vaccine",
      "vaccines",
      "immunization",
      "screening",
      "chequeo anual",
      "examen fisico",
      "vacuna",
      "vacunas",
    ],
    means: "preventive care screening immunization",
  },
  {
    says: [
      "blood work",
      "bloodwork",
      "blood test",
      "lab work",
      "labs",
      "x-ray",
      "x ray",
      "xray",
      "analisis de sangre",
      "radiografia",
    ],
    means: "diagnostic test x-ray blood work",
  },
  {
    says: ["mri", "ct scan", "cat scan", "pet scan", "resonancia", "tomografia"],
    means: "imaging CT PET MRI",
  },
  {
    says: [
      "cholesterol meds",
      "cholesterol medication",
      "blood pressure meds",
      "blood pressure pills",
      "statin",
      "generic meds",
      "generic drugs",
      "generic prescription",
      "medicamentos genericos",
      "genericos",
    ],
    means: "generic drugs",
  },
  {
    says: ["brand name", "brand-name", "name brand", "preferred brand", "medicamento de marca"],
    means: "preferred brand drugs",
  },
  {
    says: [
      "specialty drug",
      "specialty medication",
      "specialty meds",
      "biologic",
      "infusion drug",
      "injectable",
    ],
    means: "specialty drugs",
  },
  {
    says: [
      "counselor",
      "counseling",
      "shrink",
      "therapist",
      "therapy for",
      "talk therapy",
      "psychologist",
      "psychiatrist",
      "stress",
      "anxiety",
      "depression",
      "mental health",
      "behavioral health",
      "consejero",
      "terapeuta",
      "psicologo",
      "salud mental",
      "ansiedad",
      "depresion",
    ],
    means: "outpatient mental health behavioral health services",
  },
  { says: ["rehab facility", "inpatient rehab", "psychiatric hospital"], means: "inpatient services" },
  {
    says: ["chiropractor", "back cracker", "spine adjustment", "spinal adjustment", "quiropractico"],
    means: "chiropractic care",
  },
  {
    says: [
      "physical therapy",
      "pt sessions",
      "pt visits",
      "pt appointments",
      "occupational therapy",
      "speech therapy",
      "chiropractor",
      "chiropractic",
      "back cracker",
      "fisioterapia",
      "terapia fisica",
      "quiropractico",
    ],
    means: "rehabilitation services",
  },
  {
    says: [
      "hospital stay",
      "stay in the hospital",
      "admitted",
      "overnight in the hospital",
      "inpatient",
      "hospitalization",
      "hospitalizacion",
      "internado",
    ],
    means: "hospital stay facility fee",
  },
  {
    says: [
      "outpatient surgery",
      "outpatient procedure",
      "tonsils",
      "tonsillectomy",
      "knee scope",
      "arthroscopy",
      "hernia repair",
      "cataract surgery",
      "colonoscopy",
      "same-day surgery",
      "same day surgery",
      "cirugia ambulatoria",
    ],
    means: "outpatient surgery facility fee",
  },
  {
    says: [
      "prenatal",
      "pregnancy visits",
      "ob visits",
      "obgyn visits",
      "embarazo",
      "embarazada",
      "prenatales",
    ],
    means: "pregnancy office visits prenatal",
  },
  // Documents print the specialty as "OB/GYN", which reads as two words.
  { says: ["obgyn", "ob-gyn", "gynecologist", "gyno", "ginecologo"], means: "ob gyn" },
  {
    says: [
      "have a baby",
      "having a baby",
      "give birth",
      "giving birth",
      "delivery",
      "deliver the baby",
      "delivering my baby",
      "delivering the baby",
      "deliver my baby",
      "labor and delivery",
      "c-section",
      "c section",
      "csection",
      "cesarean",
      "cesarea",
      "childbirth",
      "parto",
      "dar a luz",
      "tener un bebe",
    ],
    means: "childbirth delivery facility services",
  },
  { says: ["home health", "home nurse", "nurse at home"], means: "home health care" },
  // Therapy for a skill a child never had is habilitation, not rehabilitation.
  {
    says: [
      "developmental delay",
      "developmental delays",
      "speech delay",
      "late talking",
      "not talking yet",
      "retraso del desarrollo",
    ],
    means: "habilitation services",
  },
  { says: ["ot", "occupational therapist", "terapia ocupacional"], means: "occupational therapy" },
  { says: ["saca leche", "sacaleche"], means: "breast pump" },
  { says: ["insulina"], means: "insulin" },
  {
    says: [
      "bomba para sacar leche",
      "sacaleches",
      "extractor de leche",
      "pump breast milk",
      "pumping breast milk",
    ],
    means: "breast pump",
  },
  {
    says: [
      "ivf",
      "in vitro",
      "iui",
      "fertility treatment",
      "egg freezing",
      "fertilidad",
      "fecundacion in vitro",
    ],
    means: "infertility treatment",
  },
  {
    says: [
      "nursing home",
      "skilled nursing",
      "rehab after surgery",
      "rehab facility",
      "rehab nursing facility",
      "nursing facility",
      "snf",
    ],
    means: "skilled nursing care",
  },
  {
    says: ["wheelchair", "crutches", "cpap", "walker", "medical equipment", "equipo medico"],
    means: "durable medical equipment",
  },
  { says: ["hospice"], means: "hospice services" },
  {
    says: [
      "gastric bypass",
      "gastric sleeve",
      "lap band",
      "weight loss surgery",
      "cirugia bariatrica",
      "manga gastrica",
      "cirugia para bajar de peso",
    ],
    means: "bariatric surgery",
  },
  {
    says: [
      "virtual visit",
      "virtual doctor",
      "video visit",
      "video doctor",
      "doctor on my phone",
      "doctor visits on my phone",
      "phone visit",
      "online doctor",
      "online therapy",
      "therapy online",
      "teletherapy",
      "telemedicine",
      "telemedicina",
      "consulta virtual",
    ],
    means: "telehealth virtual visit",
  },
  // Dental.
  {
    says: [
      "cleaning",
      "cleanings",
      "teeth cleaning",
      "limpieza dental",
      "limpiezas dentales",
      "limpieza",
      "limpiezas",
    ],
    means: "preventive dental cleanings exams",
  },
  {
    says: ["filling", "fillings", "cavity", "cavities", "empaste", "empastes", "caries"],
    means: "basic services fillings",
  },
  {
    says: ["crown", "crowns", "bridge", "dentures", "implant", "corona", "coronas", "puente", "dentadura"],
    means: "major services crowns",
  },
  // An implant is major work in one plan and excluded in another: the word itself is what documents print.
  { says: ["implant", "implants", "implante", "implantes", "implantes dentales"], means: "dental implants" },
  { says: ["braces", "invisalign", "retainer", "frenos", "brackets", "ortodoncia"], means: "orthodontia" },
  { says: ["invisalign", "clear braces", "alineadores"], means: "clear aligners" },
  // Being put to sleep for oral surgery or a procedure.
  {
    says: [
      "put her under",
      "put him under",
      "put me under",
      "put to sleep",
      "knocked out",
      "anestesia",
      "sedacion",
    ],
    means: "general anesthesia sedation",
  },
  {
    says: ["root canal", "root canals", "endodoncia", "tratamiento de conducto"],
    means: "root canal endodontics",
  },
  { says: ["dentist", "dentista"], means: "dental" },
  // Vision.
  {
    says: [
      "eye exam",
      "eye doctor",
      "optometrist",
      "eyes checked",
      "eyes examined",
      "eye check",
      "eye test",
      "vision test",
      "vision screening",
      "examen de la vista",
      "oculista",
    ],
    means: "eye exam vision",
  },
  { says: ["lentes", "anteojos", "gafas"], means: "eyeglasses" },
  {
    says: ["progressives", "no-line bifocals", "no line bifocals", "lentes progresivos"],
    means: "progressive lenses",
  },
  {
    says: [
      "transition lenses",
      "transitions lenses",
      "transitions",
      "light adjusting lenses",
      "lentes fotocromaticos",
    ],
    means: "photochromic light-changing light-reactive lenses",
  },

  { says: ["anti glare", "antiglare", "glare coating", "antirreflejante"], means: "anti-reflective coating" },
  // Care abroad: the SBC excludes "Non-emergency care when traveling outside the U.S.".
  {
    says: [
      "abroad",
      "overseas",
      "out of the country",
      "outside the country",
      "another country",
      "outside the us",
      "mexico",
      "canada",
      "europe",
      "caribbean",
      "cruise",
      "fuera del pais",
      "en el extranjero",
    ],
    means: "traveling outside the U.S.",
  },
  { says: ["lentes de contacto", "contacts", "contactos"], means: "contact lenses" },
  // Plan words in Spanish.
  { says: ["deducible"], means: "deductible" },
  { says: ["copago"], means: "copay" },
  { says: ["coseguro"], means: "coinsurance" },
  { says: ["gasto maximo", "maximo de bolsillo", "desembolso maximo"], means: "out-of-pocket limit" },
  {
    says: [
      "prima",
      "cada cheque",
      "por cheque",
      "de mi cheque",
      "por quincena",
      "me descuentan",
      "me quitan",
    ],
    means: "premium per paycheck",
  },
  { says: ["fuera de la red"], means: "out-of-network" },
  { says: ["dentro de la red", "en la red"], means: "in-network" },
  { says: ["cubre", "cubierto", "cobertura"], means: "covered" },
  { says: ["bebe", "recien nacido"], means: "baby newborn child birth" },
  { says: ["esposa", "esposo", "conyuge"], means: "spouse" },
  // Leaving the job: handbooks speak of termination of employment (COBRA, what ends when).
  {
    says: [
      "quit",
      "quitting",
      "resign",
      "resigning",
      "leave the company",
      "leaving the company",
      "laid off",
      "get fired",
      "lose my job",
      "renunciar",
      "renuncio",
    ],
    means: "termination of employment",
  },
  // Working fewer hours: handbooks state eligibility by hours a week and call it part-time.
  {
    says: [
      "hrs a week",
      "hours a week",
      "hrs per week",
      "go part time",
      "going part time",
      "medio tiempo",
      "tiempo parcial",
    ],
    means: "part-time hours per week eligible",
  },
  // Someone one lives with but is not married to: handbooks call them a domestic partner.
  {
    says: ["girlfriend", "boyfriend", "fiance", "fiancee", "live-in partner", "novia", "novio", "pareja"],
    means: "domestic partner",
  },
  { says: ["inscripcion abierta", "inscripcion"], means: "open enrollment" },
  { says: ["receta", "recetas", "medicamentos", "medicinas"], means: "prescription drugs" },
  { says: ["script", "scripts", "refill", "refills"], means: "prescription" },
  // Something broken or lost before its next allowance: plans list "replacement of lost or broken…".
  {
    says: [
      "broke",
      "broken",
      "snapped",
      "cracked",
      "lost my",
      "lost his",
      "lost her",
      "lost their",
      "se rompieron",
      "perdio",
    ],
    means: "replacement of lost or broken",
  },
  { says: ["cuesta", "cuanto pago", "cuanto cuesta"], means: "cost" },
  {
    says: ["cuenta hsa", "cuenta de ahorros para la salud", "cuenta de ahorro para la salud"],
    means: "HSA health savings account",
  },
  {
    says: [
      "pone dinero",
      "pone la empresa",
      "pone la compania",
      "aporta",
      "aportacion",
      "aporte",
      "contribucion",
      "deposita",
    ],
    means: "employer contribution deposit",
  },
  { says: ["armazon", "armazones", "montura", "monturas"], means: "frames allowance" },
  // A seasonal stop in work is a layoff, in handbooks' word.
  { says: ["laid off", "lay off", "get laid off", "furlough", "furloughed"], means: "layoff" },
  {
    says: [
      "stepson",
      "stepdaughter",
      "stepchild",
      "stepkid",
      "stepkids",
      "step son",
      "step daughter",
      "hijastro",
      "hijastra",
    ],
    means: "step-children",
  },
  {
    says: [
      "maternity leave",
      "paternity leave",
      "paid leave when the baby",
      "time off when the baby",
      "time off for the baby",
      "licencia de maternidad",
      "licencia de paternidad",
    ],
    means: "parental leave parental pay",
  },
  { says: ["nivel de cobertura", "mi nivel"], means: "coverage tier" },
  { says: ["agregar al bebe", "anadir al bebe", "agregar a mi bebe"], means: "adding a newborn" },
  // Choosing COBRA is electing it.
  {
    says: ["decide on cobra", "sign up for cobra", "choose cobra", "take cobra"],
    means: "elect COBRA election",
  },
  { says: ["cuantas visitas", "cuantas veces", "limite de visitas"], means: "visits per year limit" },
];

/** Lower case, accents stripped, for matching phrases. */
export function normalizeWords(text: string): string {
  return text.toLowerCase().normalize("NFD").replace(/\p{M}/gu, "");
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

const MATCHERS: { pattern: RegExp; means: string }[] = LAY_TERMS.map((row) => ({
  pattern: new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${row.says.map((s) => escapeRegExp(normalizeWords(s))).join("|")})(?![\\p{L}\\p{N}])`,
    "u",
  ),
  means: row.means,
}));

/** The document words for the lay phrases a question uses, in row order, each once. */
export function layTermMeanings(question: string): string[] {
  return layTermsIn(question).map((m) => m.means);
}

/** The lay phrases a text uses, each as written there with what it means in the documents' words. */
export function layTermsIn(question: string): { said: string; means: string }[] {
  const text = normalizeWords(question);
  return MATCHERS.flatMap((m) => {
    const said = m.pattern.exec(text)?.[0];
    return said ? [{ said, means: m.means }] : [];
  });
}

const SPANISH_WORDS =
  /(?<![\p{L}])(que|cuanto|cuanta|cuantos|cuantas|mi|mis|el|la|los|las|para|por|con|es|esta|tengo|puedo|donde|como|cual|cubre|cuesta|pago|seguro|plan|medico|del|una|un|si|necesito|hay)(?![\p{L}])/gu;

/** True when the question reads as Spanish (several Spanish function words, or Spanish marks). */
export function isSpanish(question: string): boolean {
  if (/[¿¡ñ]/i.test(question)) return true;
  const hits = normalizeWords(question).match(SPANISH_WORDS) ?? [];
  const distinct = new Set(hits.filter((w) => !["plan", "es", "si", "un", "como"].includes(w)));
  return distinct.size >= 2;
}
