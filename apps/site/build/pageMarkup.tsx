// Runs at build time, in Node, through Vite's module runner (see prerender.ts): the pages'
// components with the site's aliases and virtual modules, rendered to HTML by react-dom/server.
import { StrictMode, type ReactNode } from 'react';
import { renderToString } from 'react-dom/server';
import { DocsPage } from '../src/docs/DocsPage.js';
import { EmbedWithoutScript } from '../src/embed/EmbedWithoutScript.js';
import { HomePage } from '../src/home/HomePage.js';
import { PlaygroundWithoutScript } from '../src/playground/PlaygroundWithoutScript.js';
import type { PageId } from '../src/shell/pages.js';
import type { Prerendered } from '../src/shell/prerendered.js';
import { SiteShell } from '../src/shell/SiteShell.js';

/** A page's markup for `#root`, and what the browser does with it. */
export interface PageMarkup {
  html: string;
  prerendered: Prerendered;
}

// The home page and the docs are the same with or without JavaScript (the map shows its outline
// until it hydrates). The playground and the embed builder depend on the reader's browser (a
// saved draft, a share link, the live element), so readers without JavaScript get a notice of
// what works instead, which the browser replaces.
const PAGES: Record<PageId, { prerendered: Prerendered; content: () => ReactNode }> = {
  home: { prerendered: 'page', content: () => <HomePage /> },
  docs: { prerendered: 'page', content: () => <DocsPage /> },
  playground: { prerendered: 'notice', content: () => <PlaygroundWithoutScript /> },
  embed: { prerendered: 'notice', content: () => <EmbedWithoutScript /> },
};

/** Renders a page of the site as mountPage (src/shell/mountPage.tsx) will: the shell, then the page. */
export function pageMarkup(id: PageId): PageMarkup {
  const page = PAGES[id];
  const html = renderToString(
    <StrictMode>
      <SiteShell current={id}>{page.content()}</SiteShell>
    </StrictMode>,
  );
  return { html, prerendered: page.prerendered };
}
