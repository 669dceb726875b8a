// Reading and writing one parameter of a URL hash such as `#a=1&topic=flask`, leaving every
// other part of the hash exactly as it was written. The map uses `topic` (deep links) and
// `progress` (shared progress).

function keyOf(part: string): string {
  const name = part.split('=', 1)[0] ?? '';
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
}

/** The value of the parameter `key` in a hash (`#topic=flask`, `#a=1&topic=flask`), or `undefined`. */
export function readHashParam(hash: string, key: string): string | undefined {
  const body = hash.startsWith('#') ? hash.slice(1) : hash;
  for (const part of body.split('&')) {
    if (keyOf(part) !== key || !part.includes('=')) continue;
    const value = part.slice(part.indexOf('=') + 1);
    try {
      const decoded = decodeURIComponent(value.replace(/\+/g, ' '));
      return decoded === '' ? undefined : decoded;
    } catch {
      return undefined;
    }
  }
  return undefined;
}

/**
 * The hash with its parameter `key` set to `value`, or removed when `value` is undefined.
 * Returns '' when nothing is left. A plain anchor (`#intro`, no parameters) is replaced when a
 * value is set, not extended (`#intro&topic=x` would break the anchor anyway), and kept otherwise.
 */
export function writeHashParam(hash: string, key: string, value: string | undefined): string {
  const body = hash.startsWith('#') ? hash.slice(1) : hash;
  const anchor = body !== '' && !body.includes('=');
  if (anchor && value === undefined) return hash;
  const parts = anchor || body === '' ? [] : body.split('&').filter((part) => keyOf(part) !== key);
  if (value !== undefined) parts.push(`${key}=${encodeURIComponent(value)}`);
  const next = parts.filter((part) => part !== '').join('&');
  return next === '' ? '' : `#${next}`;
}

/** The topic id in a hash (`#topic=flask`, `#a=1&topic=flask`), or `undefined`. */
export function readTopicHash(hash: string): string | undefined {
  return readHashParam(hash, 'topic');
}

/** The hash with its topic parameter set to `id`, or removed when `id` is undefined (see {@link writeHashParam}). */
export function writeTopicHash(hash: string, id: string | undefined): string {
  return writeHashParam(hash, 'topic', id);
}
