import type { Progress } from '@roadmap-graph/core';
import { useEffect, useRef, useState, type ChangeEvent } from 'react';
import { exportProgress } from '../progressFile/exportProgress.js';
import { MAX_PROGRESS_FILE_LENGTH, parseProgressFile } from '../progressFile/parseProgressFile.js';
import { downloadText } from './downloadText.js';
import { InlineConfirm } from './InlineConfirm.js';
import type { ToolbarProps } from './types.js';

type Notice = { kind: 'error' | 'done'; text: string } | undefined;

/** An import that would change progress the reader has, waiting for their answer. */
interface PendingImport {
  progress: Progress;
  ignored: number;
  /** Topics whose state the import changes or clears. */
  changes: number;
}

const plural = (count: number, one: string, many: string): string => `${count} ${count === 1 ? one : many}`;

function importedText(count: number, ignored: number): string {
  const topics = `Imported progress for ${plural(count, 'topic', 'topics')}.`;
  if (ignored === 0) return topics;
  return `${topics} ${plural(ignored, 'entry', 'entries')} with an unknown state ${ignored === 1 ? 'was' : 'were'} ignored.`;
}

/** Ids whose state differs between two progress records (set, changed or cleared). */
function changedIds(before: Progress, after: Progress): string[] {
  return [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((id) => before[id] !== after[id]);
}

/**
 * Export of progress as a JSON file and import of such a file, with the outcome shown inline.
 * An import that would change or clear progress the reader has is confirmed in place first,
 * saying how many topics would change; a file without progress, or the same progress, changes
 * nothing and says so.
 */
export function ProgressFileButtons({ roadmapId, progress, onImport }: Pick<ToolbarProps, 'roadmapId' | 'progress' | 'onImport'>) {
  const input = useRef<HTMLInputElement>(null);
  const trigger = useRef<HTMLButtonElement>(null);
  const [notice, setNotice] = useState<Notice>(undefined);
  const [pending, setPending] = useState<PendingImport | undefined>(undefined);
  const answered = useRef(false);

  useEffect(() => {
    if (pending === undefined && answered.current) trigger.current?.focus();
    answered.current = false;
  }, [pending]);

  const onExport = (): void => {
    setNotice(undefined);
    try {
      downloadText(`${roadmapId}-progress.json`, exportProgress(roadmapId, progress));
    } catch (error) {
      setNotice({ kind: 'error', text: `Could not export progress: ${error instanceof Error ? error.message : String(error)}` });
    }
  };

  const apply = (next: PendingImport): void => {
    onImport(next.progress);
    setNotice({ kind: 'done', text: importedText(Object.keys(next.progress).length, next.ignored) });
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
    const imported = Object.keys(result.progress).length;
    if (imported === 0) {
      const ignored = result.ignored > 0 ? ` (${plural(result.ignored, 'entry', 'entries')} with an unknown state ignored)` : '';
      setNotice({ kind: 'error', text: `Nothing was imported: ${file.name} holds no progress${ignored}. Your progress is unchanged.` });
      return;
    }
    const changed = changedIds(progress, result.progress);
    const next = { progress: result.progress, ignored: result.ignored, changes: changed.length };
    if (changed.length === 0) {
      setNotice({ kind: 'done', text: `${file.name} holds the progress you already have: nothing changed.` });
    } else if (changed.some((id) => Object.hasOwn(progress, id))) {
      // Some of the reader's own progress would be overwritten or cleared: ask first.
      setNotice(undefined);
      setPending(next);
    } else {
      apply(next);
    }
  };

  const answer = (confirmed: boolean): void => {
    if (confirmed && pending) apply(pending);
    answered.current = true;
    setPending(undefined);
  };

  return (
    <>
      <button type="button" className="rg-toolbar__button" onClick={onExport}>
        Export progress
      </button>
      {pending ? (
        <InlineConfirm
          label="Confirm import"
          question={`Replace your progress with the file's? ${plural(pending.changes, 'topic', 'topics')} would change.`}
          confirmLabel="Replace"
          onConfirm={() => answer(true)}
          onCancel={() => answer(false)}
        />
      ) : (
        <button
          ref={trigger}
          type="button"
          className="rg-toolbar__button"
          onClick={() => {
            setNotice(undefined);
            input.current?.click();
          }}
        >
          Import progress
        </button>
      )}
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
