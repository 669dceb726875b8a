import type { Resource } from '@roadmap-graph/core';
import { SafeLink } from '../InlineMarkdown/SafeLink.js';
import type { RoadmapLabels } from '../labels/RoadmapLabels.js';

/** Props of {@link ResourceLink}. */
export interface ResourceLinkProps {
  resource: Resource;
  /**
   * Show the type badge beside the link (where resources are not grouped by type).
   * @default false
   */
  badge?: boolean;
  /** The words in use (the type badges, "Paid", a new tab). */
  labels: RoadmapLabels;
}

/**
 * One resource: its link (allowed URLs only, new tab), the site it is on, and a "Paid" mark
 * when `free` is false. Marks are words, not colours alone.
 */
export function ResourceLink({ resource, badge = false, labels }: ResourceLinkProps) {
  const host = hostOf(resource.url);
  const typeLabel = labels.resourceTypes[resource.type] ?? labels.otherResources;
  return (
    <>
      {badge && (
        <>
          <span className={`rg-badge rg-badge--${resource.type}`}>{typeLabel}</span>{' '}
        </>
      )}
      <SafeLink href={resource.url} className="rg-resource__link" newTabLabel={labels.newTab}>
        {resource.title}
      </SafeLink>
      {host && <span className="rg-resource__host"> {host}</span>}
      {resource.free === false && (
        <>
          {' '}
          <span className="rg-resource__paid">{labels.paid}</span>
        </>
      )}
    </>
  );
}

function hostOf(url: unknown): string | null {
  if (typeof url !== 'string' || !/^https?:\/\//i.test(url.trim())) return null;
  try {
    return new URL(url.trim()).hostname.replace(/^www\./, '');
  } catch {
    return null;
  }
}
