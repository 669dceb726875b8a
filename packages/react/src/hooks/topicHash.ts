// Reading and writing the `topic=<id>` parameter of a URL hash such as `#a=1&topic=flask`,
// leaving every other part of the hash exactly as it was written.

const KEY = 'topic';

function keyOf(part: string): string {
  const name = part.split('=', 1)[0] ?? '';
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
}

/** The topic id in a hash (`#topic=flask`, `#a=1&topic=flask`), or `undefined`. */
export function readTopicHash(hash: string): string | undefined {
  const body = hash.startsWith('#') ? hash.slice(1) : hash;
  for (const part of body.split('&')) {
    if (keyOf(part) !== KEY || !part.includes('=')) continue;
    const value = part.slice(part.indexOf('=') + 1);
    try {
      const id = decodeURIComponent(value.replace(/\+/g, ' '));
      return id === '' ? undefined : id;
    } catch {
      return undefined;
    }
  }
  return undefined;
}

/**
 * The hash with its topic parameter set to `id`, or removed when `id` is undefined. Returns ''
 * when nothing is left. A plain anchor (`#intro`, no parameters) is replaced when a topic is
 * set, not extended (`#intro&topic=x` would break the anchor anyway), and kept otherwise.
 */
export function writeTopicHash(hash: string, id: string | undefined): string {
  const body = hash.startsWith('#') ? hash.slice(1) : hash;
  const anchor = body !== '' && !body.includes('=');
  if (anchor && id === undefined) return hash;
  const parts = anchor || body === '' ? [] : body.split('&').filter((part) => keyOf(part) !== KEY);
  if (id !== undefined) parts.push(`${KEY}=${encodeURIComponent(id)}`);
  const next = parts.filter((part) => part !== '').join('&');
  return next === '' ? '' : `#${next}`;
}
