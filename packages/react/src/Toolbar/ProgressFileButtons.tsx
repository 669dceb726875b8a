import type { Progress } from '@roadmap-graph/core';
import { useEffect, useRef, useState, type ChangeEvent } from 'react';
import { exportProgress } from '../progressFile/exportProgress.js';
import { MAX_PROGRESS_FILE_LENGTH, parseProgressFile } from '../progressFile/parseProgressFile.js';
import { useLabels } from '../labels/LabelsContext.js';
import { downloadText } from './downloadText.js';
import { InlineConfirm } from './InlineConfirm.js';
import type { ProgressFileProblem } from '../labels/RoadmapLabels.js';
import type { ToolbarProps } from './types.js';

type Notice = { kind: 'error' | 'done'; text: string } | undefined;

/** An import that would change progress the reader has, waiting for their answer. */
interface PendingImport {
  progress: Progress;
  ignored: number;
  /** Topics whose state the import changes or clears. */
  changes: number;
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
  const { labels, format } = useLabels();
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
      setNotice({ kind: 'error', text: labels.exportFailed(error instanceof Error ? error.message : String(error)) });
    }
  };

  const apply = (next: PendingImport): void => {
    onImport(next.progress);
    setNotice({ kind: 'done', text: labels.imported(Object.keys(next.progress).length, next.ignored, format) });
  };

  const onFile = async (event: ChangeEvent<HTMLInputElement>): Promise<void> => {
    const target = event.currentTarget;
    const file = target.files?.[0];
    // Cleared, so choosing the same file again still fires a change.
    target.value = '';
    if (file === undefined) return;
    const fail = (problem: ProgressFileProblem): void =>
      setNotice({ kind: 'error', text: labels.importFailed(file.name, labels.progressFileProblem(problem)) });
    if (file.size > MAX_PROGRESS_FILE_LENGTH * 4) {
      fail({ kind: 'too-large', megabytes: MAX_PROGRESS_FILE_LENGTH / 1024 / 1024 });
      return;
    }
    let text: string;
    try {
      text = await file.text();
    } catch {
      fail({ kind: 'not-text' });
      return;
    }
    const result = parseProgressFile(text, roadmapId);
    if (!result.ok) {
      fail(result.problem);
      return;
    }
    const imported = Object.keys(result.progress).length;
    if (imported === 0) {
      setNotice({ kind: 'error', text: labels.importedNothing(file.name, result.ignored, format) });
      return;
    }
    const changed = changedIds(progress, result.progress);
    const next = { progress: result.progress, ignored: result.ignored, changes: changed.length };
    if (changed.length === 0) {
      setNotice({ kind: 'done', text: labels.importedSame(file.name) });
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
        {labels.exportProgress}
      </button>
      {pending ? (
        <InlineConfirm
          label={labels.confirmImport}
          question={labels.importQuestion(pending.changes, format)}
          confirmLabel={labels.replace}
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
          {labels.importProgress}
        </button>
      )}
      {/* Hidden outright (not only visually): the Import button stands for it, and screen readers
          would list it as a second button. Browsers still open the file picker on its click(). */}
      <input ref={input} type="file" accept=".json,application/json" aria-label={labels.importFile} hidden onChange={(event) => void onFile(event)} />
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
