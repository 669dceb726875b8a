import { describe, expect, it } from 'vitest';
import { buildMapModel } from '../src/RoadmapMap/buildMapModel.js';
import { DETAIL_ZOOM, entryTopic, MOUNT_ALL_TOPICS, overlaps, planMount, viewRect, windowFor, windowServes } from '../src/RoadmapMap/mountWindow.js';
import { graph, layout, topicOrder } from './mapFixture.js';

const model = buildMapModel(graph, layout);
const boxOf = (id: string) => model.boxes.get(id)!;

describe('viewRect and windowFor', () => {
  it('turns the transform into the view in map coordinates, and adds a quarter of it on each side', () => {
    const view = viewRect([-200, -100, 0.5], 800, 600);
    expect(view).toEqual({ x: 400, y: 200, width: 1600, height: 1200 });
    expect(windowFor(view, 0.5)).toEqual({ rect: { x: 0, y: -100, width: 2400, height: 1800 }, detail: true });
    expect(windowFor(view, DETAIL_ZOOM - 0.01).detail).toBe(false);
  });
});

describe('windowServes', () => {
  const view = viewRect([0, 0, 1], 800, 600);
  const window = windowFor(view, 1);
  it('serves pans inside its overscan, not past it', () => {
    expect(windowServes(window, viewRect([-150, -100, 1], 800, 600), 1)).toBe(true);
    expect(windowServes(window, viewRect([-250, 0, 1], 800, 600), 1)).toBe(false);
  });
  it('is made again past the level-of-detail zoom and after zooming in a long way', () => {
    const low = DETAIL_ZOOM - 0.01;
    expect(windowServes(window, viewRect([0, 0, low], 800 * low, 600 * low), low)).toBe(false);
    expect(windowServes(window, viewRect([0, 0, 1.9], 800, 600), 1.9)).toBe(true);
    expect(windowServes(window, viewRect([0, 0, 2.1], 800, 600), 2.1)).toBe(false);
  });
});

// The Python roadmap has fewer topics than MOUNT_ALL_TOPICS: culling is asked for with `mountAll` 0.
describe('planMount', () => {
  it('mounts everything while the map has no size, and a map of up to MOUNT_ALL_TOPICS topics at any view', () => {
    const plan = planMount(model, null, [], 0);
    expect(plan.shown).toBeNull();
    expect(plan.edges).toHaveLength(model.edges.length);
    expect(model.topics.length).toBeLessThanOrEqual(MOUNT_ALL_TOPICS);
    const corner = planMount(model, { rect: { x: 0, y: 0, width: 10, height: 10 }, detail: false }, []);
    expect(corner.shown).toBeNull();
    expect(corner.detail).toBe(true);
  });

  it('with detail: exactly the boxes in the window, the routes crossing it, anchors for their ends outside', () => {
    const first = boxOf(topicOrder[0]!);
    const window = { rect: { x: first.x, y: first.y, width: 400, height: 300 }, detail: true };
    const plan = planMount(model, window, [], 0);
    const expected = model.order.filter((id) => overlaps(window.rect, boxOf(id)));
    expect([...plan.shown!]).toEqual(expected);
    expect(expected.length).toBeLessThan(model.order.length / 2);
    for (const index of plan.edges) expect(overlaps(window.rect, model.edgeBounds[index]!)).toBe(true);
    const drawnEnds = plan.edges.flatMap((i) => [model.edges[i]!.source, model.edges[i]!.target]);
    expect([...plan.anchors].sort()).toEqual([...new Set(drawnEnds.filter((id) => !plan.shown!.has(id)))].sort());
    // A pinned topic is mounted wherever it is.
    const far = topicOrder.at(-1)!;
    expect(plan.shown!.has(far)).toBe(false);
    expect(planMount(model, window, [far], 0).shown!.has(far)).toBe(true);
  });

  it('zoomed out: sections only (and pinned topics), and only the arrows between sections', () => {
    const whole = { rect: { x: 0, y: 0, width: layout.width, height: layout.height }, detail: false };
    const pinned = topicOrder[3]!;
    const plan = planMount(model, whole, [pinned], 0);
    expect([...plan.shown!].sort()).toEqual([...model.sections, pinned].sort());
    expect(plan.edges.length).toBeGreaterThan(0);
    for (const index of plan.edges) {
      expect(model.sections.has(model.edges[index]!.source) && model.sections.has(model.edges[index]!.target)).toBe(true);
    }
  });

  it('enters Tab at the first topic in the window, else the first topic', () => {
    const box = boxOf(topicOrder[5]!);
    expect(entryTopic(model, { rect: { x: box.x, y: box.y, width: 1, height: 1 }, detail: false })).toBe(topicOrder[5]);
    expect(entryTopic(model, { rect: { x: -500, y: -500, width: 10, height: 10 }, detail: true })).toBe(topicOrder[0]);
    expect(entryTopic(model, undefined)).toBeUndefined();
  });
});
