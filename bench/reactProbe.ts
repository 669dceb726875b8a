/**
 * What the React bench records inside the page, installed before any page script runs
 * (`page.addInitScript`). A plain script string: it runs in Chromium, it is not compiled here.
 *
 * Paint times come from the browser itself (Element Timing): as soon as the page inserts a topic
 * title or a panel heading, and before that frame is painted, a MutationObserver marks it with
 * an `elementtiming` attribute, and Chromium then reports the time its text was first painted.
 *
 * - `topicPainted`: ms from navigation start until the first topic title of the map was painted.
 * - `views`: each viewport transform of the map with the animation frame it first showed in;
 *   the last entry, once the map stands still, is the frame of the settled start view.
 * - `panels`: for each click on a topic, the ms from the click event to the paint of its panel's
 *   heading.
 */
export const REACT_PROBE = `(() => {
  const TOPIC_TITLE = '.react-flow__node button[data-topic-id] .rg-topic__title';
  const PANEL_TITLE = 'section.rg-panel h2';
  const probe = (window.__rgBench = { topicPainted: null, views: [], panels: [] });
  let clicked = null;
  const mark = (root) => {
    if (!(root instanceof Element)) return;
    if (probe.topicPainted === null) {
      const title = root.matches(TOPIC_TITLE) ? root : root.querySelector(TOPIC_TITLE);
      if (title && !title.hasAttribute('elementtiming')) title.setAttribute('elementtiming', 'rg-topic');
    }
    const heading = root.matches(PANEL_TITLE) ? root : root.querySelector(PANEL_TITLE);
    if (heading && clicked !== null) heading.setAttribute('elementtiming', 'rg-panel:' + clicked);
  };
  new MutationObserver((records) => {
    for (const record of records) for (const node of record.addedNodes) mark(node);
  }).observe(document, { childList: true, subtree: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      const time = entry.renderTime || entry.loadTime;
      if (entry.identifier === 'rg-topic' && probe.topicPainted === null) probe.topicPainted = time;
      if (entry.identifier.startsWith('rg-panel:')) {
        probe.panels.push({ ms: time - Number(entry.identifier.slice(9)) });
      }
    }
  }).observe({ type: 'element', buffered: true });
  const frame = (time) => {
    const viewport = document.querySelector('.react-flow__viewport');
    if (viewport && document.querySelector(TOPIC_TITLE)) {
      const last = probe.views[probe.views.length - 1];
      if (!last || last.transform !== viewport.style.transform) probe.views.push({ time, transform: viewport.style.transform });
    }
    if (time < 20000) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
  // Capturing, on window: runs before the map's own click handling.
  addEventListener('click', (event) => {
    if (event.target instanceof Element && event.target.closest('.react-flow__node button[data-topic-id]')) clicked = event.timeStamp;
  }, true);
})();`;
