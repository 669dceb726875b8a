import { formatFenceProblems, renderRoadmapFence, type RoadmapFenceOptions } from '@roadmap-graph/core';
import { createElkEngine } from '@roadmap-graph/core/elk-node';
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import type { VFile } from 'vfile';
import { findFences, type Fence } from './findFences.js';

/** Options of {@link rehypeRoadmapGraph}: how each map looks, and what readers without JavaScript get. */
export type RehypeRoadmapGraphOptions = Pick<RoadmapFenceOptions, 'theme' | 'height' | 'fallback' | 'gestures' | 'direction' | 'pictureWidth'>;

/**
 * rehype plugin: replaces each ```` ```roadmap ```` fence (a Markdown outline, or roadmap JSON
 * when it starts with `{`) with a `<roadmap-graph>` element that holds the roadmap and its
 * layouts for every width class, computed at build time, plus a static picture and the outline
 * for readers without JavaScript. The page then needs only the element's script
 * (`roadmap-graph.iife.js`, with its interactive part beside it) and fetches no data or
 * layout worker.
 *
 * A fence that is not a valid roadmap fails the build with every problem as
 * `file:line: path: message`, the line counted in the Markdown file. Problems the outline reader
 * only warns about (ignored content) are left on the file as messages.
 *
 * Finds `<pre><code class="language-roadmap">` as remark-rehype and MDX emit it, and
 * `<pre data-language="roadmap">` as Shiki leaves it when it knows a `roadmap` language. Astro
 * highlights code before rehype plugins run and Shiki writes an unknown language as plain text,
 * so Astro sites leave the fence out of highlighting (`syntaxHighlight.excludeLangs`, see the
 * README).
 *
 * @example
 * import rehypeRoadmapGraph from '@roadmap-graph/rehype';
 * const html = await unified().use(remarkParse).use(remarkRehype).use(rehypeRoadmapGraph, { theme: 'auto' })
 *   .use(rehypeStringify).process(markdown);
 */
export default function rehypeRoadmapGraph(options: RehypeRoadmapGraphOptions = {}) {
  // One ELK per plugin instance: creating one costs more than most layouts.
  let engine: RoadmapFenceOptions['engine'] | undefined;
  return async (tree: Root, file: VFile): Promise<void> => {
    let index = 0;
    for (const fence of findFences(tree)) {
      index += 1;
      engine ??= createElkEngine();
      const result = await renderRoadmapFence(fence.text, { ...options, engine, key: index });
      const place = { file: file.path || '<markdown>', line: fence.contentLine ?? 1 };
      for (const warning of result.warnings) {
        const message = file.message(formatFenceProblems([warning], place), fenceLine(fence, warning.line));
        message.source = 'roadmap-graph';
      }
      if (!result.ok) {
        const first = result.errors[0]!;
        file.fail(formatFenceProblems(result.errors, place), { place: fenceLine(fence, first.line), source: 'roadmap-graph', ruleId: 'invalid-roadmap' });
      }
      replace(fence, fromHtml(result.html, { fragment: true }).children);
    }
  };
}

function fenceLine(fence: Fence, line: number | undefined): { line: number; column: number } | undefined {
  if (fence.contentLine === undefined) return undefined;
  return { line: fence.contentLine + (line ?? 1) - 1, column: 1 };
}

function replace(fence: Fence, nodes: RootContent[]): void {
  const at = fence.parent.children.indexOf(fence.pre as Element & RootContent);
  if (at < 0) return;
  fence.parent.children.splice(at, 1, ...(nodes as (RootContent & ElementContent)[]));
}
