// Entry of the classic script build (dist/roadmap-graph.iife.js): registers <roadmap-graph>
// and exports nothing, so the bundle adds no global variable to the host page. Scripts that
// need the class get it from the registry: customElements.get('roadmap-graph').
import './index.js';
