import type { DraftResource } from './draftTypes.js';
import type { ReadContext } from './readContext.js';
import { RESOURCE_TAG, type InlineLink } from './readInline.js';

/**
 * Turns a link into a resource: `[@video@Title](url "paid")` gives type `video` (default
 * `article`), title `Title` (the URL when the text is empty) and `free: false`; a `"free"` link
 * title gives `free: true`. An unknown `@type@` is kept so validation names it.
 */
export function linkToResource(link: InlineLink, ctx: ReadContext): DraftResource {
  const tag = RESOURCE_TAG.exec(link.text);
  const title = link.text.replace(RESOURCE_TAG, '').replace(/\s+/g, ' ').trim() || link.url;
  const resource: DraftResource = { title, url: link.url, type: tag ? tag[1]!.toLowerCase() : 'article' };
  const note = link.title?.trim().toLowerCase();
  if (note === 'paid') resource.free = false;
  else if (note === 'free') resource.free = true;
  else if (note) ctx.warn(link.line, `link title "${link.title}" ignored: only "paid" or "free" mean something here`);
  ctx.lines.set(resource, link.line);
  return resource;
}
