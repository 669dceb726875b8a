import { RESOURCE_TYPES, type Resource, type ResourceType } from '@roadmap-graph/core';

/** Resources of one type, in data order. */
export interface ResourceGroup {
  /** `null` for types the schema does not know (only unvalidated data has them). */
  type: ResourceType | null;
  resources: Resource[];
}

/** Groups resources by type in {@link RESOURCE_TYPES} order, leaving out empty groups. */
export function groupResources(resources: readonly Resource[]): ResourceGroup[] {
  const known: readonly string[] = RESOURCE_TYPES;
  const groups: ResourceGroup[] = RESOURCE_TYPES.map((type) => ({
    type,
    resources: resources.filter((r) => r.type === type),
  }));
  groups.push({ type: null, resources: resources.filter((r) => !known.includes(r.type)) });
  return groups.filter((group) => group.resources.length > 0);
}
