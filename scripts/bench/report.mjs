// One table: each figure, its budget (when it has one), PASS/FAIL.

const ms = (v) => (v === null || v === undefined || Number.isNaN(v) ? 'n/a' : `${v >= 100 ? v.toFixed(0) : v.toFixed(1)} ms`);
const pct = (v) => (v === null || Number.isNaN(v) ? 'n/a' : `${(v * 100).toFixed(2)} %`);
const kb = (b) => `${(b / 1000).toFixed(1)} kB`;
const verdict = (ok) => (ok === null ? '' : ok ? 'PASS' : 'FAIL');

/** Cumulative extension script time up to checkpoint k, from the trace. */
const extUpTo = (runs, k) => runs.slice(0, k + 1).reduce((s, r) => s + (r.trace?.extensionMs ?? NaN), 0);
const settledAt = (runs, k) => !!runs?.[k]?.settled && !!runs[k].trace;

export function printReport(results) {
  const rows = [];
  const add = (figure, measured, budget = '', ok = null) => rows.push([figure, measured, budget, verdict(ok)]);
  const { checkpoints } = results.config;
  const [small, big] = checkpoints;
  const n = (v) => (typeof v === 'number' ? v.toLocaleString('en-US') : '?');

  if (results.size) {
    const { content, popupJs, popupCss, popupFiles } = results.size;
    for (const c of content) {
      const name = c.files.map((f) => f.split('/').pop()).join(' + ');
      add(`Size: content script ${name} (minified)`, kb(c.bytes), '≤ 25 kB', c.bytes <= 25_000);
      add(`Size: content script ${name} (gzip)`, kb(c.gzip), '≤ 10 kB', c.gzip <= 10_000);
    }
    add(`Size: popup JS, ${popupFiles.filter((f) => f.file.endsWith('.js')).length} chunks (min / gzip)`, `${kb(popupJs.bytes)} / ${kb(popupJs.gzip)}`);
    add('Size: popup CSS (min / gzip)', `${kb(popupCss.bytes)} / ${kb(popupCss.gzip)}`);
  }

  for (const [platform, v] of Object.entries(results.overhead)) {
    const P = platform === 'facebook' ? 'Facebook' : 'LinkedIn';
    const ours = v.ours ?? [];
    const none = v.none ?? [];
    const naive = v.naive ?? [];
    const last = checkpoints.length - 1;
    const unsettled = ours.find((r) => !r.settled);
    const note = unsettled
      ? ` (did not settle at ${n(unsettled.n)}: ${unsettled.read ?? '?'}/${n(unsettled.expected)} stored)`
      : '';
    if (settledAt(ours, last) && none[last]) {
      const ext = extUpTo(ours, last);
      const own = none[last].metrics.task;
      add(`${P} ${n(big)}: extension script / page's own main thread`, `${ms(ext)} / ${ms(own)} = ${pct(ext / own)}`, '≤ 5 %', ext / own <= 0.05);
      const delta = ours[last].metrics.task - none[last].metrics.task;
      add(`${P} ${n(big)}: cross-check, Δ main-thread time with vs without`, `${ms(delta)} = ${pct(delta / own)}`);
    } else {
      add(`${P} ${n(big)}: extension script / page's own main thread`, `n/a${note}`, '≤ 5 %', false);
    }
    const longest = Math.max(...ours.map((r) => r.trace?.longestExtensionInTaskMs ?? 0));
    const task = ours.find((r) => r.trace?.longestExtensionInTaskMs === longest)?.trace?.thatTaskMs;
    add(`${P}: longest extension run inside one task`, `${ms(longest)} (task ${ms(task)})${unsettled ? ' (partial run)' : ''}`, '≤ 50 ms', longest <= 50);
    const ownLongest = Math.max(0, ...none.map((r) => r.trace?.longestTaskMs ?? 0));
    const oursLongest = Math.max(0, ...ours.map((r) => r.trace?.longestTaskMs ?? 0));
    add(`${P}: longest task of the page, without / with extension`, `${ms(ownLongest)} / ${ms(oursLongest)}`);
    for (const [k, count] of checkpoints.entries()) {
      if (!ours[k]) continue;
      const ext = extUpTo(ours, k);
      add(`${P}: extension time at ${n(count)} (per 1,000)`, `${ms(ext)} (${ms((ext / count) * 1000)})${ours[k].settled ? '' : ' (did not settle)'}`);
    }
    if (settledAt(ours, last)) {
      const growth = extUpTo(ours, last) / extUpTo(ours, 0);
      add(`${P}: time at ${n(big)} ÷ time at ${n(small)}`, `${growth.toFixed(2)}×`, `≤ ${((big / small) * 1.1).toFixed(1)}×`, growth <= (big / small) * 1.1);
    } else {
      add(`${P}: time at ${n(big)} ÷ time at ${n(small)}`, `n/a${note}`, `≤ ${((big / small) * 1.1).toFixed(1)}×`, false);
    }
    if (naive.length) {
      const k = Math.min(naive.length, ours.length) - 1;
      const naiveExt = extUpTo(naive, k);
      const oursExt = extUpTo(ours, k);
      add(
        `${P} ${n(checkpoints[k])}: naive re-scan baseline (vs ours)`,
        `${ms(naiveExt)} vs ours ${ms(oursExt)}${ours[k].settled ? '' : ' (ours did not settle)'}: naive/ours = ${(naiveExt / oursExt).toFixed(2)}`,
      );
    }
  }

  if (results.ingest) {
    const g = results.ingest;
    const ok = g.inDb === g.count && !g.refused;
    add(
      `Ingest: ${n(g.count)} comments, ${g.messages} messages of ${g.perMessage}`,
      `${ms(g.ms)} (${((g.ms / g.count) * 1000).toFixed(0)} µs/comment; ${n(g.inDb)} in IndexedDB)`,
      '≤ 2 s',
      ok && g.ms <= 2_000,
    );
  }

  if (results.popup) {
    const p = results.popup;
    if (p.error) add('Popup: first row', `n/a (${p.error})`, '≤ 200 ms', false);
    else {
      const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
      const first = p.samples.map((s) => s.firstRowPaintedMs).filter((x) => x !== null);
      const whole = p.samples.map((s) => s.lastPaintedMs).filter((x) => x !== null);
      const rows = p.samples.at(-1)?.rows ?? 0;
      if (!first.length) add('Popup: first row painted', 'n/a (no [role=listitem] appeared)', '≤ 200 ms', false);
      else {
        add(
          `Popup (${n(p.seeded.total)} stored, ${n(p.seeded.pending)} pending): first row painted, median of ${first.length}`,
          `${ms(median(first))} (first open ${ms(first[0])})`,
          '≤ 200 ms',
          median(first) <= 200,
        );
        add(`Popup: whole visible list painted (${rows} rows)`, `${ms(median(whole))} (first open ${ms(whole[0])})`);
      }
    }
  }

  const widths = [0, 1, 2, 3].map((i) => Math.max(...rows.map((r) => r[i].length), ['Figure', 'Measured', 'Budget', ''][i].length));
  const line = (r) => `| ${r.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  console.log(`\nReply Radar benchmark — ${results.machine}; ${results.totalSeconds.toFixed(0)} s\n`);
  console.log(line(['Figure', 'Measured', 'Budget', '']));
  console.log(line(widths.map((w) => '-'.repeat(w))));
  for (const r of rows) console.log(line(r));
  if (results.errors.length) {
    console.log('\nNot measured:');
    for (const e of results.errors) console.log(`- ${e}`);
  }
  const failed = rows.filter((r) => r[3] === 'FAIL').length;
  console.log(`\n${rows.filter((r) => r[3] === 'PASS').length} budgets met, ${failed} not met.`);
}
