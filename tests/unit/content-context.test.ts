import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext as WxtContext } from 'wxt/utils/content-script-context';
import { ContentScriptContext } from '../../utils/content/context';

// The context our content scripts' builds get in place of WXT's (wxt.config.ts): a tab's script must stop
// when the extension goes away or a newer copy starts, and must hear of every SPA navigation.

const runtime = fakeBrowser.runtime as { id?: string };
const extensionId = runtime.id;
afterEach(() => {
  runtime.id = extensionId;
  vi.useRealTimers();
  history.replaceState(null, '', '/');
});

describe('content script context', () => {
  it('stops a copy when a newer copy of the same script starts, and only then', () => {
    const older = new ContentScriptContext('facebook');
    const stopped = vi.fn();
    older.onInvalidated(stopped);
    new ContentScriptContext('linkedin');
    expect(older.isInvalid).toBe(false);

    const newer = new ContentScriptContext('facebook');
    expect(older.isInvalid).toBe(true);
    expect(stopped).toHaveBeenCalledOnce();
    expect(newer.isInvalid).toBe(false);
  });

  it("stops a copy built with WXT's own context, and is stopped by one", () => {
    // WXT names its events after the entrypoint being built (`import.meta.env.ENTRYPOINT`, which the build
    // also hands the constructor); under test there is none.
    const name = String(import.meta.env.ENTRYPOINT);
    const wxt = new WxtContext(name);
    const ours = new ContentScriptContext(name);
    expect(wxt.isInvalid).toBe(true);
    expect(ours.isInvalid).toBe(false);

    new WxtContext(name);
    expect(ours.isInvalid).toBe(true);
  });

  it('fires no timer once the extension is gone, and clears its timers when stopped', () => {
    vi.useFakeTimers();
    const ctx = new ContentScriptContext('facebook');
    const tick = vi.fn();
    const once = vi.fn();
    ctx.setInterval(tick, 1_000);
    ctx.setTimeout(once, 5_000);
    vi.advanceTimersByTime(2_000);
    expect(tick).toHaveBeenCalledTimes(2);

    // Reloaded or removed: the old copy's runtime has no id any more.
    runtime.id = undefined;
    vi.advanceTimersByTime(10_000);
    expect(tick).toHaveBeenCalledTimes(2);
    expect(once).not.toHaveBeenCalled();
    expect(ctx.isInvalid).toBe(true);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('calls its listeners once per new address, not for the same one, and no more once stopped', () => {
    vi.useFakeTimers();
    const ctx = new ContentScriptContext('facebook');
    const arrived = vi.fn();
    ctx.addEventListener(window, 'wxt:locationchange', arrived);

    history.pushState(null, '', '/acmecoffee');
    vi.advanceTimersByTime(1_000);
    expect(arrived).toHaveBeenCalledOnce();
    vi.advanceTimersByTime(3_000);
    expect(arrived).toHaveBeenCalledOnce();

    history.pushState(null, '', '/acmecoffee/posts/1');
    vi.advanceTimersByTime(1_000);
    expect(arrived).toHaveBeenCalledTimes(2);

    ctx.invalidate();
    history.pushState(null, '', '/');
    vi.advanceTimersByTime(2_000);
    expect(arrived).toHaveBeenCalledTimes(2);
  });
});
