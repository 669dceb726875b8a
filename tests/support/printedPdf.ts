/** What a printed PDF holds that a test can read without a PDF library: its pages and their links. */
export interface PrintedPdf {
  /** Number of pages. */
  pages: number;
  /** The targets of the links on each page, in reading order (top to bottom, then left to right). */
  links: string[][];
}

/**
 * Reads the page tree and link annotations of a PDF made by Chromium's `page.pdf()`, which
 * writes them as plain objects (only content streams are compressed). Text is not read: its
 * glyphs are coded per subset font, so tests find words in the print-media DOM instead and use
 * the links, one per resource, to see what went on which page.
 */
export function readPrintedPdf(pdf: Uint8Array): PrintedPdf {
  const text = Buffer.from(pdf).toString('latin1');
  const objects = new Map<number, string>();
  for (const match of text.matchAll(/(?:^|\n)(\d+) 0 obj\s*([\s\S]*?)\bendobj\b/g)) objects.set(Number(match[1]), match[2]!);
  const catalog = [...objects.values()].find((body) => /\/Type\s*\/Catalog\b/.test(body));
  const root = catalog && /\/Pages\s+(\d+) 0 R/.exec(catalog);
  if (!root) throw new Error('not a PDF with a page tree');
  const pages: string[] = [];
  const walk = (id: number): void => {
    const body = objects.get(id) ?? '';
    if (/\/Type\s*\/Pages\b/.test(body)) {
      const kids = /\/Kids\s*\[([^\]]*)\]/.exec(body)?.[1] ?? '';
      for (const kid of kids.matchAll(/(\d+) 0 R/g)) walk(Number(kid[1]));
    } else if (/\/Type\s*\/Page\b/.test(body)) pages.push(body);
  };
  walk(Number(root[1]));
  const links = pages.map((page) => {
    const refs = /\/Annots\s*\[([^\]]*)\]/.exec(page)?.[1] ?? '';
    return [...refs.matchAll(/(\d+) 0 R/g)]
      .map((ref) => objects.get(Number(ref[1])) ?? '')
      .map((annotation) => {
        const uri = /\/URI\s*\(((?:\\.|[^\\)])*)\)/.exec(annotation)?.[1];
        const rect = /\/Rect\s*\[\s*([\d.-]+)\s+([\d.-]+)\s+([\d.-]+)\s+([\d.-]+)\s*\]/.exec(annotation);
        // PDF y grows upwards: the top of a link is its larger y.
        return uri === undefined || !rect ? undefined : { uri: unescapePdfString(uri), x: Number(rect[1]), top: Math.max(Number(rect[2]), Number(rect[4])) };
      })
      .filter((link): link is { uri: string; x: number; top: number } => link !== undefined)
      .sort((a, b) => b.top - a.top || a.x - b.x)
      .map((link) => link.uri);
  });
  return { pages: pages.length, links };
}

function unescapePdfString(value: string): string {
  return value.replace(/\\([nrtbf()\\]|[0-7]{1,3})/g, (_, code: string) => {
    const named: Record<string, string> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f', '(': '(', ')': ')', '\\': '\\' };
    return named[code] ?? String.fromCharCode(parseInt(code, 8));
  });
}
