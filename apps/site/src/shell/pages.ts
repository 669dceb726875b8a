/** The site's pages, in the order the header lists them. */
export type PageId = 'home' | 'playground' | 'embed' | 'docs';

/** A page of the site and where it lives, relative to the site's base URL. */
export interface PageLink {
  id: PageId | 'blog';
  label: string;
  path: string;
}

/** The header's links. The blog page comes from apps/blog, served beside the site by `pnpm start`. */
export const PAGES: readonly PageLink[] = [
  { id: 'home', label: 'Roadmap', path: '' },
  { id: 'playground', label: 'Playground', path: 'playground/' },
  { id: 'embed', label: 'Embed', path: 'embed/' },
  { id: 'docs', label: 'Docs', path: 'docs/' },
  { id: 'blog', label: 'Blog', path: 'blog/' },
];

/** URL of a site path, under the base the site was built for (`/` unless built with `--base`). */
export function siteUrl(path: string): string {
  return `${import.meta.env.BASE_URL}${path}`;
}
