/** Text decoded from UTF-8, or where the bytes stop being UTF-8. */
export type Decoded = { ok: true; text: string } | { ok: false; message: string };

/**
 * Decodes a file's bytes as UTF-8, dropping a leading byte order mark. Bytes that are not UTF-8
 * (a Latin-1 "é") are refused with their offset rather than replaced by U+FFFD, so a command
 * that writes its input back (`layout in.json -o in.json`) can never lose letters.
 */
export function decodeUtf8(bytes: Uint8Array): Decoded {
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { ok: false, message: `not valid UTF-8 at byte ${firstInvalidByte(bytes)}` };
  }
}

// Where the first sequence that is not well-formed UTF-8 starts (Unicode §3.9, table 3-7).
function firstInvalidByte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    let length = 0;
    let low = 0x80;
    let high = 0xbf;
    if (b < 0x80) length = 1;
    else if (b >= 0xc2 && b <= 0xdf) length = 2;
    else if (b >= 0xe0 && b <= 0xef) {
      length = 3;
      if (b === 0xe0) low = 0xa0; // no overlong forms
      if (b === 0xed) high = 0x9f; // no surrogates
    } else if (b >= 0xf0 && b <= 0xf4) {
      length = 4;
      if (b === 0xf0) low = 0x90; // no overlong forms
      if (b === 0xf4) high = 0x8f; // nothing past U+10FFFF
    } else return i;
    if (i + length > bytes.length) return i;
    for (let k = 1; k < length; k++) {
      const next = bytes[i + k]!;
      if (next < (k === 1 ? low : 0x80) || next > (k === 1 ? high : 0xbf)) return i;
    }
    i += length;
  }
  return i;
}
