/**
 * SHA-256 (FIPS 180-4) of a string's UTF-8 bytes, as 64 lowercase hex digits. Synchronous, as
 * every function of the library is (Web Crypto's digest is asynchronous). Written here rather
 * than bundled from `@noble/hashes` (2.5 KB of the main entry against 0.5 KB): the main entry's
 * size budget holds while the languages of issue 16 move into it. Checked against the FIPS 180-4
 * examples and against `node:crypto` on generated strings (`test/history/sha256.test.ts`).
 */

/** The first 32 bits of the fractional parts of the cube roots of the first 64 primes. */
let ROUND: Int32Array | undefined;

/** Computes the round constants once, on first use, instead of shipping 64 numbers. */
function roundConstants(): Int32Array {
  const k = new Int32Array(64);
  let found = 0;
  for (let n = 2; found < 64; n++) {
    let prime = true;
    for (let d = 2; d * d <= n; d++) if (n % d === 0) prime = false;
    if (prime) k[found++] = (Math.cbrt(n) % 1) * 2 ** 32;
  }
  return k;
}

/** The first 32 bits of the fractional parts of the square roots of the first 8 primes. */
const INITIAL = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19];

/** Made once and reused: typed arrays cost more to allocate than a block costs to hash. */
let encoder: TextEncoder | undefined;
let state: Int32Array | undefined;
let schedule: Int32Array | undefined;

const rotate = (x: number, n: number): number => (x >>> n) | (x << (32 - n));

/** SHA-256 of `text` (encoded as UTF-8), in hex. */
export function sha256Hex(text: string): string {
  const k = (ROUND ??= roundConstants());
  const data = (encoder ??= new TextEncoder()).encode(text);
  const bits = data.length * 8;
  // The message, a 1 bit, zeros, and the length in bits as 64 bits: a whole number of 64-byte blocks.
  const padded = new Uint8Array((((data.length + 8) >> 6) + 1) << 6);
  padded.set(data);
  padded[data.length] = 0x80;
  const view = new DataView(padded.buffer);
  view.setUint32(padded.length - 8, Math.floor(bits / 2 ** 32));
  view.setUint32(padded.length - 4, bits >>> 0);
  const h = (state ??= new Int32Array(8));
  const w = (schedule ??= new Int32Array(64));
  h.set(INITIAL);
  for (let block = 0; block < padded.length; block += 64) {
    for (let t = 0; t < 16; t++) w[t] = view.getInt32(block + t * 4);
    for (let t = 16; t < 64; t++) {
      const a = w[t - 15] as number;
      const b = w[t - 2] as number;
      w[t] =
        (((w[t - 16] as number) + (rotate(a, 7) ^ rotate(a, 18) ^ (a >>> 3))) | 0) +
        (w[t - 7] as number) +
        (rotate(b, 17) ^ rotate(b, 19) ^ (b >>> 10));
    }
    let a = h[0] as number;
    let b = h[1] as number;
    let c = h[2] as number;
    let d = h[3] as number;
    let e = h[4] as number;
    let f = h[5] as number;
    let g = h[6] as number;
    let hh = h[7] as number;
    for (let t = 0; t < 64; t++) {
      const t1 =
        (hh +
          (rotate(e, 6) ^ rotate(e, 11) ^ rotate(e, 25)) +
          ((e & f) ^ (~e & g)) +
          (k[t] as number) +
          (w[t] as number)) |
        0;
      const t2 = ((rotate(a, 2) ^ rotate(a, 13) ^ rotate(a, 22)) + ((a & b) ^ (a & c) ^ (b & c))) | 0;
      hh = g;
      g = f;
      f = e;
      e = (d + t1) | 0;
      d = c;
      c = b;
      b = a;
      a = (t1 + t2) | 0;
    }
    h[0] = ((h[0] as number) + a) | 0;
    h[1] = ((h[1] as number) + b) | 0;
    h[2] = ((h[2] as number) + c) | 0;
    h[3] = ((h[3] as number) + d) | 0;
    h[4] = ((h[4] as number) + e) | 0;
    h[5] = ((h[5] as number) + f) | 0;
    h[6] = ((h[6] as number) + g) | 0;
    h[7] = ((h[7] as number) + hh) | 0;
  }
  let out = '';
  for (const word of h) out += (word >>> 0).toString(16).padStart(8, '0');
  return out;
}
