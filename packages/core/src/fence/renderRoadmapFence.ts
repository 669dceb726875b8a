import { buildGraph } from '../graph/buildGraph.js';
import { bakedLayoutFor } from '../layout/bakedLayoutFor.js';
import { checkBakedLayout } from '../layout/checkBakedLayout.js';
import { fnv1a64 } from '../layout/fnv1a64.js';
import { layoutAllWidths } from '../layout/layoutAllWidths.js';
import { WIDTH_CLASS_NAMES } from '../layout/widthClasses.js';
import { withBakedLayout } from '../layout/withBakedLayout.js';
import { escapeXml } from '../render/escapeXml.js';
import { renderSvg } from '../render/renderSvg.js';
import type { BakedLayout, Roadmap } from '../schema/roadmapSchema.js';
import type { RoadmapGraph } from '../graph/types.js';
import { checkFenceOptions, type FenceSettings } from './checkFenceOptions.js';
import { readFence } from './readFence.js';
import { renderOutlineHtml } from './renderOutlineHtml.js';
import type { RoadmapFenceOptions, RoadmapFenceResult } from './types.js';

/**
 * Turns the text of a ```` ```roadmap ```` fence (a Markdown outline, or roadmap JSON when it
 * starts with `{`) into the HTML that replaces it: a `<roadmap-graph>` element holding the
 * roadmap and its layouts for every width class as inline JSON, so the page needs only the
 * element's script and fetches nothing, followed by a stand-in for readers without JavaScript
 * (the static picture in a `<figure>` and the outline as lists, see `fallback`), which the
 * element replaces when it runs. A fence that is not a valid roadmap gives every problem with
 * its line within the fence instead (format them with {@link formatFenceProblems}).
 *
 * The JSON is compact, and every `<` in it is written `\u003c`, so no text in the roadmap can
 * close the script or open a comment; all other text is escaped and links are made only to
 * allowed URLs. Throws a `TypeError` for options that are not valid (a wrong configuration),
 * never for the fence's text.
 *
 * @example
 * import { createElkEngine } from '@roadmap-graph/core/elk-node';
 * const result = await renderRoadmapFence(code, { engine: createElkEngine(), theme: 'auto' });
 * if (!result.ok) throw new Error(formatFenceProblems(result.errors, { file: 'post.md', line: 12 }));
 */
export async function renderRoadmapFence(text: string, options: RoadmapFenceOptions): Promise<RoadmapFenceResult> {
  const settings = checkFenceOptions(options);
  const read = readFence(String(text));
  if (!read.ok) return read;
  const { layout: _given, ...content } = read.roadmap;
  const graph = buildGraph(content);
  const baked: BakedLayout =
    usableBakedLayout(read.roadmap, options.direction) ?? (await layoutAllWidths(graph, { engine: settings.engine, direction: settings.direction }));
  const roadmap = withBakedLayout(content, baked);

  const attributes: [string, string][] = [['theme', settings.theme]];
  if (settings.height !== undefined) attributes.push(['height', settings.height]);
  if (settings.gestures !== undefined) attributes.push(['gestures', settings.gestures]);
  const html = [
    `<roadmap-graph ${attributes.map(([name, value]) => `${name}="${escapeXml(value)}"`).join(' ')}>`,
    `<script type="application/json">${scriptJson(roadmap)}</script>`,
    fallbackHtml(roadmap, graph, settings, text),
    '</roadmap-graph>',
  ].join('');
  return { ok: true, html, roadmap, warnings: read.warnings };
}

/** The fence's own baked layout, when it is fresh, has every class and is in the direction asked for. */
function usableBakedLayout(roadmap: Roadmap, direction: RoadmapFenceOptions['direction']): BakedLayout | undefined {
  const status = checkBakedLayout(roadmap);
  if (status.status !== 'fresh') return undefined;
  if (direction !== undefined && status.layout.direction !== direction) return undefined;
  return WIDTH_CLASS_NAMES.every((name) => status.layout.views[name] !== undefined) ? status.layout : undefined;
}

/** JSON for a `<script>` element's text: compact, with `<` escaped so that `</script` and `<!--` cannot occur. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

/** What readers get before the element runs, or without JavaScript: see `fallback`. */
function fallbackHtml(roadmap: Roadmap, graph: RoadmapGraph, settings: FenceSettings, text: string): string {
  const picture = settings.fallback === 'svg' || settings.fallback === 'both';
  const outline = settings.fallback === 'outline' || settings.fallback === 'both';
  const parts: string[] = [];
  if (picture) {
    const layout = bakedLayoutFor(roadmap, settings.pictureWidth)!;
    const idPrefix = `rg-${fnv1a64(`${settings.key}\u0000${text}`).slice(0, 10)}`;
    const svg = renderSvg(graph, layout, { theme: settings.theme, idPrefix, fluid: true, title: false }).trimEnd();
    parts.push(`<figure>${svg}<figcaption>${escapeXml(roadmap.title)}</figcaption></figure>`);
  }
  if (outline) {
    const list = renderOutlineHtml(roadmap);
    // Under the picture, the outline is folded: the picture is what most readers look at.
    parts.push(picture ? `<details><summary>${escapeXml(`Outline: ${roadmap.title}`)}</summary>${list}</details>` : list);
  }
  return parts.join('');
}
