// Reading the renderer's main thread through the DevTools protocol: cumulative
// Performance metrics, and a trace whose script events we attribute to the
// extension (isolated world: the script's URL is chrome-extension://…) or to
// the page.

const CATEGORIES = ['devtools.timeline', 'toplevel', 'v8.execute', 'disabled-by-default-devtools.timeline'];

/** Script entry points in the timeline: each has the URL of the script it runs. */
const SCRIPT_EVENTS = new Set(['FunctionCall', 'EvaluateScript', 'v8.compile', 'v8.compileModule', 'V8.Execute', 'TimerFire', 'FireIdleCallback']);
const TASK_EVENTS = new Set(['RunTask', 'ThreadControllerImpl::RunTask']);

export async function cdpFor(context, page) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const { frameTree } = await cdp.send('Page.getFrameTree');
  return { cdp, frameId: frameTree.frame.id };
}

/** Main-thread totals since the page started (seconds in the protocol; ms here). */
export async function metrics(cdp) {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  const m = Object.fromEntries(list.map((x) => [x.name, x.value]));
  return { script: m.ScriptDuration * 1000, task: m.TaskDuration * 1000, layout: m.LayoutDuration * 1000, style: m.RecalcStyleDuration * 1000 };
}

export const diff = (a, b) => Object.fromEntries(Object.keys(a).map((k) => [k, b[k] - a[k]]));

export async function startTrace(cdp, categories = CATEGORIES) {
  await cdp.send('Tracing.start', {
    transferMode: 'ReturnAsStream',
    traceConfig: { recordMode: 'recordAsMuchAsPossible', includedCategories: categories },
  });
}

/** Only the top-level tasks and our marks: next to no cost to the page, unlike a full timeline trace. */
export const TASK_CATEGORIES = ['toplevel', 'blink.user_timing', '__metadata'];

/**
 * The page's renderer main thread time up to each mark, from a TASK_CATEGORIES
 * trace: wall time (what TaskDuration counts) and the thread's CPU time, which
 * stays honest on a loaded machine where a task's wall time also counts the
 * time the thread waited for a core. The page's main thread is the busiest
 * renderer main thread (the extension's own pages sit idle).
 */
export function mainThreadTime(events, marks) {
  const names = new Map();
  for (const e of events) if (e.ph === 'M' && e.name === 'thread_name') names.set(`${e.pid}:${e.tid}`, e.args?.name);
  const busy = new Map();
  for (const e of events) {
    if (!TASK_EVENTS.has(e.name) || e.ph !== 'X') continue;
    const key = `${e.pid}:${e.tid}`;
    if (names.get(key) === 'CrRendererMain') busy.set(key, (busy.get(key) ?? 0) + e.dur);
  }
  const [main] = [...busy].sort((a, b) => b[1] - a[1])[0] ?? [];
  if (!main) throw new Error('bench: no renderer main thread in the trace');
  const tasks = events
    .filter((e) => TASK_EVENTS.has(e.name) && e.ph === 'X' && `${e.pid}:${e.tid}` === main)
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const outer = [];
  let end = -1;
  for (const t of tasks) if (t.ts >= end) outer.push(t), (end = t.ts + t.dur);
  return marks.map((label) => {
    const mark = events.find((e) => e.name === label && e.cat?.includes('blink.user_timing'));
    if (!mark) throw new Error(`bench: mark ${label} missing from the trace`);
    let wall = 0;
    let cpu = 0;
    let longest = 0;
    for (const t of outer) {
      if (t.ts >= mark.ts) break;
      wall += t.dur;
      cpu += t.tdur ?? t.dur;
      longest = Math.max(longest, t.dur);
    }
    return { wallMs: wall / 1000, cpuMs: cpu / 1000, longestTaskMs: longest / 1000 };
  });
}

export async function stopTrace(cdp) {
  const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.end');
  const { stream } = await done;
  const chunks = [];
  for (;;) {
    const { data, eof, base64Encoded } = await cdp.send('IO.read', { handle: stream, size: 4 << 20 });
    chunks.push(base64Encoded ? Buffer.from(data, 'base64').toString('utf8') : data);
    if (eof) break;
  }
  await cdp.send('IO.close', { handle: stream });
  const parsed = JSON.parse(chunks.join(''));
  return Array.isArray(parsed) ? parsed : parsed.traceEvents;
}

const urlOf = (e) => e.args?.data?.url ?? e.args?.data?.scriptName ?? e.args?.url ?? e.args?.fileName ?? '';

