// `@roadmap-graph/element/labels/fr` (dist/labels/fr.js): the French words for the `labels`
// property, an ES module of their own so the element's script carries English only.
//
// @example
// import { frenchLabels } from '@roadmap-graph/element/labels/fr';
// document.querySelector('roadmap-graph').labels = frenchLabels; // with lang="fr" on it or the page
export { frenchLabels } from '@roadmap-graph/react/labels/fr';
