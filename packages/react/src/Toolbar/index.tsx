import { useLabels } from '../labels/LabelsContext.js';
import { ProgressFileButtons } from './ProgressFileButtons.js';
import { ProgressMeter } from './ProgressMeter.js';
import { ResetProgress } from './ResetProgress.js';
import { SearchBox } from './SearchBox.js';
import { ShareProgress } from './ShareProgress.js';
import { ToolbarMenu } from './ToolbarMenu.js';
import type { ToolbarProps } from './types.js';

export type { ToolbarProps } from './types.js';

/**
 * The bar above the map: topic search with a list of matches, overall progress (and a note when
 * the browser will not keep it), reset and import (confirmed in place when they would change
 * the reader's progress), export of progress as JSON, and the outline toggle; `compact` puts all
 * but the search behind one menu button, so the bar takes one row on a phone. Presentational:
 * every value comes from props and every action goes out through a callback.
 *
 * @example
 * const search = useSearch(graph, query);
 * <Toolbar
 *   roadmapId={roadmap.id} query={query} onQueryChange={setQuery} search={search}
 *   onOpenMatch={open} summary={progressSummary(graph, progress).overall}
 *   progress={progress} onReset={reset} onImport={replace}
 *   outlineOpen={outlineOpen} onToggleOutline={() => setOutlineOpen((open) => !open)}
 * />
 */
export function Toolbar(props: ToolbarProps) {
  const { className, outlineOpen, onToggleOutline, outlineId, showSearch = true, compact = false } = props;
  const { labels } = useLabels();
  const names = ['rg-toolbar', compact ? 'rg-toolbar--compact' : '', className ?? ''].filter(Boolean).join(' ');
  const progress = (
    <>
      <ProgressMeter summary={props.summary} />
      {props.progressUnsaved && (
        <p role="status" className="rg-toolbar__notice">
          {labels.progressUnsaved}
        </p>
      )}
      <div className="rg-toolbar__actions">
        {!props.readOnly && <ResetProgress onReset={props.onReset} />}
        {!props.readOnly && <ProgressFileButtons roadmapId={props.roadmapId} progress={props.progress} onImport={props.onImport} />}
        {!props.readOnly && props.linkToProgress && <ShareProgress linkToProgress={props.linkToProgress} />}
        {onToggleOutline && (
          <button type="button" className="rg-toolbar__button" aria-pressed={outlineOpen} aria-controls={outlineId} onClick={onToggleOutline}>
            {labels.outline}
          </button>
        )}
      </div>
    </>
  );
  return (
    <div className={names} part="toolbar" role="group" aria-label={labels.toolbar}>
      {showSearch && (
        <SearchBox
          query={props.query}
          onQueryChange={props.onQueryChange}
          search={props.search}
          onOpenMatch={props.onOpenMatch}
          describeTopic={props.describeTopic}
        />
      )}
      {compact ? <ToolbarMenu summary={props.summary}>{progress}</ToolbarMenu> : progress}
    </div>
  );
}
