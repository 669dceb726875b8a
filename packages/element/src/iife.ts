// Entry of the classic script build (dist/roadmap-graph.iife.js): registers <roadmap-graph>
// and exports nothing, so the bundle adds no global variable to the host page. Scripts that
// need the class get it from the registry: customElements.get('roadmap-graph').
// `<script src="roadmap-graph.iife.js" data-fences>` also turns the page's ```roadmap fences
// into maps (see upgradeFences.ts).
import './index.js';
import { SCRIPT_TAG } from './scriptUrl.iife.js';
import { upgradeFencesWhenAsked } from './upgradeFences.js';

upgradeFencesWhenAsked(SCRIPT_TAG);
