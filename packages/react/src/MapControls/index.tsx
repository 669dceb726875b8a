import { useReactFlow } from '@xyflow/react';
import type { ReactNode } from 'react';
import { useLabels } from '../labels/LabelsContext.js';
import { Legend } from '../Legend/index.js';
import { motionDuration } from '../motion/motionDuration.js';
import type { MapControlsProps } from './types.js';

export type { MapControlsProps } from './types.js';

const DURATION = 200;

function Icon({ d }: { d: string }) {
  return (
    <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
      <path d={d} fill="none" stroke="currentColor" strokeWidth="1.75" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}

function ControlButton(props: { label: string; onClick(): void; pressed?: boolean; children: ReactNode }) {
  return (
    <button
      type="button"
      className="rg-controls__button"
      aria-label={props.label}
      title={props.label}
      aria-pressed={props.pressed}
      onClick={props.onClick}
    >
      {props.children}
    </button>
  );
}

/**
 * The bar under the map: zoom out, zoom in, fit the whole roadmap, the outline toggle, the
 * legend and the credit. A bar rather than buttons floating over the map, so that no control
 * ever covers a topic or a section title, at any width. The buttons complete Ctrl/⌘+wheel and
 * pinch, and are the way to zoom with a keyboard. Must be rendered inside the map's React Flow
 * provider.
 */
export function MapControls({ outlineOpen = false, onToggleOutline, fitPadding = 0.08, onFit, legendOpen = false }: MapControlsProps) {
  const flow = useReactFlow();
  const { labels } = useLabels();
  return (
    <div className="rg-map-bar" part="map-bar">
      <div className="rg-controls" role="group" aria-label={labels.mapControls}>
        <ControlButton label={labels.zoomOut} onClick={() => void flow.zoomOut({ duration: motionDuration(DURATION) })}>
          <Icon d="M3 8h10" />
        </ControlButton>
        <ControlButton label={labels.zoomIn} onClick={() => void flow.zoomIn({ duration: motionDuration(DURATION) })}>
          <Icon d="M8 3v10M3 8h10" />
        </ControlButton>
        <ControlButton
          label={labels.fit}
          onClick={onFit ?? (() => void flow.fitView({ padding: fitPadding, duration: motionDuration(DURATION) }))}
        >
          <Icon d="M2.5 6V2.5H6M10 2.5h3.5V6M13.5 10v3.5H10M6 13.5H2.5V10" />
        </ControlButton>
        {onToggleOutline && (
          <ControlButton label={labels.showOutline} pressed={outlineOpen} onClick={onToggleOutline}>
            <Icon d="M5.5 4h8M5.5 8h8M5.5 12h8M2.5 4h.01M2.5 8h.01M2.5 12h.01" />
          </ControlButton>
        )}
      </div>
      <Legend defaultOpen={legendOpen} className="rg-legend--bar" />
      {/* React Flow draws this map; its attribution lives here instead of over the map. */}
      <a className="rg-map-bar__credit" href="https://reactflow.dev" target="_blank" rel="noopener noreferrer">
        React Flow
      </a>
    </div>
  );
}
