// Draws the add-in's icon (a check mark in a rounded square) at the sizes Outlook asks for.
// Run with `node scripts/make-icons.js`; the PNGs are committed in assets/.
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

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
  const body = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

function distToSegment(px, py, ax, ay, bx, by) {
  const dx = bx - ax,
    dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

function icon(size) {
  const rows = [];
  const r = size * 0.2;
  const stroke = size * 0.09;
  for (let y = 0; y < size; y++) {
    const row = [0];
    for (let x = 0; x < size; x++) {
      // 4x supersampling for smooth edges.
      let inside = 0,
        check = 0;
      for (let sy = 0; sy < 4; sy++)
        for (let sx = 0; sx < 4; sx++) {
          const px = x + (sx + 0.5) / 4,
            py = y + (sy + 0.5) / 4;
          const cx = Math.min(Math.max(px, r), size - r),
            cy = Math.min(Math.max(py, r), size - r);
          if (Math.hypot(px - cx, py - cy) <= r) inside++;
          const d = Math.min(
            distToSegment(px, py, size * 0.27, size * 0.52, size * 0.43, size * 0.68),
            distToSegment(px, py, size * 0.43, size * 0.68, size * 0.74, size * 0.34),
          );
          if (d <= stroke) check++;
        }
      const a = inside / 16,
        c = check / 16;
      const bg = [15, 108, 189];
      const rgb = bg.map((v) => Math.round(v * (1 - c) + 255 * c));
      row.push(...rgb, Math.round(a * 255));
    }
    rows.push(Buffer.from(row));
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8;
  header[9] = 6;
  header[10] = 0;
  header[11] = 0;
  header[12] = 0;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", zlib.deflateSync(Buffer.concat(rows))),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

for (const size of [16, 32, 64, 80, 128]) {
  fs.writeFileSync(path.join(__dirname, "..", "assets", `icon-${size}.png`), icon(size));
}
console.log("assets/icon-{16,32,64,80,128}.png written");
