import { siteUrl } from '../shell/pages.js';

/**
 * What the playground's address shows a reader without JavaScript (pre-rendered at build time,
 * inside <noscript>, so a reader with JavaScript never sees it): why the page needs it, and what
 * they can do instead.
 */
export function PlaygroundWithoutScript() {
  return (
    <noscript>
      <main id="main" className="site-main site-page">
        <h1>Playground</h1>
        <p className="site-lead">
          The playground checks and draws a roadmap while you type it, in your browser: that needs JavaScript, which is off
          for this site. Turn it on to write a roadmap here and see it drawn live.
        </p>
        <h2>Without JavaScript you can</h2>
        <ul>
          <li>
            read <a href={siteUrl('')}>the Python backend roadmap</a>: every section and topic, with its prerequisites and
            resources;
          </li>
          <li>
            write a roadmap in any text editor: <a href={siteUrl('docs/#format')}>the format</a> is a Markdown outline or JSON,
            described field by field in <a href={siteUrl('docs/#schema')}>the schema reference</a>;
          </li>
          <li>
            start from the Python roadmap&apos;s own files: <a href={siteUrl('data/python-backend.md')}>its Markdown outline</a>{' '}
            or <a href={siteUrl('data/python-backend.roadmap.json')}>its JSON</a> with the layout baked in;
          </li>
          <li>
            check and draw it on your computer with <a href={siteUrl('docs/#cli')}>the command line tool</a>:{' '}
            <code>roadmap-graph validate</code> lists every problem with its line and path, <code>roadmap-graph render</code>{' '}
            draws a static SVG that needs no script at all.
          </li>
        </ul>
      </main>
    </noscript>
  );
}
