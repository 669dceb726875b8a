const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/**
 * Writes a property path the way a JavaScript reader expects it: `sections[2].topics[4].title`.
 * Keys that are not identifiers are quoted: `sections[0]["my key"]`.
 */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string' && IDENTIFIER.test(key)) out += out ? `.${key}` : key;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out;
}
