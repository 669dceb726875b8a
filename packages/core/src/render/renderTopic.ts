import type { GraphNode } from '../graph/types.js';
import { LAYOUT_DEFAULTS } from '../layout/resolveLayoutStyle.js';
import type { LayoutBox } from '../schema/roadmapSchema.js';
import { escapeXml } from './escapeXml.js';
import { fitText } from './fitText.js';
import { formatNumber as n } from './formatNumber.js';
import { DETAIL_FONT, LEVEL_DOT_ROOM, topicDetail, type TopicDetail } from '../layout/topicDetail.js';
import { LEVEL_DOT_RADIUS, levelDot } from './levelBadge.js';
import { nodeShell } from './nodeShell.js';
import type { RenderContext } from './renderContext.js';
import { STYLE } from './svgStyle.js';
import { svgText } from './svgText.js';

/** Radius of the ring a reader can tick on a printed map, where the live map has its check. */
const RING_RADIUS = 7;

/**
 * Draws a topic without subtopics as the map does: a rounded box, an empty ring on the left
 * where the live map has its progress check, the title left-aligned beside it, and under the
 * title a line with the level (a coloured dot and its word) and "Optional". Dashed when
 * optional; in the choice colour when it is an alternative.
 */
export function renderTopic(node: GraphNode, box: LayoutBox, ctx: RenderContext): string {
  const { theme } = ctx;
  const font = STYLE.topicFont;
  const pad = STYLE.topicPadding;
  const mark = LAYOUT_DEFAULTS.topicMarkWidth;
  const detailHeight = LAYOUT_DEFAULTS.topicDetailHeight;
  const lineBox = font.size * STYLE.lineHeight;
  // A box the layout made for one line is exactly one line box plus padding and the detail line;
  // the epsilon keeps rounding in the layout from dropping that line.
  const room = box.width - 2 * pad.x - mark;
  const detail = topicDetail(node, room, ctx.measure);
  const titleRoom = box.height - 2 * pad.y - Math.max(1, detail.lines.length) * detailHeight;
  const maxLines = Math.max(Math.floor(titleRoom / lineBox + 1e-6), 1);
  const lines = fitText(node.title, room, maxLines, ctx.measure, font);
  const alternative = node.alternativeOf !== null;
  const stroke = alternative ? theme.choice : theme.topicStroke;
  const rect =
    `<rect x="${n(box.x)}" y="${n(box.y)}" width="${n(box.width)}" height="${n(box.height)}" rx="${STYLE.topicRadius}"` +
    ` fill="${theme.topicFill}" stroke="${stroke}" stroke-width="${alternative ? 2 : 1.25}"` +
    `${node.optional ? ' stroke-dasharray="5 4"' : ''}/>`;
  const top = box.y + pad.y;
  const ring =
    `<circle class="mark" cx="${n(box.x + pad.x + RING_RADIUS + 1)}" cy="${n(top + lineBox / 2)}" r="${RING_RADIUS}"` +
    ` fill="none" stroke="${theme.topicStroke}" stroke-width="1.5"/>`;
  const text = svgText(lines, { x: box.x + pad.x + mark, top, font, fill: theme.topicText });
  return nodeShell(node, 'topic', rect + ring + text + detailLines(detail, box.x + pad.x + mark, top + lines.length * lineBox, ctx));
}

/** The lines under a topic's title (see {@link topicDetail}), in small muted type. */
function detailLines(detail: TopicDetail, x: number, top: number, ctx: RenderContext): string {
  const lineHeight = LAYOUT_DEFAULTS.topicDetailHeight;
  return detail.lines
    .map((line, i) => {
      const cy = top + i * lineHeight + lineHeight / 2;
      const dotted = i === 0 && detail.level !== undefined;
      const dot = dotted ? levelDot(detail.level!, x + LEVEL_DOT_RADIUS, cy, ctx.theme) : '';
      return (
        dot +
        `<text class="detail" x="${n(x + (dotted ? LEVEL_DOT_ROOM : 0))}" y="${n(cy + DETAIL_FONT.size * 0.35)}" font-size="${DETAIL_FONT.size}"` +
        ` font-weight="${DETAIL_FONT.weight}" fill="${ctx.theme.mutedText}">${escapeXml(line)}</text>`
      );
    })
    .join('');
}
