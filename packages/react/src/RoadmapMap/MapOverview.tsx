import { Panel, useReactFlow, useStore, type ReactFlowState } from '@xyflow/react';
import { useMemo, useRef, type PointerEvent } from 'react';
import { useLabels } from '../labels/LabelsContext.js';
import { stateColors, type MarkState } from '../theme/palette.js';
import type { MapModel, Rect } from './buildMapModel.js';
import { viewRect } from './mountWindow.js';

/** Size of the overview in pixels. */
const SIZE = { width: 200, height: 150 } as const;

/** Props of {@link MapOverview}. */
export interface MapOverviewProps {
  model: MapModel;
  /** Size of the laid-out roadmap. */
  layout: { width: number; height: number };
  /** The mark of each topic, for its colour. */
  markOf(id: string): MarkState;
}

const rectPath = ({ x, y, width, height }: Rect): string => `M${x} ${y}h${width}v${height}h${-width}z`;

function fillOf(mark: MarkState): string {
  return mark === 'none' ? 'var(--rg-topic-border)' : stateColors(mark).accent;
}

type ViewState = Pick<ReactFlowState, 'transform' | 'width' | 'height'>;
const selectView = (s: ReactFlowState): ViewState => ({ transform: s.transform, width: s.width, height: s.height });
const sameView = (a: ViewState, b: ViewState): boolean => a.transform === b.transform && a.width === b.width && a.height === b.height;

/**
 * The whole roadmap in small, bottom right, with the part in view framed: sections outlined,
 * topics coloured by their mark. Drawn from the model, not from React Flow's nodes (which hold
 * only what is mounted), as one path per colour, so it costs the same for 100 topics or 10,000.
 * A press or a drag on it centres the map there.
 */
export function MapOverview({ model, layout, markOf }: MapOverviewProps) {
  const { labels } = useLabels();
  const flow = useReactFlow();
  const svg = useRef<SVGSVGElement>(null);
  const { transform, width, height } = useStore(selectView, sameView);
  const paths = useMemo(() => {
    const sections: string[] = [];
    const topics = new Map<MarkState, string[]>();
    for (const id of model.order) {
      const box = model.boxes.get(id)!;
      if (model.sections.has(id)) {
        sections.push(rectPath(box));
        continue;
      }
      if (model.headerHeights.has(id)) continue; // a group: its subtopics fill it
      const mark = markOf(id);
      const list = topics.get(mark);
      if (list) list.push(rectPath(box));
      else topics.set(mark, [rectPath(box)]);
    }
    return { sections: sections.join(''), topics: [...topics].map(([mark, d]) => ({ mark, d: d.join('') })) };
  }, [model, markOf]);

  // The roadmap centred in the overview, with room around it like React Flow's minimap.
  const scale = Math.max(layout.width / SIZE.width, layout.height / SIZE.height) * 1.1;
  const box = {
    x: layout.width / 2 - (SIZE.width * scale) / 2,
    y: layout.height / 2 - (SIZE.height * scale) / 2,
    width: SIZE.width * scale,
    height: SIZE.height * scale,
  };
  const view = viewRect(transform, width, height);

  const centreAt = (event: PointerEvent<SVGSVGElement>): void => {
    const matrix = svg.current?.getScreenCTM();
    if (!matrix || (event.type === 'pointermove' && event.buttons !== 1)) return;
    const point = new DOMPoint(event.clientX, event.clientY).matrixTransform(matrix.inverse());
    void flow.setCenter(point.x, point.y, { zoom: transform[2] });
  };

  return (
    <Panel position="bottom-right" className="rg-minimap">
      <svg
        ref={svg}
        width={SIZE.width}
        height={SIZE.height}
        viewBox={`${box.x} ${box.y} ${box.width} ${box.height}`}
        role="img"
        aria-label={labels.overview}
        onPointerDown={centreAt}
        onPointerMove={centreAt}
      >
        <path d={paths.sections} className="rg-minimap__section" strokeWidth={scale} />
        {paths.topics.map(({ mark, d }) => (
          <path key={mark} d={d} fill={fillOf(mark)} />
        ))}
        <path d={rectPath(box) + rectPath(view)} className="rg-minimap__mask" fillRule="evenodd" strokeWidth={scale} />
      </svg>
    </Panel>
  );
}
