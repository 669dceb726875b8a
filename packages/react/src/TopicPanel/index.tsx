import { createSatisfaction, nextTopics, progressSummary } from '@roadmap-graph/core';
import { useEffect, useId, useMemo, useRef, type KeyboardEvent } from 'react';
import { useLabels } from '../labels/LabelsContext.js';
import { SectionDetails } from './SectionDetails.js';
import { TopicDetails } from './TopicDetails.js';
import type { TopicPanelProps } from './types.js';

/**
 * The side panel for one topic (or section): title, level and marks, description, progress
 * buttons, resources grouped by type, subtopics, prerequisites and what it unlocks.
 *
 * Focus moves to the title when the panel opens and whenever `topicId` changes, so a screen
 * reader starts reading there; Esc inside the panel calls `onClose`.
 *
 * @example
 * <TopicPanel graph={graph} topicId="flask" progress={progress}
 *   onStateChange={setState} onNavigate={select} onClose={() => select(null)} />
 */
export function TopicPanel({ graph, topicId, progress, onStateChange, onNavigate, onClose, narrow = false }: TopicPanelProps) {
  const { labels } = useLabels();
  const titleId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const node = graph.nodes.get(topicId);
  const satisfied = useMemo(() => createSatisfaction(graph, progress), [graph, progress]);
  const next = useMemo(() => new Set(nextTopics(graph, progress)), [graph, progress]);
  const summary = useMemo(
    () => (node?.kind === 'section' ? progressSummary(graph, progress).sections.find((s) => s.id === node.id) : undefined),
    [graph, progress, node],
  );

  // biome-ignore lint/correctness/useExhaustiveDependencies: each topic opened moves the focus to its heading
  useEffect(() => {
    // Without scrolling: opened from outside (a deep link, a host page's script), the panel
    // may be off screen, and the page must not jump to it.
    heading.current?.focus({ preventScroll: true });
  }, [topicId]);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || event.nativeEvent.isComposing) return;
    // Handled here, so a host dialog around the map does not close too.
    event.preventDefault();
    event.stopPropagation();
    onClose();
  };

  // A labelled region rather than role="dialog": the panel is not modal (the map and the page
  // stay usable beside it), and screen readers list regions among landmarks, so a user can jump
  // between map and panel; dialog semantics promise a modal context and make some readers
  // (NVDA, JAWS) read the whole dialog on entry. Not <aside>/complementary: axe flags a
  // complementary landmark nested in the host page's <main>. Focus goes to the title (not the
  // close button) so the first thing announced is what the panel is about.
  return (
    <section
      className={narrow ? 'rg-panel rg-panel--sheet' : 'rg-panel'}
      part="panel"
      aria-labelledby={titleId}
      onKeyDown={onKeyDown}
      data-topic-id={topicId}
    >
      {narrow && (
        // A sheet hides the whole map: a way back the reader sees first, named for where it goes.
        <button type="button" className="rg-panel__back" onClick={onClose}>
          <span aria-hidden="true">←</span> {labels.backToMap}
        </button>
      )}
      <header className="rg-panel__header">
        <h2 id={titleId} ref={heading} tabIndex={-1} className="rg-panel__title">
          {node ? node.title : labels.topicNotFound}
        </h2>
        {!narrow && (
          <button type="button" className="rg-panel__close" aria-label={labels.closePanel} onClick={onClose}>
            <span aria-hidden="true">×</span>
          </button>
        )}
      </header>
      <div className="rg-panel__body">
        {!node ? (
          <p>{labels.noSuchTopic(topicId)}</p>
        ) : node.kind === 'section' ? (
          <SectionDetails graph={graph} node={node} progress={progress} summary={summary} satisfied={satisfied} onNavigate={onNavigate} />
        ) : (
          <TopicDetails
            graph={graph}
            node={node}
            progress={progress}
            satisfied={satisfied}
            nextUp={next.has(node.id)}
            onStateChange={onStateChange}
            onNavigate={onNavigate}
          />
        )}
      </div>
    </section>
  );
}

export type { TopicPanelProps } from './types.js';
