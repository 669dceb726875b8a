import { useRef, useState, type ChangeEvent } from 'react';
import { exportProgress } from '../progressFile/exportProgress.js';
import { MAX_PROGRESS_FILE_LENGTH, parseProgressFile } from '../progressFile/parseProgressFile.js';
import { downloadText } from './downloadText.js';
import type { ToolbarProps } from './types.js';

type Notice = { kind: 'error' | 'done'; text: string } | undefined;

function importedText(count: number, ignored: number): string {
  const topics = `Imported progress for ${count} ${count === 1 ? 'topic' : 'topics'}.`;
  if (ignored === 0) return topics;
  return `${topics} ${ignored} ${ignored === 1 ? 'entry' : 'entries'} with an unknown state ${ignored === 1 ? 'was' : 'were'} ignored.`;
}

/** Export of progress as a JSON file and import of such a file, with the outcome shown inline. */
export function ProgressFileButtons({ roadmapId, progress, onImport }: Pick<ToolbarProps, 'roadmapId' | 'progress' | 'onImport'>) {
  const input = useRef<HTMLInputElement>(null);
  const [notice, setNotice] = useState<Notice>(undefined);

  const onExport = (): void => {
    setNotice(undefined);
    try {
      downloadText(`${roadmapId}-progress.json`, exportProgress(roadmapId, progress));
    } catch (error) {
      setNotice({ kind: 'error', text: `Could not export progress: ${error instanceof Error ? error.message : String(error)}` });
    }
  };

  const onFile = async (event: ChangeEvent<HTMLInputElement>): Promise<void> => {
    const target = event.currentTarget;
    const file = target.files?.[0];
    // Cleared, so choosing the same file again still fires a change.
    target.value = '';
    if (file === undefined) return;
    const fail = (message: string): void => setNotice({ kind: 'error', text: `Could not import ${file.name}: ${message}` });
    if (file.size > MAX_PROGRESS_FILE_LENGTH * 4) {
      fail('this file is too large to be a progress file.');
      return;
    }
    let text: string;
    try {
      text = await file.text();
    } catch {
      fail('the file could not be read.');
      return;
    }
    const result = parseProgressFile(text, roadmapId);
    if (!result.ok) {
      fail(result.message);
      return;
    }
    onImport(result.progress);
    setNotice({ kind: 'done', text: importedText(Object.keys(result.progress).length, result.ignored) });
  };

  return (
    <>
      <button type="button" className="rg-toolbar__button" onClick={onExport}>
        Export progress
      </button>
      <button
        type="button"
        className="rg-toolbar__button"
        onClick={() => {
          setNotice(undefined);
          input.current?.click();
        }}
      >
        Import progress
      </button>
      <input
        ref={input}
        className="rg-toolbar__hidden"
        type="file"
        accept=".json,application/json"
        tabIndex={-1}
        aria-label="Progress file to import"
        onChange={(event) => void onFile(event)}
      />
      {notice?.kind === 'error' && (
        <p role="alert" className="rg-toolbar__notice rg-toolbar__notice--error">
          {notice.text}
        </p>
      )}
      {notice?.kind === 'done' && (
        <p role="status" className="rg-toolbar__notice">
          {notice.text}
        </p>
      )}
    </>
  );
}
