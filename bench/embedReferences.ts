import type { RoadmapGraph } from '../packages/core/dist/index.js';

/**
 * The floor of the embed benchmark: a classic script that defines `<roadmap-graph>`, fetches
 * its `src` and adds a button per section and topic to its shadow root, checking nothing and
 * laying out nothing. No embed that loads its data from `src` with a script can show a map
 * sooner on the same page, so the first map's time is read against it.
 */
export const FLOOR_SCRIPT = `customElements.define('roadmap-graph', class extends HTMLElement {
  connectedCallback() {
    const root = this.attachShadow({ mode: 'open' });
    fetch(this.getAttribute('src')).then((response) => response.json()).then((roadmap) => {
      const picture = document.createElement('div');
      picture.dataset.firstMap = '';
      const add = (node) => {
        const button = document.createElement('button');
        button.dataset.topicId = node.id;
        button.textContent = node.title;
        picture.append(button);
        for (const child of node.topics ?? []) add(child);
      };
      for (const section of roadmap.sections) add(section);
      root.append(picture);
    });
  }
});
`;

// Mermaid node ids: letters, digits and underscores, and never a keyword such as `end`.
const mermaidId = (index: number): string => `n${index}`;
const label = (text: string): string => `"${text.replace(/"/g, '#quot;')}"`;

/**
 * The same roadmap as a Mermaid flowchart, the peer a blogger would reach for: a subgraph per
 * section holding its topics (a topic with subtopics as a nested subgraph), and an arrow for
 * every edge the map draws.
 */
export function toMermaid(graph: RoadmapGraph): string {
  const ids = new Map<string, string>();
  for (const id of graph.order) ids.set(id, mermaidId(ids.size));
  const lines = ['flowchart TD'];
  const write = (id: string, indent: string): void => {
    const node = graph.nodes.get(id)!;
    if (node.children.length === 0) {
      lines.push(`${indent}${ids.get(id)}[${label(node.title)}]`);
      return;
    }
    lines.push(`${indent}subgraph ${ids.get(id)}[${label(node.title)}]`);
    for (const child of node.children) write(child, `${indent}  `);
    lines.push(`${indent}end`);
  };
  for (const section of graph.roadmap.sections) write(section.id, '  ');
  for (const edge of graph.drawnEdges) {
    if (edge.kind !== 'contains') lines.push(`  ${ids.get(edge.source)} --> ${ids.get(edge.target)}`);
  }
  return `${lines.join('\n')}\n`;
}

/** A page that draws `chart` with Mermaid's classic script from `/mermaid/mermaid.min.js`, at load. */
export function mermaidPage(chart: string): string {
  const text = chart.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>bench</title>
<script src="/mermaid/mermaid.min.js"></script><script>mermaid.initialize({ startOnLoad: true, maxTextSize: 1e6, maxEdges: 1e5 });</script></head>
<body style="margin:0"><pre class="mermaid" style="width:1200px">${text}</pre></body></html>`;
}
