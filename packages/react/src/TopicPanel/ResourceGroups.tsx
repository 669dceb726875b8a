import type { Resource } from '@roadmap-graph/core';
import { groupResources } from './groupResources.js';
import { useLabels } from '../labels/LabelsContext.js';
import { ResourceLink } from './ResourceLink.js';

/** Props of {@link ResourceGroups}. */
export interface ResourceGroupsProps {
  resources: readonly Resource[];
}

/** A topic's resources under a "Resources" heading, one badged sub-heading per type. */
export function ResourceGroups({ resources }: ResourceGroupsProps) {
  const { labels } = useLabels();
  const groups = groupResources(resources);
  if (!groups.length) return null;
  return (
    <div className="rg-panel__section">
      <h3 className="rg-panel__subheading">{labels.resources}</h3>
      {groups.map(({ type, resources: items }) => (
        <div key={type ?? 'other'} className="rg-resource-group">
          <h4 className="rg-resource-group__heading">
            <span className={`rg-badge rg-badge--${type ?? 'other'}`}>{type ? labels.resourceGroups[type] : labels.otherResources}</span>
          </h4>
          <ul className="rg-resource-group__list">
            {items.map((resource, i) => (
              <li key={i} className="rg-resource">
                <ResourceLink resource={resource} labels={labels} />
              </li>
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}
