import { estimateTextWidth } from './estimateTextWidth.js';
import type { LayoutDirection, LayoutOptions, MeasureText, TextFont } from './types.js';
import { isWidthClass, type WidthClass } from './widthClasses.js';

/** Every sizing option of {@link LayoutOptions}, resolved and checked. */
export interface LayoutStyle {
  /** The direction asked for; the `phone` class flows `'DOWN'` whatever this says. */
  direction: LayoutDirection;
  widthClass: WidthClass;
  measureText: MeasureText;
  topicFont: TextFont;
  sectionFont: TextFont;
  lineHeight: number;
  minTopicWidth: number;
  maxTopicWidth: number;
  topicPadding: { x: number; y: number };
  sectionPadding: number;
  sectionTitleAside: number;
  choiceTitleAside: number;
  topicMarkWidth: number;
  topicDetailHeight: number;
  sectionNumberWidth: number;
  nodeSpacing: number;
  layerSpacing: number;
  sectionSpacing: number;
  edgeSpacing: number;
}

/**
 * The defaults of {@link LayoutOptions}. Renderers read the fonts, line height and paddings
 * from here so the titles they draw fit the boxes the layout made for them.
 */
export const LAYOUT_DEFAULTS = {
  direction: 'DOWN',
  widthClass: 'wide',
  topicFont: { size: 14, weight: 500 },
  sectionFont: { size: 18, weight: 700 },
  lineHeight: 1.3,
  minTopicWidth: 120,
  maxTopicWidth: 220,
  topicPadding: { x: 10, y: 7 },
  sectionPadding: 16,
  sectionTitleAside: 64,
  choiceTitleAside: 80,
  topicMarkWidth: 28,
  topicDetailHeight: 16,
  sectionNumberWidth: 36,
  nodeSpacing: 16,
  layerSpacing: 28,
  sectionSpacing: 56,
  edgeSpacing: 10,
} as const;

function check(name: string, value: number, min: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < min) {
    throw new RangeError(`layoutRoadmap: options.${name} must be a finite number >= ${min}, got ${String(value)}`);
  }
  return value;
}

function checkFont(name: string, font: TextFont): TextFont {
  if (typeof font !== 'object' || font === null) {
    throw new TypeError(`layoutRoadmap: options.${name} must be an object like { size: 14, weight: 500 }`);
  }
  return { size: check(`${name}.size`, font.size, 1), weight: check(`${name}.weight`, font.weight, 1) };
}

/** Fills in the defaults of `options` and rejects values that would break the layout. */
export function resolveLayoutStyle(options: LayoutOptions): LayoutStyle {
  const direction = options.direction ?? LAYOUT_DEFAULTS.direction;
  if (direction !== 'DOWN' && direction !== 'RIGHT') {
    throw new RangeError(`layoutRoadmap: options.direction must be 'DOWN' or 'RIGHT', got ${String(direction)}`);
  }
  const widthClass = options.widthClass ?? LAYOUT_DEFAULTS.widthClass;
  if (!isWidthClass(widthClass)) {
    throw new RangeError(`layoutRoadmap: options.widthClass must be 'phone', 'column' or 'wide', got ${String(widthClass)}`);
  }
  const measureText = options.measureText ?? estimateTextWidth;
  if (typeof measureText !== 'function') {
    throw new TypeError('layoutRoadmap: options.measureText must be a function (text, font) => width');
  }
  const padding = options.topicPadding ?? LAYOUT_DEFAULTS.topicPadding;
  if (typeof padding !== 'object' || padding === null) {
    throw new TypeError('layoutRoadmap: options.topicPadding must be an object like { x: 12, y: 8 }');
  }
  const minTopicWidth = check('minTopicWidth', options.minTopicWidth ?? LAYOUT_DEFAULTS.minTopicWidth, 1);
  const maxTopicWidth = check('maxTopicWidth', options.maxTopicWidth ?? LAYOUT_DEFAULTS.maxTopicWidth, 1);
  const topicPadding = {
    x: check('topicPadding.x', padding.x, 0),
    y: check('topicPadding.y', padding.y, 0),
  };
  if (maxTopicWidth < minTopicWidth || maxTopicWidth <= 2 * topicPadding.x) {
    throw new RangeError(
      `layoutRoadmap: options.maxTopicWidth (${maxTopicWidth}) must be at least minTopicWidth (${minTopicWidth}) and wider than twice topicPadding.x`,
    );
  }
  return {
    direction,
    widthClass,
    measureText,
    topicFont: checkFont('topicFont', options.topicFont ?? LAYOUT_DEFAULTS.topicFont),
    sectionFont: checkFont('sectionFont', options.sectionFont ?? LAYOUT_DEFAULTS.sectionFont),
    lineHeight: check('lineHeight', options.lineHeight ?? LAYOUT_DEFAULTS.lineHeight, 0.5),
    minTopicWidth,
    maxTopicWidth,
    topicPadding,
    sectionPadding: check('sectionPadding', options.sectionPadding ?? LAYOUT_DEFAULTS.sectionPadding, 0),
    sectionTitleAside: check('sectionTitleAside', options.sectionTitleAside ?? LAYOUT_DEFAULTS.sectionTitleAside, 0),
    choiceTitleAside: check('choiceTitleAside', options.choiceTitleAside ?? LAYOUT_DEFAULTS.choiceTitleAside, 0),
    topicMarkWidth: check('topicMarkWidth', options.topicMarkWidth ?? LAYOUT_DEFAULTS.topicMarkWidth, 0),
    topicDetailHeight: check('topicDetailHeight', options.topicDetailHeight ?? LAYOUT_DEFAULTS.topicDetailHeight, 0),
    sectionNumberWidth: check('sectionNumberWidth', options.sectionNumberWidth ?? LAYOUT_DEFAULTS.sectionNumberWidth, 0),
    nodeSpacing: check('nodeSpacing', options.nodeSpacing ?? LAYOUT_DEFAULTS.nodeSpacing, 0),
    layerSpacing: check('layerSpacing', options.layerSpacing ?? LAYOUT_DEFAULTS.layerSpacing, 0),
    sectionSpacing: check('sectionSpacing', options.sectionSpacing ?? LAYOUT_DEFAULTS.sectionSpacing, 0),
    edgeSpacing: check('edgeSpacing', options.edgeSpacing ?? LAYOUT_DEFAULTS.edgeSpacing, 0),
  };
}
