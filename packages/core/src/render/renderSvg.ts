import type { RoadmapGraph } from '../graph/types.js';
import { estimateTextWidth } from '../layout/estimateTextWidth.js';
import { WIDTH_CLASSES } from '../layout/widthClasses.js';
import type { LayoutBox, RoadmapLayout } from '../schema/roadmapSchema.js';
import { escapeXml } from './escapeXml.js';
import { fitText } from './fitText.js';
import { formatNumber as n } from './formatNumber.js';
import { plainExcerpt } from './plainExcerpt.js';
import { choiceForks } from './choiceForks.js';
import { renderContainer } from './renderContainer.js';
import type { RenderContext } from './renderContext.js';
import { edgeMarkers, isDrawnEdge, renderEdge } from './renderEdges.js';
import { renderLegend } from './renderLegend.js';
import { renderTopic } from './renderTopic.js';
import { FONT_FAMILY, STYLE } from './svgStyle.js';
import { svgText, textHeight } from './svgText.js';
import { DARK_THEME, LIGHT_THEME } from './svgTheme.js';
import { AUTO_THEME, autoThemeCss } from './autoTheme.js';

/** Options of {@link renderSvg}. */
export interface RenderSvgOptions {
  /**
   * Colour scheme. Both have WCAG AA contrast for all text and paint their own background.
   * `'auto'` follows the reader's `prefers-color-scheme` through a `<style>` media query in the
   * picture (no script); where styles do not apply (a viewer without CSS, a page whose policy
   * blocks inline styles) it stays light.
   * @default 'light'
   */
  theme?: 'light' | 'dark' | 'auto';
  /**
   * Whether to draw the roadmap's title above the map.
   * @default true
   */
  title?: boolean;
  /**
   * Prefix of the ids of the picture's elements (title, description, arrow markers), so that
   * several pictures of one roadmap can be inlined in one page. Reduced to `a-z`, `0-9` and `-`.
   * @default `rg-` and the roadmap's id
   */
  idPrefix?: string;
  /**
   * Scale down to the width of the container when it is narrower than the picture (`max-width:
   * 100%; height: auto` in the picture's `<style>`), for a picture inlined in an HTML page.
   * @default false
   */
  fluid?: boolean;
}

// A map narrower than its legend widens the canvas to hold the legend in one row up to this
// width; a narrower map (one made for a phone) keeps its width, and the legend wraps.
const MIN_CANVAS_WIDTH = 400;
const MIN_MARGIN = 4;

/**
 * Draws a laid-out roadmap as a standalone static SVG document: sections, topics with wrapped
 * titles, level badges, optional and alternative marks, prerequisite arrows and a legend below
 * the map. The result has no script, event handlers, `foreignObject` or external references;
 * every text from the roadmap is escaped and links are only made to allowed URLs, checked again
 * here. The same graph, layout and options always give the same string.
 *
 * @example
 * const graph = buildGraph(roadmap);
 * const layout = await layoutRoadmap(graph, { engine: createElkEngine() });
 * await writeFile('map.svg', renderSvg(graph, layout, { theme: 'dark' }));
 */
