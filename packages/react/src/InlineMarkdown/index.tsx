import { useLabels } from '../labels/LabelsContext.js';
import { DescriptionMarkup } from './DescriptionMarkup.js';

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
 * as their text. Its words (a link's "opens in a new tab") come from the nearest
 * `RoadmapLabelsProvider`.
 *
 * @example
 * <InlineMarkdown text={topic.description ?? ''} />
 */
export function InlineMarkdown({ text, className }: InlineMarkdownProps) {
  const { labels } = useLabels();
  return <DescriptionMarkup text={text} className={className} newTabLabel={labels.newTab} />;
}
