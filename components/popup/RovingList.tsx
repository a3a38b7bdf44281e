import { Fragment, useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent, type ReactNode, type Ref } from 'react';

import { formatNumber, t } from '../../utils/i18n';
/** Rows rendered at first; a long backlog grows by this much per "Show more". */
export const PAGE_SIZE = 100;
/** Rows in the very first paint: a screenful and more. The rest of the page follows in the next frame. */
export const FIRST_PAINT_ROWS = 12;

export interface RowProps {
  tabIndex: number;
  onFocus: () => void;
  rowRef: Ref<HTMLLIElement>;
  /** Call before an action that removes the row, so focus lands on the next row instead of nowhere. */
  willRemove: () => void;
}

interface Props<T> {
  items: readonly T[];
  keyOf: (item: T) => string;
  label: string;
  /** When this changes (new filters), the window starts again at the top. */
  resetKey: string;
  renderRow: (item: T, row: RowProps) => ReactNode;
  /** How many there are in all, when `items` is only what has been read so far. */
  total?: number;
  /** `total` is where counting stopped, not the end: "100+ not shown". */
  totalIsAtLeast?: boolean;
  /** Asked for the next rows when the user shows more (the list then shows them as they arrive). */
  onShowMore?: (visible: number) => void;
}

/** Controls inside a row that use the arrow keys themselves (a checkbox doesn't: arrows move between rows from it). */
const OWNS_ARROWS = 'input:not([type="checkbox"]), textarea, select, [role="menu"]';

/**
 * A list of rows with roving focus: one row is in the Tab order, ArrowUp and
 * ArrowDown (Home, End) move between rows, Tab goes into a row's buttons.
 * Renders a window of rows so a backlog of thousands opens at once.
 */
export function RovingList<T>({ items, keyOf, label, resetKey, renderRow, total, totalIsAtLeast = false, onShowMore }: Props<T>) {
  const [visible, setVisible] = useState(FIRST_PAINT_ROWS);
  const [active, setActive] = useState(0);
  const rows = useRef<(HTMLLIElement | null)[]>([]);
  const removing = useRef<{ key: string; index: number } | null>(null);

  useEffect(() => {
    setActive(0);
    // Paint what fits on screen first, then fill in the rest of the page right after.
    setVisible(FIRST_PAINT_ROWS);
    const frame = requestAnimationFrame(() => setVisible((v) => Math.max(v, PAGE_SIZE)));
    return () => cancelAnimationFrame(frame);
  }, [resetKey]);

  const shown = items.slice(0, visible);
  rows.current.length = shown.length;
  const activeIndex = Math.min(active, Math.max(0, shown.length - 1));

  // After an action removed the focused row, keep the keyboard user in place.
  useLayoutEffect(() => {
    const pending = removing.current;
    if (!pending || items.some((item) => keyOf(item) === pending.key)) return;
    removing.current = null;
    const next = Math.min(pending.index, shown.length - 1);
    if (next >= 0) {
      setActive(next);
      rows.current[next]?.focus();
    }
  });

  const focusRow = (index: number) => {
    const target = Math.max(0, Math.min(index, shown.length - 1));
    setActive(target);
    rows.current[target]?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const target = event.target as HTMLElement;
    if (target.closest(OWNS_ARROWS)) return;
    const row = target.closest('li.row');
    const current = row ? rows.current.indexOf(row as HTMLLIElement) : activeIndex;
    const moves: Record<string, number> = {
      ArrowDown: current + 1,
      ArrowUp: current - 1,
      Home: 0,
      End: shown.length - 1,
    };
    const next = moves[event.key];
    if (next === undefined) return;
    event.preventDefault();
    focusRow(next);
  };

  const remaining = Math.max(items.length, total ?? 0) - shown.length;
  return (
    <>
      <ul className="rows" aria-label={label} onKeyDown={onKeyDown}>
        {shown.map((item, index) => {
          const key = keyOf(item);
          return (
            <Fragment key={key}>
              {renderRow(item, {
                tabIndex: index === activeIndex ? 0 : -1,
                onFocus: () => setActive(index),
                rowRef: (element: HTMLLIElement | null) => {
                  rows.current[index] = element;
                },
                willRemove: () => {
                  removing.current = { key, index };
                },
              })}
            </Fragment>
          );
        })}
      </ul>
      {remaining > 0 && (
        <button
          type="button"
          className="show-more"
          onClick={() => {
            setVisible(visible + PAGE_SIZE);
            onShowMore?.(visible + PAGE_SIZE);
          }}
        >
          {t('popup.showMore', { count: formatNumber(Math.min(PAGE_SIZE, remaining)), hidden: `${formatNumber(remaining)}${totalIsAtLeast ? '+' : ''}` })}
        </button>
      )}
    </>
  );
}
