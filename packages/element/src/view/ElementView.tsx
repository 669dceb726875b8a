import type { LayoutEngine, Progress, ProgressChange, RoadmapLayout, ValidationError } from '@roadmap-graph/core';
import { ErrorView, RoadmapGraph, type ProgressStorage, type RoadmapData, type RoadmapGraphHandle } from '@roadmap-graph/react';
import type { Ref } from 'react';
import type { ElementSettings } from '../controller/readSettings.js';
import type { SourceState } from '../source/loadSource.js';
import { CrashBoundary } from './CrashBoundary.js';
import { EMPTY_TEXT, LOADING_TEXT } from './statusText.js';

/** Props of {@link ElementView}. */
export interface ElementViewProps {
  source: SourceState;
  /** Changes with every new source, so a crash of the previous one is forgotten. */
  sourceVersion: number;
  settings: ElementSettings;
  layout: RoadmapLayout | undefined;
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
 * the error box when it could not be loaded.
 */
export function ElementView(props: ElementViewProps) {
  const { source, settings } = props;
  if (source.status === 'loading' || source.status === 'empty') {
    return (
      <div className="rg-element__status" part="root" role="status">
        {source.status === 'loading' ? LOADING_TEXT : EMPTY_TEXT}
      </div>
    );
  }
  if (source.status === 'error') return <ErrorFrame errors={source.errors} theme={settings.theme} />;
  return (
    <CrashBoundary key={props.sourceVersion} onCrash={props.onCrash} fallback={(errors) => <ErrorFrame errors={errors} theme={settings.theme} />}>
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
      />
    </CrashBoundary>
  );
}

/** The error box in the map's frame (same theme, border and `root` part). */
function ErrorFrame({ errors, theme }: { errors: readonly ValidationError[]; theme: string }) {
  return (
    <div className="rg-root" part="root" data-theme={theme} style={{ height: '100%' }}>
      <div className="rg-body rg-body--error">
        <ErrorView errors={errors} title="The roadmap could not be shown" />
      </div>
    </div>
  );
}
