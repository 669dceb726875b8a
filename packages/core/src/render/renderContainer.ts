import type { GraphNode } from '../graph/types.js';
import type { TextFont } from '../layout/types.js';
import type { LayoutBox } from '../schema/roadmapSchema.js';
import { escapeXml } from './escapeXml.js';
import { fitText } from './fitText.js';
import { formatNumber as n } from './formatNumber.js';
import { LAYOUT_DEFAULTS } from '../layout/resolveLayoutStyle.js';
import { LEVEL_WORDS } from '../layout/topicDetail.js';
import { nodeShell } from './nodeShell.js';
import type { RenderContext } from './renderContext.js';
import { STYLE } from './svgStyle.js';
import { svgText, textHeight } from './svgText.js';

/** Text of the label on a container whose children are alternatives. */
export const PICK_ONE = 'pick one';

const NO_LABEL = { svg: '', width: 0 };

/**
 * Draws a section, or a topic holding subtopics: a rounded box with its title in the header,
 * the room the layout left above its first child. A section's title follows its step number (a
 * landmark along the path); a topic's header names its level in words. A `choice` container
 * gets the choice colour and a "pick one" label; an optional or alternative topic is marked as a
 * leaf topic is.
 */
export function renderContainer(node: GraphNode, box: LayoutBox, ctx: RenderContext): string {
  const { theme } = ctx;
  const section = node.kind === 'section';
  const pad = section ? STYLE.sectionPadding : STYLE.topicPadding;

  const childTops = node.children.flatMap((id) => {
    const child = ctx.boxes.get(id);
    return child ? [child.y] : [];
  });
  // The layout made the header padding + title + padding tall, above the first child.
  const header = Math.min(box.y + box.height, ...childTops) - box.y;
  const lineBox = (section ? STYLE.sectionFont : STYLE.topicFont).size * STYLE.lineHeight;
  const label = node.choice ? pickOneLabel(box, pad, lineBox, ctx) : NO_LABEL;
  const numberRoom = section ? LAYOUT_DEFAULTS.sectionNumberWidth : 0;
  const level = !section && node.level ? levelLabel(node, box, pad, lineBox, label.width, ctx) : NO_LABEL;
  const { lines, font } = headerTitle(node.title, box.width - 2 * pad.x - label.width - level.width - numberRoom, header, pad.y, section, ctx);

  const marked = node.choice || node.alternativeOf !== null;
  const rect =
    `<rect x="${n(box.x)}" y="${n(box.y)}" width="${n(box.width)}" height="${n(box.height)}"` +
    ` rx="${section ? STYLE.sectionRadius : STYLE.groupRadius}"` +
    ` fill="${section ? theme.sectionFill : theme.groupFill}"` +
    ` stroke="${marked ? theme.choice : section ? theme.sectionStroke : theme.groupStroke}"` +
    ` stroke-width="${marked ? 2 : 1.25}"${node.optional ? ' stroke-dasharray="5 4"' : ''}/>`;
  const top = box.y + Math.min(pad.y, (header - textHeight(lines.length, font)) / 2);
  const text = svgText(lines, { x: box.x + pad.x + numberRoom, top, font, fill: theme.text });
  const number = section ? stepNumber(node, box.x + pad.x, top + (font.size * STYLE.lineHeight) / 2, ctx) : '';
  return nodeShell(node, section ? 'section' : 'group', rect + number + text + label.svg + level.svg);
}

/** Radius of a section's step number. */
const STEP_RADIUS = 13;

/** A section's place along the path, 1 for the first: a filled disc with its number. */
function stepNumber(node: GraphNode, left: number, cy: number, ctx: RenderContext): string {
  const font = { size: 13, weight: 700 };
  const cx = left + STEP_RADIUS;
  return (
    `<g class="step"><circle cx="${n(cx)}" cy="${n(cy)}" r="${STEP_RADIUS}" fill="${ctx.theme.text}"/>` +
    `<text x="${n(cx)}" y="${n(cy + font.size * 0.35)}" font-size="${font.size}" font-weight="${font.weight}" fill="${ctx.theme.background}"` +
    ` text-anchor="middle">${sectionNumber(node, ctx)}</text></g>`
  );
}

