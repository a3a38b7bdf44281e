// Draws the toolbar and store icons (a radar sweep over a speech bubble) into
// public/icon/{16,32,48,128}.png. Run once when the design changes; the PNGs are committed.
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

function crc32(buf) {
  let c, crc = 0xffffffff;
  for (let n = 0; n < buf.length; n++) {
    c = (crc ^ buf[n]) & 0xff;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    crc = (crc >>> 8) ^ c;
  }
  return (crc ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4); len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4); crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}
function png(size, pixel) {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      // 4x4 supersampling for smooth edges
      let acc = [0, 0, 0, 0];
      for (let sy = 0; sy < 4; sy++) for (let sx = 0; sx < 4; sx++) {
        const p = pixel((x + (sx + 0.5) / 4) / size, (y + (sy + 0.5) / 4) / size);
        acc = acc.map((v, i) => v + p[i] * (i === 3 ? 1 : p[3]));
      }
      const a = acc[3] / 16;
      const o = y * (size * 4 + 1) + 1 + x * 4;
      raw[o] = a ? acc[0] / acc[3] : 0; raw[o + 1] = a ? acc[1] / acc[3] : 0; raw[o + 2] = a ? acc[2] / acc[3] : 0; raw[o + 3] = a * 255;
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0); ihdr.writeUInt32BE(size, 4); ihdr[8] = 8; ihdr[9] = 6;
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}
const BLUE = [26, 115, 232], WHITE = [255, 255, 255], RED = [217, 48, 37];
function icon(u, v) {
  const dx = u - 0.5, dy = v - 0.47, r = Math.hypot(dx, dy);
  // red "waiting" dot
  if (Math.hypot(u - 0.78, v - 0.22) < 0.13) return [...RED, 1];
  // bubble tail
  if (v > 0.8 && v < 0.97 && u > 0.24 && u < 0.44 && (u - 0.24) < (0.97 - v) * 1.2) return [...BLUE, 1];
  if (r > 0.42) return [0, 0, 0, 0];
  // radar rings and sweep on a blue disc
  const ring = [0.14, 0.27].some((rr) => Math.abs(r - rr) < 0.028);
  const ang = Math.atan2(dy, dx);
  const sweep = ang > -Math.PI / 2 && ang < -Math.PI / 2 + 0.9 && r < 0.36;
  if (ring || (r < 0.05)) return [...WHITE, 1];
  if (sweep) return [120, 170, 245, 1];
  return [...BLUE, 1];
}
for (const size of [16, 32, 48, 128]) writeFileSync(new URL(`../public/icon/${size}.png`, import.meta.url), png(size, icon));
console.log('icons written to public/icon/');
