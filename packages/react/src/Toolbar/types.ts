import type { Progress } from '@roadmap-graph/core';
import type { SearchState } from '../hooks/useSearch.js';

/** Props of {@link Toolbar}. All state comes from the caller; the toolbar only reports intents. */
export interface ToolbarProps {
  /** Id of the roadmap: names the exported file and is checked in imported ones. */
  roadmapId: string;

  /** Text in the search box. */
  query: string;
  /** Called with the new search text as the reader types, and with `''` on Esc. */
  onQueryChange: (query: string) => void;
  /** The search over `query`, as returned by `useSearch(graph, query)`. */
  search: Pick<SearchState, 'results' | 'activeIndex' | 'next' | 'previous' | 'setActive'>;
  /**
   * Called with the id of the match the reader opened: Enter on the active match, or a pick
   * from the list of matches. The map opens its panel.
   */
  onOpenMatch?: (id: string) => void;
  /** Title and section name of a topic, for the list of matches. */
  describeTopic?: (id: string) => { title: string; section: string };

  /** Finished and total topics over the whole roadmap, e.g. `progressSummary(graph, progress).overall`. */
  summary: { done: number; total: number };
  /** The progress to export, as stored (entries for removed topics included). */
  progress: Progress;
  /** Called after the reader confirmed resetting all progress. */
  onReset: () => void;
  /** Called with the progress of an imported file, which should replace the current one. */
  onImport: (progress: Progress) => void;
  /**
   * The browser refused to keep progress (storage full or disabled): a quiet note says it lasts
   * only until the page is left. See `useProgress`'s `persisted`.
   * @default false
   */
  progressUnsaved?: boolean;

  /**
   * Makes the address of a link that shows the reader's progress, read-only, to whoever opens
   * it; with it, the toolbar offers "Share progress".
   */
  linkToProgress?: () => string;
  /** The progress shown is someone else's (a shared link): no reset, import or share. */
  readOnly?: boolean;

  /** Whether the outline (the text version of the map) is shown. */
  outlineOpen: boolean;
  /** Called when the reader presses the outline toggle; without it there is no toggle. */
  onToggleOutline?: () => void;
  /** Id of the outline element, for `aria-controls` on the toggle. */
  outlineId?: string;

  /**
   * Show the search box.
   * @default true
   */
  showSearch?: boolean;

  /**
   * One row for a narrow map: the search, and a menu button (showing "3/42") for progress, its
   * actions and the outline toggle.
   * @default false
   */
  compact?: boolean;

  /** Extra class names on the toolbar. */
  className?: string;
}
