import type { LayoutDirection, LayoutEngine } from '../layout/types.js';
import { isWidthClass, type WidthClass } from '../layout/widthClasses.js';
import type { FenceFallback, RoadmapFenceOptions } from './types.js';

/** {@link RoadmapFenceOptions} checked, with their defaults. */
export interface FenceSettings {
  engine: LayoutEngine;
  theme: 'light' | 'dark' | 'auto';
  height: string | undefined;
  fallback: FenceFallback;
  gestures: 'cooperative' | 'greedy' | 'auto' | undefined;
  direction: LayoutDirection;
  pictureWidth: WidthClass;
  key: string;
}

const THEMES = ['light', 'dark', 'auto'] as const;
const FALLBACKS = ['svg', 'outline', 'both', 'none'] as const;
const GESTURES = ['cooperative', 'greedy', 'auto'] as const;
const DIRECTIONS = ['DOWN', 'RIGHT'] as const;
// What the element's `height` reads: auto, pixels, or one CSS length.
const HEIGHT = /^(?:auto|\d+(?:\.\d+)?(?:px|em|rem|vh|svh|lvh|dvh|%)?)$/;

function oneOf<T extends string>(name: string, value: unknown, allowed: readonly T[]): T | undefined {
  if (value === undefined) return undefined;
  if ((allowed as readonly unknown[]).includes(value)) return value as T;
  throw new TypeError(`roadmap fence: ${name} must be ${allowed.map((a) => `'${a}'`).join(', ')}, not ${JSON.stringify(value)}`);
}

/**
 * Checks the options of a fence renderer and fills in the defaults. Throws a `TypeError` naming
 * the option for a value it cannot use: a wrong configuration should stop the build at once,
 * not produce a page whose maps all show an error.
 */
export function checkFenceOptions(options: RoadmapFenceOptions): FenceSettings {
  if (typeof options?.engine?.layout !== 'function') {
    throw new TypeError('roadmap fence: options.engine is required: createElkEngine() from "@roadmap-graph/core/elk-node"');
  }
  let height: string | undefined;
  if (options.height !== undefined) {
    height = String(options.height).trim();
    if (!HEIGHT.test(height)) throw new TypeError(`roadmap fence: height must be 'auto', pixels or a CSS length such as '80vh', not ${JSON.stringify(options.height)}`);
  }
  const pictureWidth = options.pictureWidth ?? 'column';
  if (!isWidthClass(pictureWidth)) throw new TypeError(`roadmap fence: pictureWidth must be 'phone', 'column' or 'wide', not ${JSON.stringify(pictureWidth)}`);
  return {
    engine: options.engine,
    theme: oneOf('theme', options.theme, THEMES) ?? 'auto',
    height,
    fallback: oneOf('fallback', options.fallback, FALLBACKS) ?? 'both',
    gestures: oneOf('gestures', options.gestures, GESTURES),
    direction: oneOf('direction', options.direction, DIRECTIONS) ?? 'DOWN',
    pictureWidth,
    key: String(options.key ?? 0),
  };
}
