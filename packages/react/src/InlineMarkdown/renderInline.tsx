import type { InlineNode } from '@roadmap-graph/core';
import type { ReactNode } from 'react';
import { SafeLink } from './SafeLink.js';

/**
 * Turns parsed description nodes into React elements; text stays text, so HTML never runs.
 * `newTabLabel` is what links opening a new tab say of it to screen readers.
 */
export function renderInline(nodes: readonly InlineNode[], newTabLabel: string): ReactNode[] {
  return nodes.map((node, key) => {
    switch (node.type) {
      case 'text':
        return node.value;
      case 'code':
        return <code key={key}>{node.value}</code>;
      case 'emphasis':
        return <em key={key}>{renderInline(node.children, newTabLabel)}</em>;
      case 'strong':
        return <strong key={key}>{renderInline(node.children, newTabLabel)}</strong>;
      case 'link':
        return (
          <SafeLink key={key} href={node.url} title={node.title ?? undefined} newTabLabel={newTabLabel}>
            {renderInline(node.children, newTabLabel)}
          </SafeLink>
        );
    }
  });
}
