import { LEVEL_WORDS } from '../layout/topicDetail.js';
import { LEVELS } from '../schema/roadmapValues.js';
import { EDGE_STYLES, edgeColour, markerId, type DrawnEdgeKind } from './renderEdges.js';
import { escapeXml } from './escapeXml.js';
import { formatNumber as n } from './formatNumber.js';
import { levelDot } from './levelBadge.js';
import type { RenderContext } from './renderContext.js';
import { PICK_ONE } from './renderContainer.js';
import { STYLE } from './svgStyle.js';

/** A drawn legend and the room it takes. */
export interface Legend {
  svg: string;
  width: number;
  height: number;
}

interface Entry {
  symbolWidth: number;
  symbol: (x: number, cy: number) => string;
  label: string;
}

const ROW = 26;
const PAD = 12;
const GAP = 24;

const EDGE_LABELS: Record<DrawnEdgeKind, string> = { sequence: 'Next section', requires: 'Prerequisite' };

/**
 * Draws a legend of the marks the map uses (levels, optional, alternatives, edge kinds), its
 * entries flowing into rows no wider than `maxWidth`, in a box whose top-left is (`x`, `y`).
 * Only marks that appear in the map are explained.
 */
export function renderLegend(ctx: RenderContext, edgeKinds: ReadonlySet<string>, x: number, y: number, maxWidth: number): Legend {
  const entries = legendEntries(ctx, edgeKinds);
  if (entries.length === 0) return { svg: '', width: 0, height: 0 };
  const font = STYLE.smallFont;
  const parts: string[] = [];
  let cx = x + PAD;
  let row = 0;
  let widest = 0;
  for (const entry of entries) {
    const width = entry.symbolWidth + 6 + ctx.measure(entry.label, font);
    if (cx > x + PAD && cx + width > x + maxWidth - PAD) {
      row += 1;
      cx = x + PAD;
    }
    const cy = y + PAD + row * ROW + ROW / 2;
    parts.push(
      entry.symbol(cx, cy) +
        `<text x="${n(cx + entry.symbolWidth + 6)}" y="${n(cy + font.size * 0.35)}" font-size="${font.size}" font-weight="${font.weight}"` +
        ` fill="${ctx.theme.text}">${escapeXml(entry.label)}</text>`,
    );
    cx += width;
    widest = Math.max(widest, cx - x);
    cx += GAP;
  }
  const width = Math.ceil(widest + PAD);
  const height = (row + 1) * ROW + 2 * PAD;
  const frame =
    `<rect x="${n(x)}" y="${n(y)}" width="${width}" height="${height}" rx="8" fill="${ctx.theme.background}"` +
    ` stroke="${ctx.theme.sectionStroke}" stroke-width="1"/>`;
  return { svg: `<g class="legend">${frame}${parts.join('')}</g>`, width, height };
}

function legendEntries(ctx: RenderContext, edgeKinds: ReadonlySet<string>): Entry[] {
  const { theme } = ctx;
  const nodes = [...ctx.graph.nodes.values()].filter((node) => ctx.boxes.has(node.id));
  const entries: Entry[] = [];
  for (const level of LEVELS) {
    if (!nodes.some((node) => node.level === level)) continue;
    entries.push({ symbolWidth: 10, symbol: (x, cy) => levelDot(level, x + 5, cy, theme), label: LEVEL_WORDS[level] });
  }
  const box = (stroke: string, extra: string) => (x: number, cy: number) =>
    `<rect x="${n(x)}" y="${n(cy - 8)}" width="26" height="16" rx="4" fill="${theme.topicFill}" stroke="${stroke}" ${extra}/>`;
  if (nodes.some((node) => node.optional)) {
    entries.push({ symbolWidth: 26, symbol: box(theme.topicStroke, 'stroke-width="1.25" stroke-dasharray="5 4"'), label: 'Optional' });
  }
  if (nodes.some((node) => node.choice && node.children.length > 0)) {
    entries.push({ symbolWidth: 26, symbol: box(theme.choice, 'stroke-width="2"'), label: `Alternatives: ${PICK_ONE}` });
  }
  for (const kind of Object.keys(EDGE_STYLES) as DrawnEdgeKind[]) {
    if (!edgeKinds.has(kind)) continue;
    const style = EDGE_STYLES[kind];
    const symbol = (x: number, cy: number) =>
      `<path d="M${n(x)} ${n(cy)}L${n(x + 34)} ${n(cy)}" stroke="${edgeColour(kind, theme)}" stroke-width="${style.width}"` +
      `${style.dash ? ` stroke-dasharray="${style.dash}"` : ''} marker-end="url(#${markerId(kind, ctx)})"/>`;
    entries.push({ symbolWidth: 34, symbol, label: EDGE_LABELS[kind] });
  }
  return entries;
}
