import type { LayoutEngine, Progress, ProgressChange, RoadmapLayout, ValidationError } from '@roadmap-graph/core';
import {
  ErrorView,
  RoadmapGraph,
  RoadmapLabelsProvider,
  type ProgressStorage,
  type RoadmapData,
  type RoadmapGraphHandle,
  type RoadmapLabelsInput,
} from '@roadmap-graph/react';
import { useLabels } from '@roadmap-graph/react/internal';
import type { Ref } from 'react';
import type { ElementSettings } from '../controller/readSettings.js';
import type { SourceState } from '../source/loadSource.js';
import { CrashBoundary } from './CrashBoundary.js';

/** Props of {@link ElementView}. */
export interface ElementViewProps {
  source: SourceState;
  /** Changes with every new source, so a crash of the previous one is forgotten. */
  sourceVersion: number;
  settings: ElementSettings;
  layout: RoadmapLayout | undefined;
  /** The `labels` property: words merged over the English ones. */
  labels: RoadmapLabelsInput | undefined;
  initialTopic: string | undefined;
  storage: ProgressStorage;
  createLayoutEngine: () => LayoutEngine;
  handle: Ref<RoadmapGraphHandle>;
  onTopicSelect(id: string | null): void;
  onProgressChange(progress: Progress, change: ProgressChange | undefined): void;
  onDataChange(data: RoadmapData): void;
  /** The map threw while rendering (a bug): the element reports it and shows the error box. */
  onCrash(error: unknown): void;
}

/**
 * What the element's shadow root shows: the React package's map once there is data, and in the
 * same frame (`.rg-root`, so the same theme and parts) a status line while the data loads or
 * the error box when it could not be loaded; all in the element's words and language.
 */
export function ElementView(props: ElementViewProps) {
  return (
    <RoadmapLabelsProvider labels={props.labels} lang={props.settings.lang}>
      <ElementContent {...props} />
    </RoadmapLabelsProvider>
  );
}

function ElementContent(props: ElementViewProps) {
  const { source, settings } = props;
  const { labels } = useLabels();
  const lang = settings.lang;
  if (source.status === 'loading' || source.status === 'empty') {
    return (
      <div className="rg-element__status" part="root" role="status" lang={lang}>
        {source.status === 'loading' ? labels.loading : labels.noData}
      </div>
    );
  }
  if (source.status === 'error') return <ErrorFrame errors={source.errors} theme={settings.theme} lang={lang} />;
  const crashed = (message: string) => <ErrorFrame errors={[{ path: '', message: labels.crashed(message) }]} theme={settings.theme} lang={lang} />;
  return (
    <CrashBoundary key={props.sourceVersion} onCrash={props.onCrash} fallback={crashed}>
      <RoadmapGraph
        ref={props.handle}
        roadmap={source.data}
        layout={props.layout}
        theme={settings.theme}
        direction={settings.direction}
        height={settings.height === 'auto' ? 'auto' : '100%'}
        gestures={settings.gestures}
        initialTopic={props.initialTopic}
        onTopicSelect={props.onTopicSelect}
        onProgressChange={props.onProgressChange}
        storage={props.storage}
        hashLinks={settings.hashLinks}
        search={settings.search}
        outline={settings.outline}
        createLayoutEngine={props.createLayoutEngine}
        onDataChange={props.onDataChange}
        labels={props.labels}
        lang={lang}
      />
    </CrashBoundary>
  );
}

/** The error box in the map's frame (same theme, border and `root` part). */
function ErrorFrame({ errors, theme, lang }: { errors: readonly ValidationError[]; theme: string; lang: string | undefined }) {
  const { labels } = useLabels();
  return (
    <div className="rg-root" part="root" data-theme={theme} lang={lang} style={{ height: '100%' }}>
      <div className="rg-body rg-body--error">
        <ErrorView errors={errors} title={labels.notShown} />
      </div>
    </div>
  );
}
