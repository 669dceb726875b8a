import type { LayoutDirection, LayoutEngine, Progress, ProgressChange, Roadmap, RoadmapLayout } from '@roadmap-graph/core';
import type { CSSProperties } from 'react';
import type { RoadmapData } from '../hooks/useRoadmapData.js';
import type { ThemeSetting } from '../hooks/useResolvedTheme.js';
import type { ProgressStorage } from '../storage/types.js';
import type { GestureMode } from '../RoadmapMap/useMapGestures.js';
import type { RoadmapLabelsInput } from '../labels/RoadmapLabels.js';

/** Props of {@link RoadmapGraph}. */
export interface RoadmapGraphProps {
  /**
   * The roadmap: a parsed {@link Roadmap}, raw data (e.g. imported JSON) or JSON text. It is
   * validated; invalid data shows every problem with its path instead of the map. JSON text
   * longer than 128 KB is validated in the layout worker (with a 30 s deadline) while a
   * skeleton shows, so that no text can block the page.
   */
  roadmap: Roadmap | unknown;
  /**
   * A precomputed layout. Otherwise the layout baked into the roadmap file is used when it is
   * fresh, else one is computed in a Web Worker while a skeleton shows.
   */
  layout?: RoadmapLayout;
  /**
   * Light or dark palette, or `auto`: the page's own theme toggle when it has one (`data-theme`
   * or a `dark`/`light` class on `<html>` or `<body>`, or a single `color-scheme`), else the
   * reader's `prefers-color-scheme`; followed live.
   * @default 'auto'
   */
  theme?: ThemeSetting;
  /**
   * Flow of a computed layout: sections top to bottom or left to right. A baked layout in the
   * other direction is recomputed.
   * @default the baked layout's direction, else 'DOWN'
   */
  direction?: LayoutDirection;
  /** Id of a topic whose panel is open at first. */
  initialTopic?: string;
  /** Called when a topic is opened (its id) or the panel is closed (`null`). */
  onTopicSelect?: (id: string | null) => void;
  /** Controlled progress. Without it progress is kept in `storage`. */
  progress?: Progress;
  /**
   * Called with the new progress after every change, controlled or not, and the change: the
   * topic and its new state (`null` when cleared), `undefined` when several topics changed at
   * once (reset, import).
   */
  onProgressChange?: (progress: Progress, change: ProgressChange | undefined) => void;
  /**
   * Where uncontrolled progress is kept; pass a stable object.
   * @default localStorage under `roadmap-graph:progress:<roadmap id>`, memory when that fails
   */
  storage?: ProgressStorage;
  /**
   * Deep links: `#topic=flask` opens Flask, and the hash follows the open topic.
   * @default false
   */
  hashLinks?: boolean;
  /**
   * Light the open topic's prerequisite chain and dim the rest of the map.
   * @default true
   */
  highlightChain?: boolean;
  /**
   * Makes the engine that computes a missing layout (tests, custom workers).
   * @default ELK in a module Web Worker
   */
  createLayoutEngine?: () => LayoutEngine | undefined;
  /** Extra class names on the root element (`.rg-root`). */
  className?: string;
  /** Inline styles on the root element, e.g. to override `--rg-*` theme properties. */
  style?: CSSProperties;
  /**
   * Height of the whole component (toolbar, map and panel); numbers are pixels. `'auto'` makes
   * it as tall as the whole roadmap at reading size (fitted to the width), so the page's own
   * scroll reads it like a figure; with a fixed height the map is a viewport to pan and zoom.
   * @default 640
   */
  height?: number | string;
  /**
   * How the map shares the wheel and touch with the page: `cooperative` (the page scrolls over
   * the map; Ctrl/⌘ + wheel, pinch and two fingers move it, and a hint says so), `greedy` (the
   * wheel and one finger move the map: for a map that is the page) or `auto` (greedy when the
   * page cannot scroll, else cooperative).
   * @default 'auto'
   */
  gestures?: GestureMode;
  /**
   * Show the search box in the toolbar.
   * @default true
   */
  search?: boolean;
  /**
   * The outline (the text version of the map): `toggle` offers buttons to switch to it, `open`
   * shows it (the buttons switch back), `off` shows the map only. A change applies at once.
   * @default 'toggle'
   */
  outline?: 'toggle' | 'open' | 'off';
  /**
   * Words to show instead of the English ones: a complete translation such as `frenchLabels`
   * (from `@roadmap-graph/react/labels/fr`) or a few keys, merged over the English defaults.
   * Roadmap data (titles, descriptions) is shown as it is. Pass a stable object (or the same words).
   * @default englishLabels
   */
  labels?: RoadmapLabelsInput;
  /**
   * Language of the words (BCP 47, e.g. `fr`): set as `lang` on the root, so screen readers
   * pronounce them, and used to write numbers, percentages and plurals. Give it with `labels`.
   * @default none on the root (the page's language applies); numbers as in English
   */
  lang?: string;
  /**
   * Called after render whenever the data's state changes: loading (parsed, layout pending),
   * ready (with the layout in use) or error (with every problem). Lets a wrapper report
   * readiness and errors, e.g. as DOM events.
   */
  onDataChange?: (data: RoadmapData) => void;
}

/** Imperative access to a {@link RoadmapGraph}, through its `ref`. */
export interface RoadmapGraphHandle {
  /** Opens the panel of a topic or section and brings it into view; `false` when the roadmap has no such id. */
  openTopic(id: string): boolean;
  /** Closes the panel, if one is open. Focus stays where it is. */
  closeTopic(): void;
  /** Zooms and pans the map so the whole roadmap is in view (no effect while the outline shows). */
  fit(): void;
}
