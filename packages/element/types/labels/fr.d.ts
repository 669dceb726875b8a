// Types of `@roadmap-graph/element/labels/fr`, shipped as dist/labels/fr.d.ts.
import type { RoadmapLabels } from '../labels.js';

/**
 * The map in French: a complete {@link RoadmapLabels} for the element's `labels` property, with
 * `lang="fr"` on the element or the page.
 *
 * @example
 * import { frenchLabels } from '@roadmap-graph/element/labels/fr';
 * document.querySelector('roadmap-graph')!.labels = frenchLabels;
 */
export declare const frenchLabels: RoadmapLabels;
