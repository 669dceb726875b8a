import type { LayoutDirection } from '@roadmap-graph/core';
import { useId, useRef } from 'react';
import { EXAMPLES, type Example } from '../examples.js';
import type { DraftFormat } from '../types.js';

/** Props of {@link PlaygroundToolbar}. */
export interface PlaygroundToolbarProps {
  format: DraftFormat;
  onFormatChange: (format: DraftFormat) => void;
  direction: LayoutDirection;
  onDirectionChange: (direction: LayoutDirection) => void;
  onLoadExample: (example: Example) => void;
  onUpload: (file: File) => void;
  /** Why the downloads are unavailable, if they are (invalid draft, layout still running). */
  downloadBlocked: string | undefined;
  onDownloadJson: () => void;
  onDownloadSvg: () => void;
  onShare: () => void;
}

/** The playground's actions: examples, upload, format, flow, downloads and the share link. */
export function PlaygroundToolbar(props: PlaygroundToolbarProps) {
  const { format, direction, downloadBlocked } = props;
  const upload = useRef<HTMLInputElement>(null);
  const name = useId();
  return (
    <div className="playground-toolbar" role="toolbar" aria-label="Playground">
      <div className="playground-toolbar__group">
        <select
          className="site-select"
          aria-label="Load an example"
          value=""
          onChange={(event) => {
            const example = EXAMPLES.find((candidate) => candidate.id === event.target.value);
            if (example) props.onLoadExample(example);
          }}
        >
          <option value="" disabled>
            Load an example…
          </option>
          {EXAMPLES.map((example) => (
            <option key={example.id} value={example.id}>
              {example.label}
            </option>
          ))}
        </select>
        <button type="button" className="site-button" onClick={() => upload.current?.click()}>
          Upload a file
        </button>
        <input
          ref={upload}
          type="file"
          accept=".md,.markdown,.txt,.json,text/markdown,application/json"
          hidden
          aria-label="Roadmap file to open"
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = '';
            if (file) props.onUpload(file);
          }}
        />
      </div>
      <fieldset className="playground-toolbar__group playground-format">
        <legend className="site-hidden">Format of the text</legend>
        {(['markdown', 'json'] as const).map((value) => (
          <label key={value} className="playground-format__choice">
            <input type="radio" name={name} value={value} checked={format === value} onChange={() => props.onFormatChange(value)} />
            {value === 'markdown' ? 'Markdown' : 'JSON'}
          </label>
        ))}
      </fieldset>
      <label className="playground-toolbar__group">
        <span className="playground-toolbar__label">Flow</span>
        <select className="site-select" value={direction} onChange={(event) => props.onDirectionChange(event.target.value as LayoutDirection)}>
          <option value="DOWN">Top to bottom</option>
          <option value="RIGHT">Left to right</option>
        </select>
      </label>
      <div className="playground-toolbar__group playground-toolbar__end">
        <button type="button" className="site-button" onClick={props.onDownloadJson} disabled={downloadBlocked !== undefined} title={downloadBlocked ?? 'The roadmap as JSON with its layout baked in'}>
          Download JSON
        </button>
        <button type="button" className="site-button" onClick={props.onDownloadSvg} disabled={downloadBlocked !== undefined} title={downloadBlocked ?? 'A static picture of the map, in the current theme'}>
          Download SVG
        </button>
        <button type="button" className="site-button site-button--primary" onClick={props.onShare}>
          Share link
        </button>
      </div>
    </div>
  );
}
