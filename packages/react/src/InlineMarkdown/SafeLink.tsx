import { isAllowedUrl } from '@roadmap-graph/core';
import type { ReactNode } from 'react';

/** Props of {@link SafeLink}. */
export interface SafeLinkProps {
  /** The URL from roadmap data, possibly unvalidated. */
  href: unknown;
  children: ReactNode;
  title?: string | undefined;
  className?: string | undefined;
  /** Said after the link's text to screen readers when it opens in a new tab (`labels.newTab`). */
  newTabLabel: string;
}

/**
 * A link to a URL taken from roadmap data: only `http:`, `https:`, `mailto:` and relative URLs
 * (core's `isAllowedUrl`) become links, opening in a new tab without giving the new page a
 * handle on this one; anything else (`javascript:`, `data:`…) renders as its text alone.
 */
export function SafeLink({ href, children, title, className, newTabLabel }: SafeLinkProps) {
  if (typeof href !== 'string' || !isAllowedUrl(href)) return <span className={className}>{children}</span>;
  // A mail link opens the mail client: a new tab would only be left blank.
  const newTab = !/^\s*mailto:/i.test(href);
  return (
    <a
      href={href}
      className={className}
      title={title || undefined}
      target={newTab ? '_blank' : undefined}
      rel="noopener noreferrer"
    >
      {children}
      {newTab && <span className="rg-visually-hidden"> {newTabLabel}</span>}
    </a>
  );
}
