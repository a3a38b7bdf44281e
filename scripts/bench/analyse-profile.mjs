// Dev tool: self time by event name on the page's renderer main thread. node analyse-profile.mjs file.json [top]
import { readFileSync } from 'node:fs';
const events = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const top = Number(process.argv[3] ?? 25);
const names = new Map();
for (const e of events) if (e.ph === 'M' && e.name === 'thread_name') names.set(`${e.pid}:${e.tid}`, e.args?.name);
const busy = new Map();
for (const e of events) if (e.ph === 'X' && e.name === 'RunTask' && names.get(`${e.pid}:${e.tid}`) === 'CrRendererMain') busy.set(`${e.pid}:${e.tid}`, (busy.get(`${e.pid}:${e.tid}`) ?? 0) + e.dur);
const main = [...busy].sort((a, b) => b[1] - a[1])[0][0];
const ev = events.filter((e) => `${e.pid}:${e.tid}` === main && e.ph === 'X' && typeof e.dur === 'number').sort((a, b) => a.ts - b.ts || b.dur - a.dur);
const self = new Map(); const count = new Map(); const cpu = new Map();
const stack = [];
for (const e of ev) {
  while (stack.length && stack.at(-1).ts + stack.at(-1).dur <= e.ts) stack.pop();
  const parent = stack.at(-1);
  if (parent) { parent._child = (parent._child ?? 0) + e.dur; parent._tchild = (parent._tchild ?? 0) + (e.tdur ?? e.dur); }
  e._parent = parent;
  stack.push(e);
}
const key = (e) => {
  let k = e.name;
  if (e.name === 'FunctionCall' || e.name === 'TimerFire' || e.name === 'FireIdleCallback' || e.name === 'EvaluateScript') {
    const u = e.args?.data?.url ?? e.args?.data?.scriptName ?? '';
    k += u.startsWith('chrome-extension') ? ' [ext]' : u ? ' [page]' : '';
  }
  // who is above: a layout forced inside script?
  if (e.name === 'Layout' || e.name === 'UpdateLayoutTree' || e.name === 'Paint' || e.name === 'IntersectionObserverController::computeIntersections') {
    let p = e._parent; while (p && !['FunctionCall', 'TimerFire', 'FireIdleCallback', 'FireAnimationFrame', 'EventDispatch', 'RunMicrotasks', 'ParseHTML', 'UpdateLayoutTree', 'Layout'].includes(p.name)) p = p._parent;
    if (p && p !== e) { const u = p.args?.data?.url ?? ''; k += ` <in ${p.name}${u.startsWith('chrome-extension') ? ' ext' : ''}>`; }
  }
  return k;
};
let total = 0;
for (const e of ev) {
  const k = key(e);
  const s = e.dur - (e._child ?? 0);
  self.set(k, (self.get(k) ?? 0) + s);
  count.set(k, (count.get(k) ?? 0) + 1);
  if (!e._parent) total += e.tdur ?? e.dur;
}
console.log(`top-level CPU ${(total / 1000).toFixed(0)} ms`);
for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${(v / 1000).toFixed(1).padStart(9)} ms ${String(count.get(k)).padStart(6)}x  ${k}`);
// forced layouts / style with stacks
const forced = new Map();
for (const e of ev) {
  if (!['Layout', 'UpdateLayoutTree'].includes(e.name)) continue;
  const st = e.args?.beginData?.stackTrace ?? e.args?.data?.stackTrace;
  if (!st?.length) continue;
  const f = st[0]; const k = `${e.name} ${f.functionName}@${(f.url ?? '').split('/').pop()}:${f.lineNumber}`;
  forced.set(k, (forced.get(k) ?? 0) + e.dur);
}
if (forced.size) { console.log('with JS stacks:'); for (const [k, v] of [...forced].sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log(`${(v / 1000).toFixed(1).padStart(9)} ms  ${k}`); }
