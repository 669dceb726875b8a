import { renderSvg, stringifyRoadmap, toBakedLayout, withBakedLayout, type LayoutDirection } from '@roadmap-graph/core';
import { memoryStorage, useResolvedTheme } from '@roadmap-graph/react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useSiteTheme } from '../shell/SiteTheme.js';
import { analyzeDraft } from './analyzeDraft.js';
import { CodeEditor, type CodeEditorHandle } from './CodeEditor/index.js';
import { convertDraft } from './convertDraft.js';
import { downloadFile } from './downloadFile.js';
import { LiveMap } from './LiveMap.js';
import { saveDraft } from './draftStorage.js';
import type { Example } from './examples.js';
import { PlaygroundToolbar } from './PlaygroundToolbar/index.js';
import { ProblemList } from './ProblemList/index.js';
import { readDraftFile } from './readDraftFile.js';
import { SharePanel } from './SharePanel.js';
import { encodeShareHash } from './shareLink.js';
import type { Draft, Problem } from './types.js';
import { useDebouncedValue } from './useDebouncedValue.js';
import { useLiveLayout } from './useLiveLayout.js';

/** How long typing must pause before the draft is read again and the map follows. */
const SETTLE_MS = 300;

/** Props of {@link PlaygroundPage}. */
export interface PlaygroundPageProps {
  /** The draft to start with (from a share link, the last visit, or the first example). */
  initial: Draft;
  /** Said once on arrival, e.g. that a share link was loaded or could not be. */
  notice?: string;
}

/**
 * Write a roadmap (Markdown outline or JSON) on one side and see it drawn on the other: every
 * problem listed with its line, the map keeping the last valid version meanwhile, examples,
 * upload, downloads (JSON with the layout baked in, static SVG), share links that carry the
 * draft itself, and the draft kept for the next visit.
 */
