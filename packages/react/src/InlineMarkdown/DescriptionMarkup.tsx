import { parseDescription } from '@roadmap-graph/core';
import { memo } from 'react';
import { renderInline } from './renderInline.js';

/** Props of {@link DescriptionMarkup}. */
export interface DescriptionMarkupProps {
  /** A description in the roadmap's Markdown subset. */
  text: string;
  /** Extra class for the wrapper, next to `rg-markdown`. */
  className?: string | undefined;
  /** What a link opening a new tab says of it to screen readers (`labels.newTab`). */
  newTabLabel: string;
}

/**
 * The markup of {@link InlineMarkdown} with its words given as props: no hooks, no context, so it
 * also renders in React Server Components (the outline of `RoadmapStatic`). Memoised on its props.
 */
export const DescriptionMarkup = memo(function DescriptionMarkup({ text, className, newTabLabel }: DescriptionMarkupProps) {
  const paragraphs = typeof text === 'string' ? parseDescription(text) : [];
  if (!paragraphs.length) return null;
  return (
    <div className={className ? `rg-markdown ${className}` : 'rg-markdown'}>
      {paragraphs.map((nodes, i) => (
        <p key={i}>{renderInline(nodes, newTabLabel)}</p>
      ))}
    </div>
  );
});
