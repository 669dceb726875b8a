import { RoadmapGraphElement } from './RoadmapGraphElement.js';

/**
 * Registers the element under `name` (default `roadmap-graph`). Harmless when that name is
 * already taken, e.g. when the script is included twice (or both bundles are): the first
 * definition stays. Returns the class registered under the name.
 */
export function defineRoadmapGraph(name = 'roadmap-graph'): CustomElementConstructor | undefined {
  if (typeof customElements === 'undefined') return undefined;
  const existing = customElements.get(name);
  if (existing) return existing;
  // A subclass per extra name: the registry refuses one class under two names.
  const element = name === 'roadmap-graph' ? RoadmapGraphElement : class extends RoadmapGraphElement {};
  customElements.define(name, element);
  return element;
}
