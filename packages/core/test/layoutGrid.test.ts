import { describe, expect, it } from 'vitest';
import { planGrid, type GridItem } from '../src/layout/planGrid.js';

// Boxes of 150 px with 20 px between them: a budget of 500 px holds three in a row.
const shape = { nodeSpacing: 20, crossBudget: 500 };
const items = (count: number): GridItem[] => Array.from({ length: count }, (_, i) => ({ id: `t${i}`, main: 35, cross: 150 }));
const before = (pairs: [string, string][]) => {
  const map = new Map<string, Set<string>>();
  for (const [from, to] of pairs) map.set(to, new Set([...(map.get(to) ?? []), from]));
  return map;
};

describe('planGrid', () => {
  it('fills rows up to the budget across the flow, in document order', () => {
    const rows = planGrid(items(10), new Map(), shape);
    expect(rows.map((row) => row.length)).toEqual([3, 3, 3, 1]);
    expect(rows.flat()).toEqual(items(10).map((item) => item.id));
    // A wider budget holds more boxes per row; one box wider than the budget gets its own row.
    expect(planGrid(items(10), new Map(), { ...shape, crossBudget: 1000 })[0]).toHaveLength(6);
    const wide = [{ id: 'big', main: 35, cross: 800 }, ...items(2)];
    expect(planGrid(wide, new Map(), shape)).toEqual([['big'], ['t0', 't1']]);
  });

  it('puts every box below the boxes it depends on, filling earlier rows that have room', () => {
    const rows = planGrid(items(8), before([['t5', 't1'], ['t1', 't0'], ['t7', 't3']]), shape);
    const row = (id: string) => rows.findIndex((r) => r.includes(id));
    expect(row('t1')).toBeGreaterThan(row('t5'));
    expect(row('t0')).toBeGreaterThan(row('t1'));
    expect(row('t3')).toBeGreaterThan(row('t7'));
    for (const r of rows) expect(r.length * 150 + (r.length - 1) * 20).toBeLessThanOrEqual(500);
    expect(rows.flat().sort()).toEqual(items(8).map((item) => item.id).sort());
  });

  it('still places every box once when lifted dependencies form a cycle', () => {
    const rows = planGrid(items(4), before([['t0', 't1'], ['t1', 't2'], ['t2', 't0'], ['t3', 't3'], ['ghost', 't3']]), shape);
    expect(rows.flat().sort()).toEqual(['t0', 't1', 't2', 't3']);
  });

  it('returns no rows for no boxes', () => {
    expect(planGrid([], new Map(), shape)).toEqual([]);
  });
});
