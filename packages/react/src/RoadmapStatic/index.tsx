import { nextTopics, progressSummary, renderSvg, sanitizeProgress } from '@roadmap-graph/core';
import { planRoadmapData } from '../data/planRoadmapData.js';
import { parseRoadmapInput } from '../data/parseRoadmapInput.js';
import { ErrorReport } from '../ErrorView/ErrorReport.js';
import { createLabelFormat } from '../labels/LabelFormat.js';
import { mergeLabels } from '../labels/mergeLabels.js';
import { OutlineDocument } from '../RoadmapOutline/OutlineDocument.js';
import { svgElements } from './svgElements.js';
import type { RoadmapStaticProps } from './types.js';

/**
 * The roadmap for the server alone: core's static picture of the map (the SVG of `renderSvg`,
 * with its legend) and the outline, as plain elements. No hooks, no state, no browser API and no
 * script, so it renders in React Server Components (a Next.js App Router page) and ships no
 * JavaScript; readers without JavaScript and search engines get the whole roadmap. Put
 * `<RoadmapGraph>` beside it for the interactive map. Nothing is laid out here: the picture
 * draws the `layout` prop or the roadmap's fresh baked layout.
 *
 * @example
 * // app/roadmap/page.tsx, a Server Component
 * import { RoadmapStatic } from '@roadmap-graph/react/server';
 * export default function Page() {
 *   return <RoadmapStatic roadmap={roadmap} theme="auto" />;
 * }
 */
export function RoadmapStatic({
  roadmap,
  layout,
  pictureWidth = 'column',
  show = 'both',
  theme = 'auto',
  progress,
  idPrefix,
  labels,
  lang,
  className,
}: RoadmapStaticProps) {
  const words = { labels: mergeLabels(labels), format: createLabelFormat(lang) };
  const plan = planRoadmapData(parseRoadmapInput(roadmap), layout, undefined, pictureWidth);
  const rootClass = className ? `rg-root rg-static ${className}` : 'rg-root rg-static';
  if (plan.status === 'error') {
    return (
      <div className={rootClass} data-theme={theme} lang={lang}>
        <ErrorReport errors={plan.errors} words={words} />
      </div>
    );
  }
  const { graph } = plan;
  const state = sanitizeProgress(progress)?.progress ?? {};
  return (
    <div className={rootClass} data-theme={theme} lang={lang}>
      {show !== 'outline' &&
        (plan.status === 'ready' ? (
          <figure className="rg-static__picture">
            {svgElements(renderSvg(graph, plan.layout, { theme, fluid: true, title: false, idPrefix }))}
            <figcaption className="rg-static__caption">{graph.roadmap.title}</figcaption>
          </figure>
        ) : (
          <ErrorReport
            words={words}
            title="No picture of this roadmap"
            errors={[
              {
                path: 'layout',
                message: `no fresh layout of the ${pictureWidth} width to draw: bake the layouts into the file (roadmap-graph layout) or pass the layout prop`,
              },
            ]}
          />
        ))}
      {show !== 'picture' && (
        <OutlineDocument
          graph={graph}
          progress={state}
          summary={progressSummary(graph, state)}
          nextUp={new Set(nextTopics(graph, state))}
          onSelect={undefined}
          words={words}
        />
      )}
    </div>
  );
}

export type { RoadmapStaticProps } from './types.js';
