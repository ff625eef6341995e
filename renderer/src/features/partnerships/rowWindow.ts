import { useCallback, useLayoutEffect, useRef, useState } from 'react';

/** The rows of a list of equally tall rows to put in the page, and how many slots they take turns in. */
export interface RowWindow {
  /** The first row to draw. */
  start: number;
  /** One past the last row to draw. */
  end: number;
  /** The most rows the window can hold. */
  slots: number;
}

/**
 * The rows in view, with `overscan` more beyond each edge. A scroll position past the end of a list
 * that has just become shorter is taken as the end: the browser moves it there only after the
 * shorter list is drawn, and this draw then already shows the rows it will show.
 */
export function rowWindow(
  scrollTop: number,
  viewportHeight: number,
  count: number,
  rowHeight: number,
  overscan: number,
): RowWindow {
  const slots = Math.ceil(viewportHeight / rowHeight) + 1 + 2 * overscan;
  const top = Math.max(0, Math.min(scrollTop, count * rowHeight - viewportHeight));
  const start = Math.max(0, Math.floor(top / rowHeight) - overscan);
  const end = Math.min(count, Math.ceil((top + viewportHeight) / rowHeight) + overscan);
  return { start, end: Math.max(start, end), slots };
}

/**
 * Where the slot numbering starts: a row's key is its slot, `(index - base) mod slots`. A window
 * that overlaps the last one keeps the numbering, so a row scrolled out is reused for the row that
 * scrolls in and the rows that stay keep their elements. A window elsewhere (a new search drawn
 * from its top while the list was scrolled down) continues it from the first row, so each slot keeps
 * its place in the page: React then updates the rows rather than moving elements around, which
 * Chromium pays for as new rows.
 */
export function slotBase(
  last: { start: number; end: number; base: number } | null,
  range: RowWindow,
): number {
  if (last === null || (range.start < last.end && range.end > last.start)) return last?.base ?? 0;
  return range.start - slotOf(last.start, last.base, range.slots);
}

/** The key of row `index` in a window numbered from `base`. */
export const slotOf = (index: number, base: number, slots: number) =>
  (((index - base) % slots) + slots) % slots;

const sameRows = (a: { top: number; height: number }, top: number, height: number, rowHeight: number) =>
  Math.floor(a.top / rowHeight) === Math.floor(top / rowHeight) &&
  Math.ceil((a.top + a.height) / rowHeight) === Math.ceil((top + height) / rowHeight);

/**
 * Virtual scrolling for rows of one fixed height: the window is arithmetic on the scroll position,
 * so a list whose length changes on every key of a search costs nothing to measure. The view
 * changes only when a scroll or resize brings other rows into it. Key each row by `slotOf`.
 *
 * `list` names what the rows are (a search, filters, an order): another list starts from its top,
 * as a new search does in Outlook or Explorer, rather than showing whatever part of the new hits
 * lies where the old list was scrolled to; the same list with a row saved keeps its place.
 */
export function useRowWindow<E extends HTMLElement>(
  count: number,
  rowHeight: number,
  overscan: number,
  list: unknown,
) {
  const scrollRef = useRef<E>(null);
  const [view, setView] = useState({ top: 0, height: 0 });
  const measure = useCallback(() => {
    const element = scrollRef.current;
    if (!element) return;
    const top = element.scrollTop;
    const height = element.clientHeight;
    setView((v) => (sameRows(v, top, height, rowHeight) ? v : { top, height }));
  }, [rowHeight]);
  useLayoutEffect(() => {
    const element = scrollRef.current;
    if (!element) return;
    measure();
    element.addEventListener('scroll', measure, { passive: true });
    const resized = new ResizeObserver(measure);
    resized.observe(element);
    return () => {
      element.removeEventListener('scroll', measure);
      resized.disconnect();
    };
  }, [measure]);

  const listShown = useRef(list);
  const newList = listShown.current !== list;
  // A new list is drawn from its top at once, not first where the old one was scrolled to.
  const range = rowWindow(newList ? 0 : view.top, view.height, count, rowHeight, overscan);
  const last = useRef<{ start: number; end: number; base: number } | null>(null);
  const base = slotBase(last.current, range);
  useLayoutEffect(() => {
    last.current = { start: range.start, end: range.end, base };
    if (!newList) return;
    listShown.current = list;
    if (scrollRef.current) scrollRef.current.scrollTop = 0;
    measure();
  });
  return { scrollRef, ...range, base };
}
