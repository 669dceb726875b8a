/**
 * Where a Markdown renderer puts a ` ```roadmap ` fence, as each writes it for a language it does
 * not highlight: `<pre><code class="language-roadmap">` (markdown-it, marked, Hugo, MkDocs'
 * fenced_code, Jekyll's kramdown, Ghost), the class on the `<pre>` (MkDocs Material with a
 * pymdownx.superfences custom fence: `<pre class="language-roadmap"><code>`), or the class on a
 * wrapper around the `<pre>` (a highlighter's: `<div class="language-roadmap highlighter-rouge">`).
 */
const FENCE_CODE = 'pre > code.language-roadmap, pre > code.lang-roadmap, pre.language-roadmap > code, .language-roadmap pre > code';

/**
 * Replaces each ` ```roadmap ` fence already on the page with a `<roadmap-graph>` holding the
 * fence's text (a Markdown outline, or JSON when it starts with `{`) in a data script, and the
 * fence itself as its fallback. The text goes in as text, never parsed as HTML. Returns the
 * elements made, in document order. Fences inside a `<roadmap-graph>` are left alone.
 *
 * @example
 * upgradeFences(document); // what `<script src="roadmap-graph.iife.js" data-fences>` does on load
 */
export function upgradeFences(root: ParentNode): HTMLElement[] {
  const made: HTMLElement[] = [];
  for (const code of root.querySelectorAll(FENCE_CODE)) {
    const pre = code.parentElement!;
    // A highlighter may put the class on a wrapper: the whole wrapper is the fence.
    const fence = (!pre.matches('.language-roadmap') && pre.parentElement?.closest('.language-roadmap')) || pre;
    if (!fence.isConnected || fence.closest('roadmap-graph')) continue;
    const text = code.textContent ?? '';
    const element = fence.ownerDocument.createElement('roadmap-graph');
    const data = fence.ownerDocument.createElement('script');
    data.type = text.trimStart().startsWith('{') ? 'application/json' : 'text/markdown';
    data.textContent = text;
    fence.replaceWith(element);
    element.append(data, fence);
    made.push(element);
  }
  return made;
}

/**
 * Upgrades the page's fences once it is parsed, if the script tag asked for it with
 * `data-fences`.
 */
export function upgradeFencesWhenAsked(script: HTMLScriptElement | null): void {
  if (!script?.hasAttribute('data-fences')) return;
  const document = script.ownerDocument;
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', () => upgradeFences(document), { once: true });
  else upgradeFences(document);
}
