// Draws Fineprint's toolbar/store icons (16, 32, 48, 128 px) into public/icon/ as PNGs, with no
// dependencies: shapes are rasterised with 4×4 supersampling and written as zlib-deflated RGBA.
// The motif: a page (white) with lines of text, one of them highlighted (yellow), on a blue tile.
// Run: node scripts/make-icons.mjs
import { mkdirSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const SIZES = [16, 32, 48, 128];
const BLUE = [29, 78, 216];
const WHITE = [255, 255, 255];
const INK = [100, 116, 139];
const HIGHLIGHT = [250, 204, 21];

/** Shapes in a 0..1 unit square, painted in order; later shapes cover earlier ones. */
function shapes(size) {
  // Small icons get fewer, thicker lines so they stay legible.
  const lines = size <= 16 ? [0.42, 0.62] : [0.36, 0.5, 0.64, 0.78];
  const marked = size <= 16 ? 0 : 1;
  const list = [
    { kind: 'rrect', x0: 0, y0: 0, x1: 1, y1: 1, r: 0.2, color: BLUE },
    { kind: 'rrect', x0: 0.22, y0: 0.14, x1: 0.78, y1: 0.86, r: 0.06, color: WHITE },
  ];
  lines.forEach((y, i) => {
    const h = size <= 16 ? 0.1 : 0.07;
    const x1 = i === lines.length - 1 ? 0.56 : 0.68;
    if (i === marked) list.push({ kind: 'rrect', x0: 0.27, y0: y - h, x1: 0.73, y1: y + h, r: 0.03, color: HIGHLIGHT });
    list.push({ kind: 'rrect', x0: 0.32, y0: y - h / 2.4, x1, y1: y + h / 2.4, r: 0.02, color: INK });
  });
  return list;
}

function inside(shape, x, y) {
  const { x0, y0, x1, y1, r } = shape;
  if (x < x0 || x > x1 || y < y0 || y > y1) return false;
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

function render(size) {
  const ss = 4;
  const list = shapes(size);
  const rgba = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const acc = [0, 0, 0, 0];
      for (let sy = 0; sy < ss; sy++) {
        for (let sx = 0; sx < ss; sx++) {
          const x = (px + (sx + 0.5) / ss) / size;
          const y = (py + (sy + 0.5) / ss) / size;
          let color = null;
          for (const shape of list) if (inside(shape, x, y)) color = shape.color;
          if (color) {
            acc[0] += color[0];
            acc[1] += color[1];
            acc[2] += color[2];
            acc[3] += 1;
          }
        }
      }
      const i = (py * size + px) * 4;
      const covered = acc[3];
      rgba[i] = covered ? Math.round(acc[0] / covered) : 0;
      rgba[i + 1] = covered ? Math.round(acc[1] / covered) : 0;
      rgba[i + 2] = covered ? Math.round(acc[2] / covered) : 0;
      rgba[i + 3] = Math.round((255 * covered) / (ss * ss));
    }
  }
  return rgba;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function png(size, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type RGBA
  // compression, filter, interlace: 0
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) rgba.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const outDir = new URL('../public/icon/', import.meta.url);
mkdirSync(outDir, { recursive: true });
for (const size of SIZES) {
  const file = new URL(`${size}.png`, outDir);
  writeFileSync(file, png(size, render(size)));
  console.log(`wrote public/icon/${size}.png`);
}
