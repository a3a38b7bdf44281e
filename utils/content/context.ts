import { browser } from 'wxt/browser';

/**
 * What a content script's life needs from its context: to know when it is
 * over (the extension reloaded, updated or removed, or a newer copy of the
 * script started in the page), timers that stop with it, and a call on each
 * SPA navigation. Typed here so our code uses no more than this module gives.
 */
export interface ContentContext {
  /** True once this copy of the script has nothing more to do in the page. */
  readonly isInvalid: boolean;
  onInvalidated(callback: () => void): () => void;
  /** `setTimeout` that never fires once the context is invalid. */
  setTimeout(handler: () => void, ms: number): number;
  setInterval(handler: () => void, ms: number): number;
  /** `wxt:locationchange`: the tab's address changed without a page load. */
  addEventListener(target: Window, type: 'wxt:locationchange', handler: () => void): void;
}

/**
 * The context WXT hands a content script's `main`, for the content scripts'
 * builds only (aliased in wxt.config.ts, like `wxt/browser`). WXT's own class
 * carries helpers for every kind of script (animation-frame and idle
 * wrappers, a logger, an event class with both addresses, a `postMessage` of
 * its start for scripts built by WXT before 0.20): 1.6 kB minified and 0.45 kB
 * of gzip in a script injected into every Facebook tab, none of which ours
 * use. This keeps its behaviour for what they do use, under the same event
 * names, so a copy built with WXT's class and one built with this one still
 * stop each other.
 */
export class ContentScriptContext implements ContentContext {
  private readonly aborter = new AbortController();
  /** The address last seen, once something listens for navigations. */
  private lastUrl: string | undefined;

  constructor(private readonly name: string) {
    const id = Math.random().toString(36).slice(2);
    const started = this.eventName('wxt:content-script-started');
    // Copies started before this one stop; this one stops in turn when a newer one says it started.
    document.dispatchEvent(new CustomEvent(started, { detail: { contentScriptName: name, messageId: id } }));
    document.addEventListener(
      started,
      (event) => {
        const detail = (event as CustomEvent<{ contentScriptName?: string; messageId?: string } | null>).detail;
        if (detail?.contentScriptName === name && detail.messageId !== id) this.invalidate();
      },
      { signal: this.aborter.signal },
    );
  }

  get isInvalid(): boolean {
    // A script whose extension was reloaded or removed loses its runtime: nothing it sends arrives.
    if (browser.runtime?.id == null) this.invalidate();
    return this.aborter.signal.aborted;
  }

  onInvalidated(callback: () => void): () => void {
    this.aborter.signal.addEventListener('abort', callback);
    return () => this.aborter.signal.removeEventListener('abort', callback);
  }

  setTimeout(handler: () => void, ms: number): number {
    const id = setTimeout(() => this.isInvalid || handler(), ms);
    this.onInvalidated(() => clearTimeout(id));
    return id as unknown as number;
  }

  setInterval(handler: () => void, ms: number): number {
    const id = setInterval(() => this.isInvalid || handler(), ms);
    this.onInvalidated(() => clearInterval(id));
    return id as unknown as number;
  }

  addEventListener(target: Window, type: 'wxt:locationchange', handler: () => void): void {
    if (!this.isInvalid) this.watchLocation();
    target.addEventListener(this.eventName(type), handler, { signal: this.aborter.signal });
  }

  /** The end of this copy: its listeners, timers and observers stop (`onInvalidated`). */
  invalidate(): void {
    this.aborter.abort();
  }

  /**
   * Tell `wxt:locationchange` listeners of each new address: from the Navigation API where the
   * browser has it (as a navigation starts), else by looking at the address every second.
   */
  private watchLocation(): void {
    if (this.lastUrl !== undefined) return;
    this.lastUrl = location.href;
    const arrived = (href: string) => {
      if (href === this.lastUrl) return;
      this.lastUrl = href;
      window.dispatchEvent(new Event(this.eventName('wxt:locationchange')));
    };
    const navigation = (globalThis as { navigation?: EventTarget }).navigation;
    if (typeof navigation?.addEventListener === 'function') {
      navigation.addEventListener('navigate', (event) => arrived(new URL((event as Event & { destination: { url: string } }).destination.url).href), {
        signal: this.aborter.signal,
      });
    } else this.setInterval(() => arrived(location.href), 1_000);
  }

  /** WXT's names: unique to the extension and the script, so two scripts' events never mix. */
  private eventName(type: string): string {
    return `${browser.runtime?.id}:${this.name}:${type}`;
  }
}
