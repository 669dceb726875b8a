import { CodeBlock } from '../shell/CodeBlock/index.js';
import { siteUrl } from '../shell/pages.js';
import { useAbsoluteUrl } from '../shell/useAbsoluteUrl.js';
import { ApiTable } from './ApiTable.js';
import { ELEMENT_ATTRIBUTES, ELEMENT_EVENTS, ELEMENT_PROPERTIES } from './elementApi.js';
import { quickStarts } from './quickStarts.js';
import { SchemaReference } from './SchemaReference.js';
import { ThemeReference } from './ThemeReference.js';

const CONTENTS = [
  { id: 'script-tag', label: 'Script tag' },
  { id: 'react', label: 'React' },
  { id: 'cli', label: 'CLI' },
  { id: 'fences', label: 'Markdown fences' },
  { id: 'format', label: 'The roadmap format' },
  { id: 'schema', label: 'Schema reference' },
  { id: 'theming', label: 'Theming' },
  { id: 'element', label: 'The element' },
];

/** Quick starts for the three audiences, the format and its schema, theming and the element's API. */
export function DocsPage() {
  const absolute = useAbsoluteUrl();
  return (
    <div className="site-page docs">
      <nav className="docs-toc" aria-label="On this page">
        <p className="docs-toc__title">On this page</p>
        <ul>
          {CONTENTS.map((entry) => (
            <li key={entry.id}>
              <a href={`#${entry.id}`}>{entry.label}</a>
            </li>
          ))}
        </ul>
      </nav>
      <main id="main" className="docs-content">
        <h1>Docs</h1>
        <p className="site-lead">
          roadmap-graph draws learning roadmaps from data: you write sections, topics, prerequisites and resources; it validates
          them, lays them out and renders an interactive map. Three ways in, and fences for Markdown sites:
        </p>

        <section aria-labelledby="script-tag">
          <h2 id="script-tag">Quick start: a script tag, on any page</h2>
          <p>
            For blogs, wikis and course sites: no React, no build step. <code>npm install @roadmap-graph/element</code>, serve the
            <code> .js</code> files of its <code>dist</code> folder side by side (<code>roadmap-graph.js</code>, the interactive part it
            imports and <code>roadmap-graph.layout-worker.js</code>; this site serves them under <code>/element/</code>), then:
          </p>
          <CodeBlock label="Script tag quick start" language="html" code={quickStarts.scriptTag(absolute('element/roadmap-graph.js'), absolute('data/python-backend.roadmap.json'))} />
          <p>The data can also sit in the page, as JSON or as a Markdown outline:</p>
          <CodeBlock label="Inline roadmap" language="html" code={quickStarts.inline} />
          <p>
            The <a href={siteUrl('embed/')}>embed page</a> writes the snippet for you, with a live preview. A classic
            <code> &lt;script src=&quot;roadmap-graph.iife.js&quot;&gt;</code> works too.
          </p>
        </section>

        <section aria-labelledby="react">
          <h2 id="react">Quick start: React</h2>
          <p>For apps on React 18 or 19:</p>
          <CodeBlock label="React install" language="sh" code={quickStarts.reactInstall} />
          <CodeBlock label="React component" language="tsx" code={quickStarts.react} />
          <p>
            A roadmap with a baked layout renders at once; without one, ELK computes it in a Web Worker while a skeleton shows.
            With Vite&apos;s dev server:
          </p>
          <CodeBlock label="Vite setting" language="ts" code={quickStarts.vite} />
          <p>
            Props, keyboard use and every export: <code>packages/react/README.md</code>.
          </p>
        </section>

        <section aria-labelledby="cli">
          <h2 id="cli">Quick start: the CLI</h2>
          <p>
            For roadmap authors and CI: validate, convert, bake layouts, render static SVGs. <code>npx</code> fetches the
            package the first time; nothing else to install.
          </p>
          <CodeBlock label="CLI commands" language="sh" code={quickStarts.cli} />
          <p>
            Problems print as <code>file:path: message</code>; exit codes are <code>0</code> fine, <code>1</code> invalid input,
            <code>2</code> wrong usage. Or try it all without installing anything in the <a href={siteUrl('playground/')}>playground</a>.
          </p>
        </section>

        <section aria-labelledby="fences">
          <h2 id="fences">Markdown fences: Astro, Docusaurus, VitePress, Eleventy, Hugo, Jekyll, MkDocs</h2>
          <p>
            For writers who publish Markdown with a site generator. A <code>```roadmap</code> fence holds an outline (or JSON);
            the build checks it, lays it out and writes a <code>&lt;roadmap-graph&gt;</code> with the data inline, plus the
            picture and the outline for readers without JavaScript. A bad fence stops the build with{' '}
            <code>file:line: path: message</code>.
          </p>
          <CodeBlock label="Roadmap fence" language="md" code={quickStarts.fence} />
          <p>
            Install the plugin with the element (<code>npm install @roadmap-graph/rehype @roadmap-graph/element</code>, or{' '}
            <code>@roadmap-graph/markdown-it</code>), serve <code>roadmap-graph.iife.js</code> and{' '}
            <code>roadmap-graph.iife.interactive.js</code> beside it from the element&apos;s <code>dist</code> and load the first with <code>&lt;script src&gt;</code> in the layout. Astro, with the rehype plugin:
          </p>
          <CodeBlock label="Astro config" language="js" code={quickStarts.astro} />
          <p>
            Docusaurus, with the rehype plugin (the script copied to <code>static/</code>):
          </p>
          <CodeBlock label="Docusaurus config" language="js" code={quickStarts.docusaurus} />
          <p>VitePress, with the markdown-it plugin (the script copied to <code>docs/public/</code>):</p>
          <CodeBlock label="VitePress config" language="ts" code={quickStarts.vitePress} />
          <p>Eleventy, with the markdown-it plugin:</p>
          <CodeBlock label="Eleventy config" language="js" code={quickStarts.eleventy} />
          <p>
            Each config is the one a test site is built with (Astro 5, Docusaurus 3, VitePress 1, Eleventy 3), checked in
            Chromium. Plain
            unified and markdown-it, the options and the errors: <code>packages/rehype/README.md</code> and{' '}
            <code>packages/markdown-it/README.md</code>.
          </p>
          <p>
            Hugo, Jekyll, MkDocs, Ghost or a hand-written page, with no plugin: write the same fence and add{' '}
            <code>data-fences</code> to the element&apos;s script tag. Once the page is parsed, each fence the Markdown renderer left
            as code (<code>&lt;pre&gt;&lt;code class=&quot;language-roadmap&quot;&gt;</code>, or inside an element of class{' '}
            <code>language-roadmap</code>) becomes a map, with the fence as its fallback. The check and the layout then happen in
            the reader&apos;s browser rather than at build time.
          </p>
          <CodeBlock label="Any page" language="html" code={quickStarts.anyPage} />
          <p>
            Hugo and Jekyll leave a <code>roadmap</code> fence as plain code (their highlighters have no lexer for it): load
            the script with <code>data-fences</code> in the layout.
          </p>
          <CodeBlock label="Hugo layout" language="html" code={quickStarts.hugo} />
          <CodeBlock label="Jekyll layout" language="html" code={quickStarts.jekyll} />
          <p>
            MkDocs cannot add <code>data-fences</code> to a script tag, so a small module calls <code>upgradeFences</code>; with
            Material for MkDocs, a superfences custom fence keeps the fence out of the highlighter:
          </p>
          <CodeBlock label="MkDocs config" language="yaml" code={quickStarts.mkdocs} />
          <CodeBlock label="MkDocs script" language="js" code={quickStarts.mkdocsScript} />
          <p>
            These were not run with Hugo, Jekyll or MkDocs themselves: the test serves the HTML each writes for a fence (read
            from their sources) with these snippets and checks each fence becomes a map. More in{' '}
            <code>packages/element/README.md</code>.
          </p>
        </section>

        <section aria-labelledby="format">
          <h2 id="format">The roadmap format</h2>
          <p>
            A roadmap has sections; a section has topics; a topic may have subtopics and resources. Write it as JSON (below), or
            as a Markdown outline that imports to the same data:
          </p>
          <CodeBlock label="Markdown outline" language="md" code={quickStarts.outline} />
          <ul className="docs-list">
            <li>
              <code>#</code> is the roadmap, <code>##</code> a section, <code>###</code> a topic whose list items are its subtopics;
              list items are topics, nested items subtopics, and a nested item that is only a link is a resource
              (<code>@type@</code> sets its type, <code>&quot;paid&quot;</code> marks it not free).
            </li>
            <li>
              <code>{'{#id level=beginner optional choice requires=a,b tags=x,y}'}</code> at the end of a heading or item sets what
              prose cannot. Without <code>#id</code> the id is the slug of the title.
            </li>
            <li>
              A section without <code>requires</code> follows the previous one; <code>requires=&quot;&quot;</code> makes it a
              fresh start. <code>choice</code>: the children are alternatives, and finishing one satisfies what needs the group.
            </li>
          </ul>
        </section>

        <section aria-labelledby="schema">
          <h2 id="schema">Schema reference</h2>
          <p>
            Generated from the JSON Schema the packages validate with (<code>roadmap-graph schema</code> writes it; point
            <code> &quot;$schema&quot;</code> at it for completion in your editor).
          </p>
          <SchemaReference />
        </section>

        <section aria-labelledby="theming">
          <h2 id="theming">Theming</h2>
          <p>
            Every colour of the map is a CSS custom property. Override any of them on the React component&apos;s root, or on the
            element (custom properties cross its shadow root):
          </p>
          <CodeBlock label="Theming example" language="css" code={quickStarts.theming} />
          <ThemeReference />
        </section>

        <section aria-labelledby="element">
          <h2 id="element">The element</h2>
          <p>
            <code>&lt;roadmap-graph&gt;</code> registers itself when its script loads (loading it twice is harmless). Attributes
            are live; events are <code>CustomEvent</code>s that bubble out of the shadow root, except <code>error</code>, which
            stays on the element like a native element&apos;s (listen on the element, or on <code>document</code> in the capture
            phase), so it never reaches the page&apos;s <code>window.onerror</code>.
          </p>
          <p>
            Anything else inside the element is its fallback for readers without JavaScript: shown until the script runs,
            never read as data, and gone once the map is drawn (it prints in the map&apos;s place only if the map has not
            rendered yet). Give them a picture of the map (<code>roadmap-graph render roadmap.json -o roadmap.svg</code>)
            and a link to the roadmap, or its topics as a list; the <a href={siteUrl('blog/')}>blog post</a> does both.
          </p>
          <ApiTable caption="Attributes" rows={ELEMENT_ATTRIBUTES} typeHeader="Value" />
          <ApiTable caption="Properties and methods" rows={ELEMENT_PROPERTIES} />
          <ApiTable caption="Events" rows={ELEMENT_EVENTS} typeHeader="detail" />
        </section>
      </main>
    </div>
  );
}
