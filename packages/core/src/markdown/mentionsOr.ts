/**
 * Whether a title has the word "or" ("Learn Flask or Django"): with `###` groups under it, such a
 * section is a choice between them.
 */
export function mentionsOr(title: string): boolean {
  return title.toLowerCase().split(/[^\p{L}\p{N}]+/u).includes('or');
}
