import { renderSvg, stringifyRoadmap, toBakedLayout, withBakedLayout, type LayoutDirection } from '@roadmap-graph/core';
import { memoryStorage, useResolvedTheme } from '@roadmap-graph/react';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useSiteTheme } from '../shell/SiteTheme.js';
import { CodeEditor, type CodeEditorHandle } from './CodeEditor/index.js';
import { convertDraft } from './convertDraft.js';
import { downloadFile } from './downloadFile.js';
import { LiveMap } from './LiveMap.js';
import type { Example } from './examples.js';
import type { InitialDraft } from './loadInitialDraft.js';
import { PlaygroundToolbar } from './PlaygroundToolbar/index.js';
import { ProblemList } from './ProblemList/index.js';
import { readDraftFile } from './readDraftFile.js';
import { SetAsideDraft } from './SetAsideDraft.js';
import { SharePanel } from './SharePanel.js';
import { encodeShareHash } from './shareLink.js';
import type { Draft, Problem } from './types.js';
import { ANALYSIS_TIMEOUT_MS, useDraftAnalysis } from './useDraftAnalysis.js';
import { useDebouncedValue } from './useDebouncedValue.js';
import { useDraftKeeping } from './useDraftKeeping.js';
import { useLiveLayout } from './useLiveLayout.js';

/** How long typing must pause before the draft is read again and the map follows. */
const SETTLE_MS = 300;

const NO_PROBLEMS: readonly Problem[] = [];

/** Props of {@link PlaygroundPage}. */
export interface PlaygroundPageProps {
  /** The draft to start with (from a share link, the last visit, or the first example), and what to say about it. */
  initial: InitialDraft;
}

/**
 * Write a roadmap (Markdown outline or JSON) on one side and see it drawn on the other: every
 * problem listed with its line, the map keeping the last valid version meanwhile, examples,
 * upload, downloads (JSON with the layout baked in, static SVG), share links that carry the
 * draft itself, and the draft kept for the next visit. The draft is read in a worker with a
 * deadline, so no text (typed, uploaded or from a link) can freeze the page.
 */
export function PlaygroundPage({ initial }: PlaygroundPageProps) {
  const theme = useSiteTheme();
  const resolvedTheme = useResolvedTheme(theme);
  const editor = useRef<CodeEditorHandle>(null);
  const [draft, setDraft] = useState(initial.draft);
  const [direction, setDirection] = useState<LayoutDirection>('DOWN');
  const [status, setStatus] = useState(initial.notice ?? '');
  const [shareUrl, setShareUrl] = useState<string | undefined>(undefined);
  // Progress ticked in the playground is for trying things out: kept in memory, not mixed with the home page's.
  const [storage] = useState(memoryStorage);

  const settled = useDebouncedValue(draft, SETTLE_MS);
  const { latest: analysis, pending: analysing } = useDraftAnalysis(settled);
  const problems = analysis?.problems ?? NO_PROBLEMS;
  const live = useLiveLayout(analysis?.roadmap, direction);
  const current = live.shown !== undefined && live.shown.roadmap === analysis?.roadmap ? live.shown : undefined;
  const errors = problems.filter((problem) => problem.severity === 'error').length;
  const keeping = useDraftKeeping(initial, draft, settled, analysis);
  const latest = useRef(draft);
  latest.current = draft;

  // A shared roadmap that could not be read in time: the status line says what became of it.
  const linkReported = useRef(initial.origin !== 'link');
  useEffect(() => {
    if (linkReported.current || analysis?.draft !== initial.draft) return;
    linkReported.current = true;
    // Only while the shared roadmap is still what the reader sees.
    if (!analysis.timedOut || latest.current !== initial.draft) return;
    const kept = keeping.setAside ? ' Your own draft is kept: restore it below.' : '';
    setStatus(`Could not read the shared roadmap within ${ANALYSIS_TIMEOUT_MS / 1000} s: it was stopped, and it is not saved as your draft.${kept}`);
  }, [analysis, initial.draft, keeping.setAside]);

  const onTextChange = useCallback(
    (text: string) => {
      setDraft((previous) => (previous.text === text ? previous : { ...previous, text }));
      setShareUrl(undefined);
      keeping.adopt();
    },
    [keeping.adopt],
  );

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
    // The roadmap of this very text, if it has been read: else the text is kept as it is.
    const converted = convertDraft(draft, analysis?.draft.text === draft.text && analysis.draft.format === draft.format ? analysis.roadmap : undefined, format);
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
      {keeping.unsaved && (
        <p role="status" className="playground-status playground-status--warning">
          This browser does not keep your draft (its storage is full or disabled): download it or copy a share link to keep it.
        </p>
      )}
      {keeping.setAside && (
        <SetAsideDraft
          onRestore={() => {
            const own = keeping.setAside!;
            keeping.forgetSetAside();
            replaceDraft(own, 'Restored your own draft. Undo (Ctrl+Z) brings back the shared roadmap.');
          }}
          onDiscard={() => {
            keeping.forgetSetAside();
            setStatus('Discarded your earlier draft.');
          }}
        />
      )}
      {shareUrl !== undefined && <SharePanel url={shareUrl} onClose={() => setShareUrl(undefined)} />}
      <div className="playground-panes">
        <div className="playground-source">
          <CodeEditor
            ref={editor}
            initialText={initial.draft.text}
            format={draft.format}
            problems={problems}
            label={`Roadmap source, ${formatName}`}
            onChange={onTextChange}
          />
          <ProblemList problems={problems} pending={analysis === undefined} onReveal={reveal} />
        </div>
        <section className="playground-map" aria-label="Live map">
          <MapNote errors={errors} stale={live.shown !== undefined && current === undefined} pending={live.pending} layoutError={live.error} />
          {live.shown ? (
            <LiveMap shown={live.shown} theme={theme} storage={storage} />
          ) : (
            <p className="playground-map__empty">
              {analysis?.roadmap || live.pending ? 'Laying out the map…' : analysing ? 'Reading the roadmap…' : 'The map appears as soon as the roadmap is valid.'}
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
