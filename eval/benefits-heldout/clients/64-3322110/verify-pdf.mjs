// Prints the text layer of a PDF. From /work/main: node eval/benefits-heldout/clients/64-3322110/verify-pdf.mjs eval/benefits-heldout/clients/64-3322110/documents/larkspur-hmo-select-sbc-2026.pdf
import { extractText } from "unpdf";
import fs from "fs";
const buf = new Uint8Array(fs.readFileSync(process.argv[2]));
const { totalPages, text } = await extractText(buf, { mergePages: false });
console.log("pages", totalPages);
text.forEach((t, i) => console.log(`=== page ${i + 1}\n${t}`));
