import { useLabels } from '../labels/LabelsContext.js';

/** Props of {@link MapSkeleton}. */
export interface MapSkeletonProps {
  /** Announced to screen readers while the layout runs; default: the `layingOut` label. */
  label?: string;
}

const SECTIONS = [5, 4, 6];

/**
 * Placeholder shown while the layout is computed in the background: grey section and topic
 * boxes with a shimmer (still when reduced motion is asked for), and a polite status message.
 */
export function MapSkeleton({ label }: MapSkeletonProps) {
  const { labels } = useLabels();
  return (
    <div className="rg-skeleton" aria-busy="true">
      <p role="status" className="rg-visually-hidden">
        {label ?? labels.layingOut}
      </p>
      {SECTIONS.map((count, section) => (
        <div key={section} className="rg-skeleton__section" aria-hidden="true">
          <div className="rg-skeleton__title" />
          {Array.from({ length: count }, (_, i) => (
            <div key={i} className="rg-skeleton__box" />
          ))}
        </div>
      ))}
    </div>
  );
}
