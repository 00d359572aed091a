// Generates the Teams app icons without downloads: color.png (192×192, full colour) and
// outline.png (32×32, white on transparent), as PNGs written with node's zlib.
// Run: node teams-app/make-icons.mjs
import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { deflateSync } from "node:zlib";

const here = dirname(fileURLToPath(import.meta.url));

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}
/** An RGBA PNG from a pixel function (x, y) → [r, g, b, a]. */
function png(size, pixel) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type RGBA
  const rows = [];
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 4); // filter byte 0
    for (let x = 0; x < size; x++) row.set(pixel(x, y), 1 + x * 4);
    rows.push(row);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(Buffer.concat(rows))),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

/** A speech bubble with a "+" (help) mark, in unit coordinates 0..1. */
function inBubble(u, v) {
  const inBody = u > 0.16 && u < 0.84 && v > 0.2 && v < 0.68;
  const tail = v >= 0.68 && v < 0.82 && u > 0.3 && u < 0.46 && u - 0.3 < (0.82 - v) * 1.1;
  return inBody || tail;
}
function inPlus(u, v) {
  const cx = 0.5;
  const cy = 0.44;
  return (
    (Math.abs(u - cx) < 0.05 && Math.abs(v - cy) < 0.16) ||
    (Math.abs(v - cy) < 0.05 && Math.abs(u - cx) < 0.16)
  );
}

const color = png(192, (x, y) => {
  const u = (x + 0.5) / 192;
  const v = (y + 0.5) / 192;
  if (inBubble(u, v) && !inPlus(u, v)) return [255, 255, 255, 255];
  return [37, 99, 235, 255]; // brand blue background (colour icon must fill the square)
});
const outline = png(32, (x, y) => {
  const u = (x + 0.5) / 32;
  const v = (y + 0.5) / 32;
  return inBubble(u, v) && !inPlus(u, v) ? [255, 255, 255, 255] : [0, 0, 0, 0];
});
writeFileSync(join(here, "color.png"), color);
writeFileSync(join(here, "outline.png"), outline);
console.log(`color.png ${color.length} bytes, outline.png ${outline.length} bytes`);
