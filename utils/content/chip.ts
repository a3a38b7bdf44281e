/**
 * The floating "3 waiting here" chip, the only interactive thing we put on a
 * page. Hand-made rather than WXT's createShadowRootUi, whose isolation
 * helpers would cost more of the content script's 25 kB than the chip itself.
 * It lives in a shadow root, so page styles and ours never mix; the menu is a
 * <details>, which opens and closes with no script of ours.
 */
import { plural, t } from '../i18n/messages';

const HTML =
  '<style>div,i{position:fixed;z-index:2147483647}div{right:16px;bottom:16px;display:flex;gap:6px;margin:0;padding:6px 12px;border-radius:18px;background:#222;color:#fff;font:13px/22px system-ui}' +
  'button,summary{display:inline-block;font:inherit;color:inherit;background:#fff3;border:0;border-radius:9px;padding:0 8px;cursor:pointer}details button{position:absolute;right:0;bottom:40px;background:#222}' +
  'i{border:3px solid #1a73e8;pointer-events:none}</style>' +
  '<div><span></span><button></button><details><summary>⋯</summary><button></button></details></div><i hidden></i>';

/** How often, at most, the chip's words change while a page loads comments. */
export const CHIP_EVERY_MS = 1_000;

export function createChip(doc: Document, next: () => void, hide: () => void) {
  const host = doc.createElement('reply-radar-chip');
  const root = host.attachShadow({ mode: 'open' });
  root.innerHTML = HTML;
  const [label, outline] = root.querySelectorAll<HTMLElement>('span,i');
  const [nextButton, hideButton] = root.querySelectorAll('button');
  // Words go in as text, never as markup.
  nextButton!.textContent = t('content.chip.next');
  hideButton!.textContent = t('content.chip.hide');
  root.querySelector('summary')!.setAttribute('aria-label', t('content.chip.menu'));
  nextButton!.onclick = next;
  hideButton!.onclick = hide;
  let run = 0;

  /** When the words last changed, and a count waiting for its turn. */
  let lastWrite = -Infinity;
  let pendingTimer: ReturnType<typeof setTimeout> | undefined;
  let pendingCount = 0;

  function write(count: number): void {
    clearTimeout(pendingTimer);
    pendingTimer = undefined;
    // No chip, no words: the first plural loads the browser's number and plural data, tens of ms on a
    // page that never shows a count (markers off, or nothing waiting).
    if (!count) return host.remove();
    const words = plural('content.chip.waitingHere', count);
    // Rewriting the same words would still cost the page a layout.
    if (label!.textContent !== words) {
      label!.textContent = words;
      lastWrite = performance.now();
    }
    if (!host.isConnected) doc.documentElement.append(host);
  }

  return {
    /**
     * "n waiting here", or no chip when n is 0. `whileLoading`: the count comes from a batch of a
     * page that is loading comments, which asks after every batch of a few hundred; its words then
     * change at most once every CHIP_EVERY_MS, the last count always shown, so thousands of comments
     * arriving cost the page a handful of layouts instead of one per batch. What the user did (a reply
     * seen, Mark replied, Hide) shows at once.
     */
    show(count: number, whileLoading = false): void {
      if (!whileLoading || !count || !host.isConnected) return write(count);
      pendingCount = count;
      if (pendingTimer !== undefined) return;
      const wait = lastWrite + CHIP_EVERY_MS - performance.now();
      if (wait <= 0) return write(count);
      pendingTimer = setTimeout(() => write(pendingCount), wait);
    },
    /**
     * Outline `el` for a moment, drawn over the page by us (the page's styles stay untouched). It
     * follows the element each frame, so a smooth scroll or a scrolling dialog doesn't leave it behind.
     */
    outline(el: Element): void {
      const mine = ++run;
      const end = performance.now() + 1_600;
      const frame = () => {
        if (mine !== run) return;
        const r = el.getBoundingClientRect();
        outline!.style.cssText = `top:${r.top - 4}px;left:${r.left - 4}px;width:${r.width}px;height:${r.height}px`;
        outline!.hidden = performance.now() > end;
        if (!outline!.hidden) requestAnimationFrame(frame);
      };
      frame();
    },
  };
}
