const encoder = new TextEncoder();

/**
 * 64-bit FNV-1a of the UTF-8 bytes of `text`, as 16 lowercase hex digits. Computed with four
 * 16-bit limbs so it needs neither BigInt nor a crypto module and runs the same everywhere.
 * Not a cryptographic hash: it detects change, it does not resist forgery.
 */
export function fnv1a64(text: string): string {
  const bytes = encoder.encode(text);
  // Offset basis 0xcbf29ce484222325, lowest limb first.
  let h0 = 0x2325;
  let h1 = 0x8422;
  let h2 = 0x9ce4;
  let h3 = 0xcbf2;
  for (let i = 0; i < bytes.length; i += 1) {
    h0 ^= bytes[i] as number;
    // h × 0x100000001b3 mod 2^64 = h × 0x1b3 + (h << 40); the shift moves limb 0 into limb 2
    // and limb 1 into limb 3, each 8 bits up. Every partial sum stays below 2^31.
    const a0 = h0 * 0x1b3;
    const a1 = h1 * 0x1b3 + (a0 >>> 16);
    const a2 = h2 * 0x1b3 + (a1 >>> 16) + (h0 << 8);
    const a3 = h3 * 0x1b3 + (a2 >>> 16) + (h1 << 8);
    h0 = a0 & 0xffff;
    h1 = a1 & 0xffff;
    h2 = a2 & 0xffff;
    h3 = a3 & 0xffff;
  }
  return [h3, h2, h1, h0].map((limb) => limb.toString(16).padStart(4, '0')).join('');
}
