import { quickStarts } from '../docs/quickStarts.js';
import { CodeBlock } from '../shell/CodeBlock/index.js';
import { siteUrl } from '../shell/pages.js';

/**
 * What the embed page's address shows a reader without JavaScript (pre-rendered at build time,
 * inside <noscript>, so a reader with JavaScript never sees it): the snippet for the Python
 * roadmap, and what the element shows readers who have no JavaScript either.
 */
export function EmbedWithoutScript() {
  return (
    <noscript>
      <main id="main" className="site-main site-page">
        <h1>Embed a roadmap</h1>
        <p className="site-lead">
          This page builds the snippet with you and previews the map live, which needs JavaScript, off for this site. The
          snippet itself is two lines; for the Python backend roadmap, served from this site:
        </p>
        <CodeBlock
          label="Embed snippet"
          language="html"
          code={quickStarts.scriptTag(siteUrl('element/roadmap-graph.js'), siteUrl('data/python-backend.roadmap.json'))}
        />
        <p>
          The addresses are this site&apos;s: put the element&apos;s files (the <code>.js</code> files of its <code>dist</code> folder:{' '}
          <code>roadmap-graph.js</code>, <code>roadmap-graph.interactive.js</code> and <code>roadmap-graph.layout-worker.js</code>) and your
          roadmap on yours, or write the roadmap inside the element. The{' '}
          <a href={siteUrl('docs/#element')}>docs</a> list every attribute, property and event.
        </p>
        <h2>Readers without JavaScript</h2>
        <p>
          The map needs JavaScript in your readers&apos; browsers too. Whatever you put inside the element besides the roadmap&apos;s
          script is shown to them instead: a picture of the map drawn by <code>roadmap-graph render</code> and a link to the
          roadmap, or the roadmap as a list. It disappears once the map is drawn. The <a href={siteUrl('blog/')}>blog post</a>{' '}
          does both.
        </p>
      </main>
    </noscript>
  );
}
