import { describe, expect, it } from 'vitest';
import { planGrid, type GridItem } from '../src/layout/planGrid.js';

const shape = { nodeSpacing: 20, layerSpacing: 36, aspectRatio: 2.5 };
const items = (count: number): GridItem[] => Array.from({ length: count }, (_, i) => ({ id: `t${i}`, main: 35, cross: 150 }));
const before = (pairs: [string, string][]) => {
  const map = new Map<string, Set<string>>();
  for (const [from, to] of pairs) map.set(to, new Set([...(map.get(to) ?? []), from]));
  return map;
};

describe('planGrid', () => {
  it('wraps independent boxes into rows filled in document order', () => {
    const rows = planGrid(items(30), new Map(), shape);
    expect(rows.length).toBeGreaterThanOrEqual(4);
    expect(rows.length).toBeLessThanOrEqual(8);
    expect(rows.flat()).toEqual(items(30).map((item) => item.id));
    const widths = rows.map((row) => row.length);
    expect(Math.max(...widths) - Math.min(...widths.slice(0, -1))).toBe(0);
  });

  it('keeps up to three boxes on one row, and more rows for a taller aspect ratio', () => {
    expect(planGrid(items(3), new Map(), shape)).toEqual([['t0', 't1', 't2']]);
    const tall = planGrid(items(30), new Map(), { ...shape, aspectRatio: 0.5 });
    expect(tall.length).toBeGreaterThan(planGrid(items(30), new Map(), shape).length);
  });

  it('puts every box below the boxes it depends on', () => {
    const rows = planGrid(items(8), before([['t5', 't1'], ['t1', 't0'], ['t7', 't3']]), shape);
    const row = (id: string) => rows.findIndex((r) => r.includes(id));
    expect(row('t1')).toBeGreaterThan(row('t5'));
    expect(row('t0')).toBeGreaterThan(row('t1'));
    expect(row('t3')).toBeGreaterThan(row('t7'));
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
