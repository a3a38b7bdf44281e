// CPU and wall time of the top-level tasks of every thread in a full trace (profile-page.mjs).
//   node scripts/bench/threads-profile.mjs /tmp/pagecost/<platform>-<condition>-<n>.json
import { readFileSync } from 'node:fs';
const events = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const names = new Map(), pnames = new Map();
for (const e of events) if (e.ph === 'M' && e.name === 'thread_name') names.set(`${e.pid}:${e.tid}`, e.args?.name);
for (const e of events) if (e.ph === 'M' && e.name === 'process_name') pnames.set(e.pid, e.args?.name);
const per = new Map();
const tops = events.filter((e) => e.ph === 'X' && (e.name === 'ThreadControllerImpl::RunTask' || e.name === 'RunTask' || e.name==='ThreadPool_RunTask')).sort((a, b) => a.ts - b.ts || b.dur - a.dur);
const ends = new Map();
for (const e of tops) {
  const k = `${e.pid}:${e.tid}`;
  if ((ends.get(k) ?? -1) > e.ts) continue;
  ends.set(k, e.ts + e.dur);
  const r = per.get(k) ?? { wall: 0, cpu: 0, n: 0 };
  r.wall += e.dur; r.cpu += e.tdur ?? 0; r.n++;
  per.set(k, r);
}
for (const [k, r] of [...per].sort((a, b) => b[1].cpu - a[1].cpu).slice(0, 14)) console.log(`${(r.cpu / 1000).toFixed(0).padStart(7)} cpu ${(r.wall / 1000).toFixed(0).padStart(7)} wall ${String(r.n).padStart(6)}  ${pnames.get(+k.split(':')[0])}/${names.get(k)} ${k}`);
