// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CHIP_EVERY_MS, createChip } from '../../utils/content/chip';

const chipText = () => document.querySelector('reply-radar-chip')?.shadowRoot?.querySelector('span')?.textContent ?? null;

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  vi.useRealTimers();
  document.querySelector('reply-radar-chip')?.remove();
});

describe('the "waiting here" chip while a page loads comments', () => {
  it('changes its words at most once a second as batches arrive, and ends on the last count', () => {
    const chip = createChip(document, () => {}, () => {});
    const label = () => document.querySelector('reply-radar-chip')!.shadowRoot!.querySelector('span')!;
    chip.show(3, true);
    expect(chipText()).toBe('3 waiting here');
    const writes: string[] = [];
    new MutationObserver(() => writes.push(label().textContent!)).observe(label(), { childList: true, characterData: true, subtree: true });
    // Twenty batches of a page loading 2,000 comments, 50 ms apart.
    for (let n = 4; n < 24; n++) {
      chip.show(n, true);
      vi.advanceTimersByTime(50);
    }
    vi.advanceTimersByTime(CHIP_EVERY_MS);
    return Promise.resolve().then(() => {
      expect(chipText()).toBe('23 waiting here');
      // One second of batches, then the rest: two rewrites, not twenty.
      expect(writes.length).toBeGreaterThanOrEqual(1);
      expect(writes.length).toBeLessThanOrEqual(2);
    });
  });

  it('shows what the user did at once, even right after a batch', () => {
    const chip = createChip(document, () => {}, () => {});
    chip.show(5, true);
    chip.show(6, true);
    chip.show(4); // Mark replied in the popup, on a refresh
    expect(chipText()).toBe('4 waiting here');
    vi.advanceTimersByTime(CHIP_EVERY_MS * 2);
    // The batch's count, older than the user's action, never comes back.
    expect(chipText()).toBe('4 waiting here');
  });

  it('goes away at once when nothing waits, and a pending batch count doesn\'t bring it back', () => {
    const chip = createChip(document, () => {}, () => {});
    chip.show(2, true);
    chip.show(3, true);
    chip.show(0, true);
    expect(document.querySelector('reply-radar-chip')).toBeNull();
    vi.advanceTimersByTime(CHIP_EVERY_MS * 2);
    expect(document.querySelector('reply-radar-chip')).toBeNull();
  });
});
