import type { GraphNode } from '../graph/types.js';
import type { LayoutBox } from '../schema/roadmapSchema.js';
import { fitText } from './fitText.js';
import { formatNumber as n } from './formatNumber.js';
import { levelBadge } from './levelBadge.js';
import { nodeShell } from './nodeShell.js';
import type { RenderContext } from './renderContext.js';
import { STYLE } from './svgStyle.js';
import { svgText, textHeight } from './svgText.js';

/**
 * Draws a topic without subtopics: a rounded box with its title wrapped inside and centred,
 * dashed when optional, with the choice colour when it is an alternative, and a level badge on
 * its top-right corner.
 */
export function renderTopic(node: GraphNode, box: LayoutBox, ctx: RenderContext): string {
  const { theme } = ctx;
  const font = STYLE.topicFont;
  const pad = STYLE.topicPadding;
  const lineBox = font.size * STYLE.lineHeight;
  // A box the layout made for one line is exactly one line box plus padding; the epsilon keeps
  // rounding in the layout from dropping that line.
  const maxLines = Math.max(Math.floor((box.height - 2 * pad.y) / lineBox + 1e-6), box.height >= lineBox ? 1 : 0);
  const lines = fitText(node.title, box.width - 2 * pad.x, maxLines, ctx.measure, font);
  const alternative = node.alternativeOf !== null;
  const stroke = alternative ? theme.choice : theme.topicStroke;
  const rect =
    `<rect x="${n(box.x)}" y="${n(box.y)}" width="${n(box.width)}" height="${n(box.height)}" rx="${STYLE.topicRadius}"` +
    ` fill="${theme.topicFill}" stroke="${stroke}" stroke-width="${alternative ? 2 : 1.25}"` +
    `${node.optional ? ' stroke-dasharray="5 4"' : ''}/>`;
  const text = svgText(lines, {
    x: box.x + box.width / 2,
    top: box.y + (box.height - textHeight(lines.length, font)) / 2,
    font,
    fill: theme.topicText,
    anchor: 'middle',
  });
  const badge = node.level ? levelBadge(node.level, box.x + box.width - 2, box.y + 2, theme) : '';
  return nodeShell(node, 'topic', rect + text + badge);
}