export function renderSvg(graph: RoadmapGraph, layout: RoadmapLayout, options: RenderSvgOptions = {}): string {
  const theme = options.theme === 'dark' ? DARK_THEME : options.theme === 'auto' ? AUTO_THEME : LIGHT_THEME;
  const boxes = new Map<string, LayoutBox>();
  for (const box of layout.nodes) if (graph.nodes.has(box.id) && !boxes.has(box.id)) boxes.set(box.id, box);
  const ctx: RenderContext = { graph, theme, measure: estimateTextWidth, boxes, idPrefix: idPrefix(options.idPrefix ?? graph.roadmap.id, options.idPrefix === undefined) };

  const mapWidth = size(layout.width);
  const mapHeight = size(layout.height);
  const edges = layout.edges.filter(isDrawnEdge);
  const edgeKinds = new Set(edges.map((e) => e.kind));
  const oneRow = renderLegend(ctx, edgeKinds, 0, 0, Infinity).width;
  // A picture of a phone or column layout stays within the width of its class where the margin
  // can shrink to make it so; the legend wraps rather than widening it.
  const classWidth = layout.widthClass === 'phone' || layout.widthClass === 'column' ? WIDTH_CLASSES[layout.widthClass].width : undefined;
  const margin =
    classWidth === undefined ? STYLE.margin : Math.max(MIN_MARGIN, Math.min(STYLE.margin, Math.floor((classWidth - Math.ceil(mapWidth)) / 2)));
  const contentWidth = Math.ceil(classWidth === undefined ? Math.max(mapWidth, Math.min(oneRow, MIN_CANVAS_WIDTH)) : mapWidth);
  const titleLines =
    options.title === false ? [] : fitText(graph.roadmap.title, contentWidth, 2, estimateTextWidth, STYLE.titleFont);
  const titleHeight = titleLines.length > 0 ? textHeight(titleLines.length, STYLE.titleFont) + margin / 2 : 0;
  const mapTop = margin + titleHeight;

  const legend = renderLegend(ctx, edgeKinds, margin, mapTop + mapHeight + margin, contentWidth);
  const width = Math.ceil(contentWidth + 2 * margin);
  const height = Math.ceil(mapTop + mapHeight + (legend.height > 0 ? margin + legend.height : 0) + margin);

  const containers: string[] = [];
  const topics: string[] = [];
  for (const node of graph.nodes.values()) {
    const box = boxes.get(node.id);
    if (!box) continue;
    if (node.kind === 'section' || node.children.length > 0) containers.push(renderContainer(node, box, ctx));
    else topics.push(renderTopic(node, box, ctx));
  }

  const titleId = `${ctx.idPrefix}-title`;
  const descId = `${ctx.idPrefix}-desc`;
  // Rules go through the root's id: inlined in an HTML page, a <style> applies to the whole page.
  const rules = [
    options.fluid ? `#${ctx.idPrefix}{max-width:100%;height:auto}` : '',
    options.theme === 'auto' ? autoThemeCss(`#${ctx.idPrefix}`) : '',
  ].join('');
  return [
    `<svg xmlns="http://www.w3.org/2000/svg"${rules ? ` id="${ctx.idPrefix}"` : ''} width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"`,
    ` role="img" aria-labelledby="${titleId} ${descId}" font-family="${escapeXml(FONT_FAMILY)}">`,
    `<title id="${titleId}">${escapeXml(graph.roadmap.title)}</title>`,
    `<desc id="${descId}">${escapeXml(describe(graph, ctx))}</desc>`,
    ...(rules ? [`<style>${rules}</style>`] : []),
    `<defs>${edgeMarkers(ctx)}</defs>`,
    `<rect width="${width}" height="${height}" fill="${theme.background}"/>`,
    svgText(titleLines, { x: margin, top: margin, font: STYLE.titleFont, fill: theme.text }),
    // Containers first, then edges over them, then topics over the edges: arrows stay visible
    // inside sections, and no line runs across a topic's title.
    // A map narrower than the legend is centred above it.
    `<g transform="translate(${n(margin + (contentWidth - mapWidth) / 2)} ${n(mapTop)})">`,
    containers.join('\n'),
    `<g class="edges">${edges.map((edge) => renderEdge(edge, ctx)).join('\n')}</g>`,
    topics.join('\n'),
    choiceForks(graph, boxes)
      .map((fork) => orMark(fork.x, fork.y, ctx))
      .join(''),
    '</g>',
    legend.svg,
    '</svg>',
    '',
  ].join('\n');
}

/** The "or" between two alternatives: a pill in the choice colour, ringed in the background. */
function orMark(x: number, y: number, ctx: RenderContext): string {
  const font = { size: 12, weight: 700 };
  const width = Math.ceil(ctx.measure('or', font)) + 14;
  const height = 20;
  return (
    `<g class="or"><rect x="${n(x - width / 2)}" y="${n(y - height / 2)}" width="${width}" height="${height}" rx="${height / 2}"` +
    ` fill="${ctx.theme.choice}" stroke="${ctx.theme.background}" stroke-width="2"/>` +
    `<text x="${n(x)}" y="${n(y + font.size * 0.35)}" font-size="${font.size}" font-weight="${font.weight}" fill="${ctx.theme.choiceText}"` +
    ` text-anchor="middle">or</text></g>`
  );
}

/** A layout dimension as a usable number: a layout that was never validated may hold anything. */
function size(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : 0;
}

/**
 * A prefix for element ids, safe in XML names, URL fragments and CSS id selectors: built from
 * the roadmap id (after `rg-`), or from the one asked for.
 */
function idPrefix(name: string, fromRoadmapId: boolean): string {
  const slug = String(name).toLowerCase().replace(/[^a-z0-9-]+/g, '-').slice(0, 64);
  if (fromRoadmapId) return `rg-${slug || 'roadmap'}`;
  const trimmed = slug.replace(/^-+|-+$/g, '');
  // A CSS identifier starts with a letter.
  return /^[a-z]/.test(trimmed) ? trimmed : `rg-${trimmed}`;
}

/** The document description: the roadmap's own, then what the map holds. */
function describe(graph: RoadmapGraph, ctx: RenderContext): string {
  let sections = 0;
  let topics = 0;
  for (const node of graph.nodes.values()) {
    if (!ctx.boxes.has(node.id)) continue;
    if (node.kind === 'section') sections += 1;
    else topics += 1;
  }
  const own = typeof graph.roadmap.description === 'string' ? plainExcerpt(graph.roadmap.description, 300) : '';
  const counts = `A learning roadmap with ${sections} section${sections === 1 ? '' : 's'} and ${topics} topic${topics === 1 ? '' : 's'}.`;
  return own ? `${own} ${counts}` : counts;
}