/**
 * What a stretch of extension script was doing, by how the browser entered it:
 * idle callbacks are the watcher's reading slices (reading, and handing each
 * batch to messaging), whether the trace shows our call at the top or inside
 * the renderer's FireIdleCallback, which carries no script URL; other callbacks
 * nested in the page's own calls are the MutationObserver's (delivered at the
 * microtask checkpoint that ends the page's call); other calls are message
 * answers, markers and timers.
 */
function kindOf(e) {
  if (e.name === 'FireIdleCallback' || e.parent === 'FireIdleCallback') return 'reading slices';
  if (e.nested) return 'observer';
  if (e.name === 'FunctionCall' || e.name === 'TimerFire') return 'answers, markers, timers';
  return 'loading';
}

/**
 * Split the page's main thread into the extension's script time and the rest.
 * `stamps` are console.timeStamp labels that cut the run into phases.
 * Returns per phase: extension script ms, page script ms, and the longest
 * stretch of extension script inside one task.
 */
export function analyseTrace(events, { frameId, stamps }) {
  // The page's renderer main thread: where script events of its frame run.
  const owner = events.find((e) => SCRIPT_EVENTS.has(e.name) && e.args?.data?.frame === frameId);
  if (!owner) throw new Error('bench: no script event of the page frame in the trace');
  const { pid, tid } = owner;
  const onThread = events.filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && typeof e.dur === 'number');
  const times = stamps.map((label) => {
    const e = events.find((x) => x.name === 'TimeStamp' && x.args?.data?.message === label);
    if (!e) throw new Error(`bench: time stamp ${label} missing from the trace`);
    return e.ts;
  });
  // A reduce, not Math.min(...): a long run's trace has more events than the call stack has room for.
  const start = onThread.reduce((min, e) => Math.min(min, e.ts), Infinity);
  const bounds = [start, ...times];

  // Outermost script events only: a FunctionCall inside V8.Execute inside FunctionCall counts once.
  const scripts = onThread.filter((e) => SCRIPT_EVENTS.has(e.name)).sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const outer = [];
  let end = -1;
  for (const e of scripts) {
    if (e.ts >= end) {
      outer.push(e);
      end = e.ts + e.dur;
    } else if (urlOf(e).startsWith('chrome-extension://') && !urlOf(outer.at(-1)).startsWith('chrome-extension://')) {
      // Extension code called from inside a page event (a microtask checkpoint at the end of the page's call):
      // charge it to the extension and take it out of the page's share.
      outer.at(-1).extensionInside = (outer.at(-1).extensionInside ?? 0) + e.dur;
      outer.push({ ...e, nested: true, parent: outer.at(-1).name });
    }
  }
  const isExt = (e) => urlOf(e).startsWith('chrome-extension://');
  const tasks = onThread.filter((e) => TASK_EVENTS.has(e.name)).sort((a, b) => a.ts - b.ts);

  const phases = bounds.slice(1).map((to, i) => {
    const from = bounds[i];
    const inPhase = (e) => e.ts >= from && e.ts < to;
    let extension = 0;
    let page = 0;
    const byKind = {};
    for (const e of outer.filter(inPhase)) {
      if (isExt(e)) {
        extension += e.dur;
        const kind = kindOf(e);
        byKind[kind] = (byKind[kind] ?? 0) + e.dur / 1000;
      } else if (!e.nested) page += e.dur - (e.extensionInside ?? 0);
    }
    // The longest extension stretch inside one task, and that task's length.
    let longest = { extension: 0, task: 0 };
    let longestTask = 0;
    let ti = 0;
    const extEvents = outer.filter((e) => inPhase(e) && isExt(e));
    const perTask = new Map();
    for (const e of extEvents) {
      while (ti < tasks.length && tasks[ti].ts + tasks[ti].dur < e.ts) ti++;
      const task = tasks[ti] && tasks[ti].ts <= e.ts ? tasks[ti] : null;
      const key = task ?? e;
      perTask.set(key, (perTask.get(key) ?? 0) + e.dur);
    }
    for (const [task, ext] of perTask) if (ext > longest.extension) longest = { extension: ext, task: task.dur };
    for (const t of tasks) if (inPhase(t)) longestTask = Math.max(longestTask, t.dur);
    return {
      extensionMs: extension / 1000,
      extensionByKind: byKind,
      pageScriptMs: page / 1000,
      longestExtensionInTaskMs: longest.extension / 1000,
      thatTaskMs: longest.task / 1000,
      longestTaskMs: longestTask / 1000,
    };
  });
  return phases;
}
