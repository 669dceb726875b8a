import { parseDescription } from '@roadmap-graph/core';
import { useMemo } from 'react';
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
 * as their text.
 *
 * @example
 * <InlineMarkdown text={topic.description ?? ''} />
 */
export function InlineMarkdown({ text, className }: InlineMarkdownProps) {
  const paragraphs = useMemo(() => (typeof text === 'string' ? parseDescription(text) : []), [text]);
  if (!paragraphs.length) return null;
  return (
    <div className={className ? `rg-markdown ${className}` : 'rg-markdown'}>
      {paragraphs.map((nodes, i) => (
        <p key={i}>{renderInline(nodes)}</p>
      ))}
    </div>
  );
}