/** 1-based position of a section among the roadmap's sections, in document order. */
export function sectionNumber(node: GraphNode, ctx: RenderContext): number {
  return ctx.graph.roadmap.sections.findIndex((section) => section.id === node.id) + 1;
}

/** The level of a topic holding subtopics, in words at the right of its header. */
function levelLabel(
  node: GraphNode,
  box: LayoutBox,
  pad: { x: number; y: number },
  lineBox: number,
  taken: number,
  ctx: RenderContext,
): { svg: string; width: number } {
  const font = STYLE.smallFont;
  const word = LEVEL_WORDS[node.level!];
  const width = Math.ceil(ctx.measure(word, font)) + 8;
  if (box.width - 2 * pad.x - taken < 2 * width) return NO_LABEL;
  const x = box.x + box.width - pad.x - taken;
  const y = box.y + pad.y + lineBox / 2 + font.size * 0.35;
  const svg =
    `<text class="level" x="${n(x)}" y="${n(y)}" font-size="${font.size}" font-weight="700" fill="${ctx.theme.mutedText}"` +
    ` text-anchor="end">${escapeXml(word)}</text>`;
  return { svg, width };
}

/** The "pick one" pill at the right of a header, and the width it takes from the title. */
function pickOneLabel(
  box: LayoutBox,
  pad: { x: number; y: number },
  lineBox: number,
  ctx: RenderContext,
): { svg: string; width: number } {
  const font = STYLE.smallFont;
  const width = Math.ceil(ctx.measure(PICK_ONE, font)) + 14;
  const height = font.size + 6;
  // A box too narrow for the label keeps its title; the choice border still marks it.
  if (box.width - 2 * pad.x < 2 * width) return NO_LABEL;
  // Clear of the level badge on the corner, centred on the first title line.
  const x = box.x + box.width - pad.x - width - 4;
  const y = box.y + pad.y + (lineBox - height) / 2;
  const svg =
    `<g class="pick-one"><rect x="${n(x)}" y="${n(y)}" width="${width}" height="${height}" rx="${height / 2}" fill="${ctx.theme.choice}"/>` +
    `<text x="${n(x + width / 2)}" y="${n(y + height / 2 + font.size * 0.35)}" font-size="${font.size}" font-weight="${font.weight}"` +
    ` fill="${ctx.theme.choiceText}" text-anchor="middle">${escapeXml(PICK_ONE)}</text></g>`;
  return { svg, width: width + 12 };
}

/**
 * The title lines of a header `header` tall (padding included) and `width` wide. Subtopic
 * groups are titled in bold when the bold title fits, else in the layout's topic font, which
 * the header was sized for.
 */
function headerTitle(
  title: string,
  width: number,
  header: number,
  padY: number,
  section: boolean,
  ctx: RenderContext,
): { lines: string[]; font: TextFont } {
  const fonts = section ? [STYLE.sectionFont] : [STYLE.groupFont, STYLE.topicFont];
  let fitted: { lines: string[]; font: TextFont } = { lines: [], font: fonts[0]! };
  for (const font of fonts) {
    const lineBox = font.size * STYLE.lineHeight;
    // One line at least when the header holds it by eating into its padding.
    const maxLines = Math.max(Math.floor((header - 2 * padY) / lineBox + 1e-6), header >= lineBox ? 1 : 0);
    const all = fitText(title, width, Infinity, ctx.measure, font);
    fitted = { lines: fitText(title, width, maxLines, ctx.measure, font), font };
    if (all.length <= maxLines) return fitted;
  }
  return fitted;
}
