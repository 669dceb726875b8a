/**
 * Splits a roadmap path as the core writes it (`sections[2].topics[4].title`,
 * `sections[0]["my key"]`) into its keys: `['sections', 2, 'topics', 4, 'title']`. Returns what
 * it could read up to anything unexpected, which still points near the problem.
 */
export function parseRoadmapPath(path: string): (string | number)[] {
  const keys: (string | number)[] = [];
  const pattern = /\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]|\.?([A-Za-z_$][\w$]*)/y;
  let match: RegExpExecArray | null;
  while (pattern.lastIndex < path.length && (match = pattern.exec(path)) !== null) {
    if (match[1] !== undefined) keys.push(Number(match[1]));
    else if (match[2] !== undefined) keys.push(JSON.parse(match[2]) as string);
    else if (match[3] !== undefined) keys.push(match[3]);
  }
  return keys;
}
