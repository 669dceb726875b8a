/**
 * The source line of the deepest object along a validation path (`sections[2].topics[4].level`)
 * in a draft whose objects have known lines, or `undefined` when none is found.
 */
export function lineOfPath(draft: unknown, path: string, lines: ReadonlyMap<object, number>): number | undefined {
  let node: unknown = draft;
  let line = typeof draft === 'object' && draft !== null ? lines.get(draft) : undefined;
  for (const match of path.matchAll(/[A-Za-z_$][\w$]*|\[(\d+)\]|\["((?:[^"\\]|\\.)*)"\]/g)) {
    if (typeof node !== 'object' || node === null) break;
    const key = match[1] ?? (match[2] !== undefined ? JSON.parse(`"${match[2]}"`) as string : match[0]);
    node = (node as Record<string, unknown>)[key];
    if (typeof node === 'object' && node !== null) line = lines.get(node) ?? line;
  }
  return line;
}
