import { formatFenceProblems, type RoadmapFenceOptions } from '@roadmap-graph/core';
import { fenceFile } from './fenceFile.js';
import { renderFenceSync } from './renderFenceSync.js';

/** Options of {@link markdownItRoadmapGraph}: how each map looks, and what readers without JavaScript get. */
export interface MarkdownItRoadmapGraphOptions
  extends Pick<RoadmapFenceOptions, 'theme' | 'height' | 'fallback' | 'gestures' | 'direction' | 'pictureWidth'> {
  /**
   * Hand the element to Vue as an inner HTML string (`<div v-html="…">`), for pages that Vue
   * compiles as templates (VitePress): Vue drops `<script>` from templates and escapes its text,
   * which would lose the roadmap's data, and reads `{{ }}` in text as expressions.
   * @default true under VitePress (its `env` has `relativePath` and `cleanUrls`), else false
   */
  vue?: boolean;
}

/** The parts of a markdown-it token this plugin reads. */
interface FenceToken {
  info: string;
  content: string;
  /** [first line, line after the last], 0-based; the first is the opening fence's. */
  map: [number, number] | null;
}

type FenceRule = (tokens: FenceToken[], index: number, options: unknown, env: unknown, self: unknown) => string;

/** The part of a markdown-it instance this plugin uses, so that its types need no markdown-it types. */
export interface MarkdownItLike {
  core: { ruler: { push(name: string, rule: (state: { src: string; env: unknown }) => void): void } };
  renderer: { rules: { fence?: FenceRule } };
}

const fenceCounts = new WeakMap<object, number>();
/** The text markdown-it parsed for each render's env: errors count their lines in the file from it. */
const sources = new WeakMap<object, string>();

function isVitePress(env: unknown): boolean {
  return typeof env === 'object' && env !== null && typeof (env as { relativePath?: unknown }).relativePath === 'string' && 'cleanUrls' in env;
}

function escapeAttribute(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * markdown-it plugin: renders each ```` ```roadmap ```` fence (a Markdown outline, or roadmap
 * JSON when it starts with `{`) as a `<roadmap-graph>` element holding the roadmap and its
 * layouts for every width class, computed at build time, plus a static picture and the outline
 * for readers without JavaScript. The page then needs only the element's script
 * (`roadmap-graph.iife.js`, with its interactive part beside it) and fetches no data or
 * layout worker. Other fences render as before.
 *
 * markdown-it renders synchronously; the layout (ELK) answers with a promise, so it runs in a
 * worker thread that the rendering waits for (see the README). A fence that is not a valid
 * roadmap throws an error listing every problem as `file:line: path: message`, which stops a
 * build; the file comes from `env.path` (VitePress) or `env.page.inputPath` (Eleventy), the line
 * is counted in the file, front matter included.
 *
 * @example
 * // .vitepress/config.mts
 * import roadmapGraph from '@roadmap-graph/markdown-it';
 * export default defineConfig({ markdown: { config: (md) => md.use(roadmapGraph, { theme: 'auto' }) } });
 */
export default function markdownItRoadmapGraph(md: MarkdownItLike, options: MarkdownItRoadmapGraphOptions = {}): void {
  md.core.ruler.push('roadmap_graph_source', (state) => {
    if (typeof state.env === 'object' && state.env !== null) sources.set(state.env, state.src);
  });
  const previous = md.renderer.rules.fence;
  md.renderer.rules.fence = (tokens, index, mdOptions, env, self) => {
    const token = tokens[index]!;
    if (token.info.trim().split(/\s+/)[0] !== 'roadmap') {
      if (previous) return previous(tokens, index, mdOptions, env, self);
      return (self as { renderToken(tokens: FenceToken[], index: number, options: unknown): string }).renderToken(tokens, index, mdOptions);
    }
    const envKey = typeof env === 'object' && env !== null ? env : fenceCounts;
    const key = (fenceCounts.get(envKey) ?? 0) + 1;
    fenceCounts.set(envKey, key);
    const { vue, ...fenceOptions } = options;
    const result = renderFenceSync(token.content, { ...fenceOptions, key });
    if (!result.ok) {
      const place = fenceFile(env, token.map?.[0], typeof env === 'object' && env !== null ? sources.get(env) : undefined);
      throw new Error(formatFenceProblems(result.errors, place));
    }
    if (!(vue ?? isVitePress(env))) return `${result.html}\n`;
    // A JavaScript string literal in an attribute: Vue decodes the attribute, evaluates the
    // literal and sets the element's HTML from it, on the server and in the browser alike.
    return `<div v-html="${escapeAttribute(JSON.stringify(result.html))}"></div>\n`;
  };
}
