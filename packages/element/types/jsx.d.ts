// JSX typing of <roadmap-graph> for React 19, shipped as dist/jsx.d.ts and exported as
// `@roadmap-graph/element/jsx`. Apart from roadmap-graph.d.ts because it imports react's types,
// which users of the element without React do not have. A React user brings it in once:
//   import type {} from '@roadmap-graph/element/jsx';
// (or "types": ["@roadmap-graph/element/jsx"] in tsconfig.json).
//
// How React 19 passes props to a custom element (react-dom's setPropOnCustomElement): a prop
// `on<name>` holding a function becomes addEventListener('<name>'); a prop whose name the element
// has as a property (`roadmap`, `layout`, `progress`, `layoutTimeout`) is set as that property on
// the client; anything else becomes an attribute (`true` → present, `false` → removed).

import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type {
  ErrorDetail,
  Progress,
  ProgressChangeDetail,
  ReadyDetail,
  Roadmap,
  RoadmapGraphElement,
  RoadmapLabelsInput,
  RoadmapLayout,
  TopicSelectDetail,
} from './roadmap-graph.js';

/** The props of `<roadmap-graph>` in React 19 JSX, besides those of any HTML element. See the README's attribute table. */
export interface RoadmapGraphProps {
  /** Roadmap to load: JSON (with or without a baked layout) or a Markdown outline. Relative to the page. */
  src?: string | undefined;
  /** Palette; `auto` follows the page's theme toggle, else the reader's `prefers-color-scheme`. @default 'auto' */
  theme?: 'light' | 'dark' | 'auto' | undefined;
  /** Flow of the map. @default the baked layout's, else 'down' */
  direction?: 'down' | 'right' | undefined;
  /** `auto` (as tall as the roadmap at reading size), pixels (`640`) or a CSS length (`80vh`). @default 'auto' */
  height?: string | number | undefined;
  /** How the wheel and fingers act on the map. @default 'auto' */
  gestures?: 'cooperative' | 'greedy' | 'auto' | undefined;
  /** Opens that topic's panel (on load, or when set later); removing it closes the panel. */
  topic?: string | undefined;
  /** `#topic=flask` in the address opens Flask, and the address follows the open topic. @default off */
  'hash-links'?: boolean | 'on' | 'off' | undefined;
  /** `off` hides the search box. @default 'on' */
  search?: 'on' | 'off' | undefined;
  /** `open` shows the outline instead of the map; `off` removes the outline buttons. @default 'toggle' */
  outline?: 'toggle' | 'open' | 'off' | undefined;
  /**
   * The reader's progress, set as the element's `progress` property (setting it replaces the saved
   * progress). React 19 sets a prop named like one of the element's properties as that property,
   * so the `progress` attribute (a storage key, or `off`) cannot be given as a prop.
   */
  progress?: Progress | undefined;
  /** Roadmap data (an object or JSON text), set as the `roadmap` property; shown instead of `src`. */
  roadmap?: Roadmap | string | null | undefined;
  /** A precomputed layout, set as the `layout` property. */
  layout?: RoadmapLayout | undefined;
  /** Deadline of each loading step in milliseconds, set as the `layoutTimeout` property. @default 30000 */
  layoutTimeout?: number | undefined;
  /** Words instead of the English ones (e.g. `frenchLabels`), set as the `labels` property; give `lang` with them. */
  labels?: RoadmapLabelsInput | undefined;
  /** The map is on screen. */
  onready?: ((event: CustomEvent<ReadyDetail>) => void) | undefined;
  /** A topic was opened, or the panel closed (`detail.id` is `null`). */
  'ontopic-select'?: ((event: CustomEvent<TopicSelectDetail>) => void) | undefined;
  /** The reader changed progress. */
  'onprogress-change'?: ((event: CustomEvent<ProgressChangeDetail>) => void) | undefined;
  /** The roadmap cannot be shown. */
  onerror?: ((event: CustomEvent<ErrorDetail>) => void) | undefined;
}

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'roadmap-graph': DetailedHTMLProps<HTMLAttributes<RoadmapGraphElement>, RoadmapGraphElement> & RoadmapGraphProps;
    }
  }
}
