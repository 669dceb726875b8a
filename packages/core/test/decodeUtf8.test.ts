import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeUtf8 } from '../src/cli/decodeUtf8.js';
import { escapeControl } from '../src/validate/escapeControl.js';
import { formatErrors } from '../src/validate/formatErrors.js';

const bytes = (...list: number[]) => new Uint8Array(list);

describe('decodeUtf8', () => {
  it('decodes UTF-8 and drops a byte order mark', () => {
    expect(decodeUtf8(new TextEncoder().encode('Café ✓ 😀'))).toEqual({ ok: true, text: 'Café ✓ 😀' });
    expect(decodeUtf8(bytes(0xef, 0xbb, 0xbf, 0x7b, 0x7d))).toEqual({ ok: true, text: '{}' });
  });

  it.each([
    ['Latin-1 "Café"', bytes(0x43, 0x61, 0x66, 0xe9), 3],
    ['an overlong "/"', bytes(0x61, 0xc0, 0xaf), 1],
    ['an encoded surrogate', bytes(0x61, 0x62, 0xed, 0xa0, 0x80), 2],
    ['a code point past U+10FFFF', bytes(0xf4, 0x90, 0x80, 0x80), 0],
    ['a sequence cut short at the end', bytes(0x61, 0xe2, 0x9c), 1],
    ['a lone continuation byte', bytes(0x61, 0x80), 1],
  ])('refuses %s with the offset of its first byte', (_, input, at) => {
    expect(decodeUtf8(input)).toEqual({ ok: false, message: `not valid UTF-8 at byte ${at}` });
  });

  it('puts the offset where a lenient decoder puts its first replacement character', () => {
    fc.assert(
      // Valid text of any code points with a few random bytes spliced in somewhere.
      fc.property(fc.string({ unit: 'binary', maxLength: 30 }), fc.uint8Array({ maxLength: 4 }), fc.nat(), (text, junk, where) => {
        const valid = new TextEncoder().encode(text);
        const at = where % (valid.length + 1);
        const input = new Uint8Array([...valid.subarray(0, at), ...junk, ...valid.subarray(at)]);
        const result = decodeUtf8(input);
        const lenient = new TextDecoder('utf-8', { ignoreBOM: true }).decode(input);
        if (result.ok) {
          expect(result.text).toBe(lenient.replace(/^\uFEFF/, ''));
          return;
        }
        const offset = Number(/at byte (\d+)$/.exec(result.message)![1]);
        const before = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(input.slice(0, offset));
        expect(lenient.startsWith(`${before}\uFFFD`)).toBe(true);
      }),
      { numRuns: 1_000 },
    );
  });
});

describe('escapeControl and formatErrors', () => {
  it('escape C0, DEL, C1, line separators and bidi controls, and nothing else', () => {
    const controls = ['\u0000', '\u0007', '\t', '\n', '\r', '\u001b', '\u007f', '\u0085', '\u009b', '\u2028', '\u2029', '\u202a', '\u202e', '\u2066', '\u2069'];
    expect(controls.map(escapeControl)).toEqual([
      '\\u0000', '\\u0007', '\\t', '\\n', '\\r', '\\u001b', '\\u007f', '\\u0085', '\\u009b', '\\u2028', '\\u2029', '\\u202a', '\\u202e', '\\u2066', '\\u2069',
    ]);
    expect(escapeControl('Café ✓ "quoted" C:\\path 😀 \u200d')).toBe('Café ✓ "quoted" C:\\path 😀 \u200d');
  });

  it('keep each error on one line, file name and path included', () => {
    const text = formatErrors([{ path: 'sections[0]["a\nb"]', message: 'unknown key "a\nb"\u001b[2J' }, { path: '', message: 'x\u2028y' }], 'in\u202e.json');
    expect(text.split('\n')).toEqual(['in\\u202e.json:sections[0]["a\\nb"]: unknown key "a\\nb"\\u001b[2J', 'in\\u202e.json: x\\u2028y']);
  });
});
