import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rowWindow, slotBase, slotOf } from './rowWindow';

describe('rowWindow', () => {
  it('is the rows in view and the overscan beyond each edge', () => {
    // 440 px of 44 px rows scrolled 10.5 rows down: rows 10–20 show, two more each side.
    expect(rowWindow(462, 440, 10_000, 44, 2)).toEqual({ start: 8, end: 23, slots: 15 });
  });

  it('starts at the top and stops at the last row', () => {
    expect(rowWindow(0, 440, 10_000, 44, 2)).toEqual({ start: 0, end: 12, slots: 15 });
    expect(rowWindow(0, 440, 3, 44, 2)).toEqual({ start: 0, end: 3, slots: 15 });
    expect(rowWindow(0, 440, 0, 44, 2)).toEqual({ start: 0, end: 0, slots: 15 });
  });

  it('takes a scroll position past the end of a list that became shorter as its end', () => {
    // Scrolled to row 5,000 of 10,000 when a search leaves 100 rows: the last ten are in view.
    expect(rowWindow(220_000, 440, 100, 44, 2)).toEqual({ start: 88, end: 100, slots: 15 });
    expect(rowWindow(220_000, 440, 5, 44, 2)).toEqual({ start: 0, end: 5, slots: 15 });
  });

  it('never holds more rows than its slots, and always the rows in view', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1_000_000 }),
        fc.integer({ min: 0, max: 2_000 }),
        fc.integer({ min: 0, max: 20_000 }),
        fc.integer({ min: 1, max: 100 }),
        fc.integer({ min: 0, max: 5 }),
        (scrollTop, height, count, rowHeight, overscan) => {
          const { start, end, slots } = rowWindow(scrollTop, height, count, rowHeight, overscan);
          expect(0 <= start && start <= end && end <= count).toBe(true);
          expect(end - start).toBeLessThanOrEqual(slots);
          const top = Math.max(0, Math.min(scrollTop, count * rowHeight - height));
          const firstInView = Math.floor(top / rowHeight);
          const lastInView = Math.min(count, Math.ceil((top + height) / rowHeight)) - 1;
          if (firstInView <= lastInView) {
            expect(start).toBeLessThanOrEqual(firstInView);
            expect(end).toBeGreaterThan(lastInView);
          }
        },
      ),
    );
  });
});

describe('slots', () => {
  it('keeps a row its slot while it stays in view, and hands a scrolled-out slot to the row scrolling in', () => {
    const before = { start: 10, end: 25, slots: 15 };
    const base = slotBase(null, before);
    const after = { start: 13, end: 28, slots: 15 };
    const next = slotBase({ ...before, base }, after);
    for (let index = 13; index < 25; index++) expect(slotOf(index, next, 15)).toBe(slotOf(index, base, 15));
    const freed = [10, 11, 12].map((index) => slotOf(index, base, 15)).sort();
    expect([25, 26, 27].map((index) => slotOf(index, next, 15)).sort()).toEqual(freed);
  });

  it('gives the rows of a window elsewhere the slots in the order the page already has them', () => {
    const before = { start: 4_990, end: 5_005, slots: 15 };
    const base = 3;
    const after = { start: 3_320, end: 3_335, slots: 15 };
    const next = slotBase({ ...before, base }, after);
    for (let i = 0; i < 15; i++)
      expect(slotOf(after.start + i, next, 15)).toBe(slotOf(before.start + i, base, 15));
  });

  it('gives every row of a window its own slot', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100_000 }),
        fc.integer({ min: -100_000, max: 100_000 }),
        fc.integer({ min: 1, max: 60 }),
        (start, base, slots) => {
          const keys = new Set<number>();
          for (let index = start; index < start + slots; index++) keys.add(slotOf(index, base, slots));
          expect(keys.size).toBe(slots);
          expect([...keys].every((k) => k >= 0 && k < slots)).toBe(true);
        },
      ),
    );
  });
});
