import { progressSummary, type Progress } from '@roadmap-graph/core';
import { buildMapModel, naturalMapHeight, readPageScheme, startView } from '@roadmap-graph/react/internal';
import type { LabelsInUse } from '@roadmap-graph/react/internal';
import type { ElementSettings } from '../controller/readSettings.js';
import { drawCanvas } from './drawCanvas.js';
import { drawMapBar, drawToolbar } from './drawChrome.js';
import { html, styled } from './dom.js';
import { visibleLayout } from './visibleLayout.js';
import type { FirstMapPlan } from './planFirstMap.js';

/** Room around the canvas, in screen pixels, within which boxes and routes are drawn too. */
const MARGIN = 40;

/** Below this width the toolbar takes one row (the React package's RoadmapView: COMPACT_WIDTH). */
const COMPACT_WIDTH = 640;

/** What {@link drawFirstMap} draws. */
export interface FirstMapInput {
  plan: FirstMapPlan;
  progress: Progress;
  settings: ElementSettings;
  /** Width of the frame the map fills, in pixels. */
  width: number;
  /** The element's words and their number format. */
  words: LabelsInUse;
}

/**
 * The first map: the roadmap drawn from its layout with plain DOM into `parent`, in the markup
 * and classes of the React package's RoadmapGraph (toolbar, map at its start view, bar under
 * it), so the element's style sheet makes it look like the interactive map that replaces it.
 * Marked `data-first-map`. Returns its root.
 */
export function drawFirstMap(parent: HTMLElement, { plan, progress, settings, width, words }: FirstMapInput): HTMLElement {
  const { graph, layout } = plan;
  const auto = settings.height === 'auto';
  const summary = progressSummary(graph, progress);
  const { done, total } = summary.overall;
  const outlineToggle = settings.outline !== 'off';
  const scheme = settings.theme === 'auto' ? readPageScheme(parent.ownerDocument) : undefined;

  const viewport = styled(html('div'), { position: 'absolute', top: '0', left: '0', 'transform-origin': '0 0' });
  const pane = styled(html('div', { class: 'rg-first-map__pane' }, [viewport]), {
    position: 'relative',
    width: '100%',
    height: '100%',
    overflow: 'hidden',
    background: 'var(--rg-bg)',
  });
  const canvas = html('div', { class: 'rg-map__canvas' }, [pane]);
  const body = html('div', { class: 'rg-body' }, [
    html('div', { class: 'rg-stage' }, [html('div', { class: 'rg-map', part: 'map' }, [canvas, drawMapBar({ outlineToggle, words })])]),
  ]);
  // height="auto": exactly as tall as the roadmap at its start view, like the map (mapHeight).
  if (auto) styled(body, { height: `${naturalMapHeight(layout, width - 2)}px` });
  const root = html('div', { class: 'rg-root', part: 'root', 'data-theme': scheme ?? settings.theme, 'data-width-class': layout.widthClass, 'data-height': auto ? 'auto' : null, 'data-first-map': '', lang: settings.lang || null }, [
    html('button', { type: 'button', class: 'rg-skip' }, [words.labels.skipPast]),
    drawToolbar({ done, total, compact: width < COMPACT_WIDTH, search: settings.search, outlineToggle, shareLink: settings.hashLinks, words }),
    body,
    html('span', { class: 'rg-visually-hidden', tabindex: -1 }, [words.labels.endOf(graph.roadmap.title)]),
  ]);
  styled(root, { height: auto ? 'auto' : '100%' });
  parent.append(root);
  // The start view needs the canvas's size, known once it is on the page; only what it shows is drawn.
  const { clientWidth: canvasWidth, clientHeight: canvasHeight } = canvas;
  const view = startView(layout, canvasWidth, canvasHeight);
  const margin = MARGIN / view.zoom;
  const seen = {
    left: -view.x / view.zoom - margin,
    top: -view.y / view.zoom - margin,
    right: (canvasWidth - view.x) / view.zoom + margin,
    bottom: (canvasHeight - view.y) / view.zoom + margin,
  };
  const model = buildMapModel(graph, visibleLayout(graph, layout, seen));
  viewport.append(drawCanvas({ graph, model, progress, summary, words }));
  styled(viewport, { transform: `translate(${view.x}px, ${view.y}px) scale(${view.zoom})` });
  return root;
}
