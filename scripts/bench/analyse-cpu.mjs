// Self and total time per function of the extension's code in a V8 .cpuprofile (profile-page.mjs, profile-reading.mjs).
//   node scripts/bench/analyse-cpu.mjs <file.cpuprofile> [top]   (URLP=adapters for profile-reading's bundle)
import { readFileSync } from 'node:fs';
const p = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const top = Number(process.argv[3] ?? 40);
const byId = new Map(p.nodes.map((n) => [n.id, n]));
const parent = new Map();
for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const counts = new Map();
for (const s of p.samples) counts.set(s, (counts.get(s) ?? 0) + 1);
const dt = (p.endTime - p.startTime) / p.samples.length / 1000; // ms per sample
const self = new Map(); const total = new Map();
let ext = 0, all = 0;
const name = (n) => `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber + 1}`;
for (const [id, c] of counts) {
  const n = byId.get(id);
  all += c;
  // is any frame on the stack extension?
  let isExt = false; const seen = new Set();
  for (let x = n; x; x = byId.get(parent.get(x.id))) {
    if (x.callFrame.url.startsWith(process.env.URLP ?? 'chrome-extension')) { isExt = true; const k = name(x); if (!seen.has(k)) { seen.add(k); total.set(k, (total.get(k) ?? 0) + c); } }
  }
  if (!isExt) continue;
  ext += c;
  // self: attribute native frames (no url) to themselves by name
  const k = n.callFrame.url ? name(n) : `[native] ${n.callFrame.functionName}`;
  self.set(k, (self.get(k) ?? 0) + c);
}
console.log(`samples ${all}, ms/sample ${dt.toFixed(3)}, extension ${(ext * dt).toFixed(0)} ms`);
console.log('-- self'); for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${(v * dt).toFixed(1).padStart(8)} ms  ${k}`);
console.log('-- total'); for (const [k, v] of [...total].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${(v * dt).toFixed(1).padStart(8)} ms  ${k}`);
