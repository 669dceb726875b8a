import { RoadmapGraph } from '@roadmap-graph/react';
import { pythonRoadmap } from '../data/pythonRoadmap.js';
import { siteUrl } from '../shell/pages.js';
import { useSiteTheme } from '../shell/SiteTheme.js';

/**
 * The Python backend roadmap over the whole window: progress kept in the browser, search, the
 * site's theme, and deep links (`#topic=flask` opens Flask; the address follows the open topic).
 * The map is the page, so its gestures are greedy: the wheel and one finger move it.
 */
export function HomePage() {
  const theme = useSiteTheme();
  return (
    <main id="main" className="site-main home">
      <div className="home__intro">
        <h1 className="home__title">Python backend developer roadmap</h1>
        <p className="home__hint">
          Open a topic for its resources and mark what you have learned: your progress stays in this browser.{' '}
          <a href={siteUrl('playground/')}>Draw your own roadmap →</a>
        </p>
      </div>
      <RoadmapGraph roadmap={pythonRoadmap} theme={theme} hashLinks height="100%" gestures="greedy" className="home__map" />
    </main>
  );
}
