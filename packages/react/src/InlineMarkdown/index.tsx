import { parseDescription } from '@roadmap-graph/core';
import { memo } from 'react';
import { renderInline } from './renderInline.js';

/** Props of {@link InlineMarkdown}. */
export interface InlineMarkdownProps {
  /** A description in the roadmap's Markdown subset. */
  text: string;
  /** Extra class for the wrapper, next to `rg-markdown`. */
  className?: string;
}

/**
 * Renders a roadmap description — `*emphasis*`, `**strong**`, `` `code` ``, `[links](url)` and
 * paragraphs split at blank lines, as read by core's `parseDescription` — as React elements.
 * Never goes through HTML, so markup in the data shows as text; links to disallowed URLs show
 * as their text. Memoised on its props rather than with a hook, so that it also renders in React
 * Server Components (the outline of `RoadmapStatic`).
 *
 * @example
 * <InlineMarkdown text={topic.description ?? ''} />
 */
export const InlineMarkdown = memo(function InlineMarkdown({ text, className }: InlineMarkdownProps) {
  const paragraphs = typeof text === 'string' ? parseDescription(text) : [];
  if (!paragraphs.length) return null;
  return (
    <div className={className ? `rg-markdown ${className}` : 'rg-markdown'}>
      {paragraphs.map((nodes, i) => (
        <p key={i}>{renderInline(nodes)}</p>
      ))}
    </div>
  );
});
