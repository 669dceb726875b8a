/**
 * JSON with object keys sorted (by UTF-16 code units, like `Array.prototype.sort`) and without
 * whitespace, so equal data always gives equal text whatever order its keys were written in.
 * Members whose value is `undefined` or a function are left out, as `JSON.stringify` does.
 */
export function canonicalJson(value: unknown): string {
  const seen = new Set<object>();
  const write = (current: unknown): string | undefined => {
    if (current === null) return 'null';
    switch (typeof current) {
      case 'string':
      case 'boolean':
        return JSON.stringify(current);
      case 'number':
        return Number.isFinite(current) ? JSON.stringify(current) : 'null';
      case 'undefined':
      case 'function':
      case 'symbol':
        return undefined;
      case 'bigint':
        throw new TypeError('canonicalJson: BigInt values cannot be written as JSON');
      default:
        break;
    }
    const object = current as object;
    if (seen.has(object)) throw new TypeError('canonicalJson: the value contains a cycle');
    seen.add(object);
    let text: string;
    if (Array.isArray(object)) {
      text = `[${object.map((item) => write(item) ?? 'null').join(',')}]`;
    } else {
      const record = object as Record<string, unknown>;
      const members: string[] = [];
      for (const key of Object.keys(record).sort()) {
        const member = write(record[key]);
        if (member !== undefined) members.push(`${JSON.stringify(key)}:${member}`);
      }
      text = `{${members.join(',')}}`;
    }
    seen.delete(object);
    return text;
  };
  return write(value) ?? 'null';
}
