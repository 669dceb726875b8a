import { buildGraph, parseRoadmap, toBakedLayout, withBakedLayout, type Roadmap, type RoadmapLayout } from '@roadmap-graph/core';
import { useMemo, useState } from 'react';
import { pythonRoadmap } from '../data/pythonRoadmap.js';
import { analyzeDraft } from '../playground/analyzeDraft.js';
import { loadDraft } from '../playground/draftStorage.js';
import { useLiveLayout } from '../playground/useLiveLayout.js';
import { CodeBlock } from '../shell/CodeBlock/index.js';
import { useAbsoluteUrl } from '../shell/useAbsoluteUrl.js';
import { buildSnippet, fitsInScript, type EmbedAttributes, type EmbedSource } from './buildSnippet.js';
import { EmbedPreview } from './EmbedPreview.js';
import { SnippetOptions, type SnippetChoices } from './SnippetOptions.js';
import { topicChoices } from './topicChoices.js';
import { useElementBundle } from './useElementBundle.js';

const PYTHON = (() => {
  const result = parseRoadmap(pythonRoadmap);
  if (!result.ok) throw new Error('the bundled Python roadmap is invalid');
  return buildGraph(result.roadmap);
})();

const DEFAULTS: EmbedAttributes = {
  theme: 'auto',
  height: '',
  direction: '',
  topic: '',
  progress: '',
  hashLinks: false,
  search: true,
  outline: 'toggle',
};

/**
 * The embed snippet builder: pick the roadmap (the Python one by URL, or the playground draft
 * inline), the script flavour and the element's attributes; copy the snippet; watch the same
 * element live below it.
 */
export function EmbedPage() {
  // Absolute URLs on this site, as a snippet pasted into another site needs.
  const absolute = useAbsoluteUrl();
  const [choices, setChoices] = useState<SnippetChoices>({ roadmap: 'python', inlineAs: 'json', scriptKind: 'module' });
  const [attributes, setAttributes] = useState(DEFAULTS);
  const status = useElementBundle(absolute('element/roadmap-graph.js'));

  const draft = useMemo(() => loadDraft(), []);
  const analysis = useMemo(() => (draft ? analyzeDraft(draft) : undefined), [draft]);
  const draftRoadmap = analysis?.roadmap;
  const errors = analysis?.problems.filter((problem) => problem.severity === 'error').length ?? 0;
  const draftUnavailable = !draft
    ? 'none yet: write one in the playground first'
    : !draftRoadmap
      ? `it has ${errors === 1 ? 'an error' : `${errors} errors`}: fix it in the playground first`
      : undefined;
  const usingDraft = choices.roadmap === 'draft' && draftRoadmap !== undefined;
  const draftIsMarkdown = draft?.format === 'markdown' && fitsInScript(draft.text);
  const inlineAs = draftIsMarkdown ? choices.inlineAs : 'json';
  const live = useLiveLayout(usingDraft && inlineAs === 'json' ? draftRoadmap : undefined, 'DOWN');

  const graph = useMemo(() => (usingDraft ? buildGraph(draftRoadmap) : PYTHON), [usingDraft, draftRoadmap]);
  const topics = useMemo(() => topicChoices(graph), [graph]);
  const attrs = useMemo(
    () => (attributes.topic && !graph.nodes.has(attributes.topic) ? { ...attributes, topic: '' } : attributes),
    [attributes, graph],
  );

  // biome-ignore lint/correctness/useExhaustiveDependencies: `absolute` reads only the page's URL, which does not change
  const source = useMemo((): EmbedSource | undefined => {
    if (!usingDraft) return { kind: 'src', url: absolute('data/python-backend.roadmap.json') };
    if (inlineAs === 'markdown' && draft) return { kind: 'inline', type: 'text/markdown', text: draft.text };
    const laidOut = live.shown?.roadmap === draftRoadmap ? live.shown : undefined;
    return laidOut ? { kind: 'inline', type: 'application/json', text: bakedJson(laidOut.roadmap, laidOut.layout) } : undefined;
  }, [usingDraft, inlineAs, draft, draftRoadmap, live.shown]);

  const scriptUrl = absolute(choices.scriptKind === 'module' ? 'element/roadmap-graph.js' : 'element/roadmap-graph.iife.js');
  const snippet = source ? buildSnippet({ scriptUrl, scriptKind: choices.scriptKind, source, attributes: attrs }) : undefined;

  return (
    <main id="main" className="site-main site-page embed-page">
      <h1>Embed a roadmap</h1>
      <p className="site-lead">
        One script and one element put the interactive map on any page: a blog post, a wiki, a course site. No React, no build
        step; the map lives in its own shadow root, so your styles and its styles stay apart.
      </p>
      <div className="embed-layout">
        <SnippetOptions
          choices={choices}
          onChoicesChange={setChoices}
          attributes={attrs}
          onAttributesChange={setAttributes}
          draftUnavailable={draftUnavailable}
          draftIsMarkdown={draftIsMarkdown}
          topics={topics}
        />
        <div className="embed-output">
          <h2>Your snippet</h2>
          {snippet ? (
            <>
              <CodeBlock code={snippet} label="Embed snippet" language="html" />
              <p className="embed-hint">
                {snippet.length > 4096 ? `${Math.round(snippet.length / 1024)} KB. ` : ''}
                Paste it where the map should appear. The script may sit anywhere on the page; add it once for several maps.
              </p>
            </>
          ) : (
            <p className="embed-hint">Laying out your draft…</p>
          )}
          <h2>Live preview</h2>
          {source && <EmbedPreview status={status} source={source} attributes={attrs} />}
        </div>
      </div>
    </main>
  );
}

function bakedJson(roadmap: Roadmap, layout: RoadmapLayout): string {
  return JSON.stringify(withBakedLayout(roadmap, toBakedLayout(roadmap, [layout])));
}