export function PlaygroundPage({ initial, notice }: PlaygroundPageProps) {
  const theme = useSiteTheme();
  const resolvedTheme = useResolvedTheme(theme);
  const editor = useRef<CodeEditorHandle>(null);
  const [draft, setDraft] = useState(initial);
  const [direction, setDirection] = useState<LayoutDirection>('DOWN');
  const [status, setStatus] = useState(notice ?? '');
  const [shareUrl, setShareUrl] = useState<string | undefined>(undefined);
  // Progress ticked in the playground is for trying things out: kept in memory, not mixed with the home page's.
  const [storage] = useState(memoryStorage);

  const settled = useDebouncedValue(draft, SETTLE_MS);
  const analysis = useMemo(() => analyzeDraft(settled), [settled]);
  const live = useLiveLayout(analysis.roadmap, direction);
  const current = live.shown !== undefined && live.shown.roadmap === analysis.roadmap ? live.shown : undefined;
  const errors = analysis.problems.filter((problem) => problem.severity === 'error').length;

  // The draft survives a reload: saved once typing pauses, and when the page is left.
  useEffect(() => {
    saveDraft(settled);
  }, [settled]);
  const latest = useRef(draft);
  latest.current = draft;
  useEffect(() => {
    const flush = (): void => void saveDraft(latest.current);
    window.addEventListener('pagehide', flush);
    return () => window.removeEventListener('pagehide', flush);
  }, []);

  const onTextChange = useCallback((text: string) => {
    setDraft((previous) => (previous.text === text ? previous : { ...previous, text }));
    setShareUrl(undefined);
  }, []);

  const reveal = useCallback((problem: Problem) => editor.current?.reveal(problem), []);

  const replaceDraft = (next: Draft, message: string): void => {
    setDraft(next);
    editor.current?.replaceText(next.text);
    setStatus(message);
  };

  const loadExample = (example: Example): void => replaceDraft(example.draft, `Loaded “${example.label}”. Undo (Ctrl+Z) brings back what was there.`);

  const upload = (file: File): void => {
    readDraftFile(file).then(
      (next) => replaceDraft(next, `Opened ${file.name} as ${next.format === 'json' ? 'JSON' : 'Markdown'}.`),
      (error: unknown) => setStatus(`Could not open ${file.name}: ${error instanceof Error ? error.message : String(error)}`),
    );
  };

  const changeFormat = (format: Draft['format']): void => {
    const converted = convertDraft(draft, analyzeDraft(draft).roadmap, format);
    const name = format === 'json' ? 'JSON' : 'Markdown';
    replaceDraft(converted, converted.text === draft.text ? `Reading the text as ${name}.` : `Converted the roadmap to ${name}.`);
  };

  const downloadBlocked =
    errors > 0
      ? `Fix the ${errors === 1 ? 'error' : `${errors} errors`} first`
      : current === undefined
        ? 'The map is still being laid out'
        : undefined;

  const downloadJson = (): void => {
    if (!current) return;
    const baked = withBakedLayout(current.roadmap, toBakedLayout(current.roadmap, [current.layout]));
    downloadFile(`${current.roadmap.id}.roadmap.json`, stringifyRoadmap(baked), 'application/json');
    setStatus(`Saved ${current.roadmap.id}.roadmap.json with its layout baked in.`);
  };

  const downloadSvg = (): void => {
    if (!current) return;
    downloadFile(`${current.roadmap.id}.svg`, renderSvg(current.graph, current.layout, { theme: resolvedTheme }), 'image/svg+xml');
    setStatus(`Saved ${current.roadmap.id}.svg (${resolvedTheme} theme).`);
  };

  const share = async (): Promise<void> => {
    const url = `${location.origin}${location.pathname}${await encodeShareHash(latest.current)}`;
    setShareUrl(url);
    try {
      await navigator.clipboard.writeText(url);
      setStatus(`Share link copied (${url.length.toLocaleString('en')} characters). It carries the whole draft; nothing is uploaded.`);
    } catch {
      setStatus('Share link ready below: copy it from the field.');
    }
  };

  const formatName = draft.format === 'markdown' ? 'Markdown outline' : 'JSON';
  return (
    <main id="main" className="site-main playground">
      <h1 className="site-hidden">Roadmap playground</h1>
      <PlaygroundToolbar
        format={draft.format}
        onFormatChange={changeFormat}
        direction={direction}
        onDirectionChange={setDirection}
        onLoadExample={loadExample}
        onUpload={upload}
        downloadBlocked={downloadBlocked}
        onDownloadJson={downloadJson}
        onDownloadSvg={downloadSvg}
        onShare={() => void share()}
      />
      <p role="status" className="playground-status">
        {status}
      </p>
      {shareUrl !== undefined && <SharePanel url={shareUrl} onClose={() => setShareUrl(undefined)} />}
      <div className="playground-panes">
        <div className="playground-source">
          <CodeEditor
            ref={editor}
            initialText={initial.text}
            format={draft.format}
            problems={analysis.problems}
            label={`Roadmap source, ${formatName}`}
            onChange={onTextChange}
          />
          <ProblemList problems={analysis.problems} onReveal={reveal} />
        </div>
        <section className="playground-map" aria-label="Live map">
          <MapNote errors={errors} stale={live.shown !== undefined && current === undefined} pending={live.pending} layoutError={live.error} />
          {live.shown ? (
            <LiveMap shown={live.shown} theme={theme} storage={storage} />
          ) : (
            <p className="playground-map__empty">
              {analysis.roadmap || live.pending ? 'Laying out the map…' : 'The map appears as soon as the roadmap is valid.'}
            </p>
          )}
        </section>
      </div>
    </main>
  );
}

function MapNote({ errors, stale, pending, layoutError }: { errors: number; stale: boolean; pending: boolean; layoutError: string | undefined }) {
  if (layoutError) return <p className="playground-map__note playground-map__note--error">{layoutError}</p>;
  if (errors > 0 && stale) {
    return (
      <p className="playground-map__note playground-map__note--error" data-testid="stale-map-note">
        Showing the last valid version: fix {errors === 1 ? 'the error' : `the ${errors} errors`} to update the map.
      </p>
    );
  }
  // A pill over the map rather than a strip above it: layouts come often, the map must not jump.
  if (pending) return <p className="playground-map__busy">Updating the map…</p>;
  return null;
}
