import { useId } from 'react';
import { useLabels } from '../labels/LabelsContext.js';
import type { ToolbarProps } from './types.js';

/** "12 of 49 done" and a bar, exposed to assistive technology as a progressbar. */
export function ProgressMeter({ summary }: Pick<ToolbarProps, 'summary'>) {
  const { labels, format } = useLabels();
  const labelId = useId();
  const total = Math.max(0, summary.total);
  const done = Math.min(Math.max(0, summary.done), total);
  const percent = total === 0 ? 0 : Math.round((done / total) * 100);
  return (
    <div className="rg-toolbar__progress">
      <span id={labelId} className="rg-toolbar__progress-text">
        {labels.doneOfTotal(done, total, format)}
      </span>
      <div
        className="rg-toolbar__bar"
        role="progressbar"
        aria-labelledby={labelId}
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={done}
        aria-valuetext={labels.progressValue(done, total, format)}
      >
        <div className="rg-toolbar__bar-fill" style={{ width: `${percent}%` }} />
      </div>
    </div>
  );
}
