// GUIDs of the REFI-QDA project derived from what they name (a record's id, a tag…): two exports of the same data are the same file.
//
// The standard asks for GUIDs (its schema's pattern: 8-4-4-4-12 hex digits) and only that they be unique in
// the project. Random ones would make every export differ and, across séances exported apart, name the
// same tag or regroupement twice; a hash of the thing named gives each the same GUID every time.

/** 128 bits from a text: four 32-bit lanes mixed with multiplications (cyrb128's scheme, public domain). */
function hash128(text: string): [number, number, number, number] {
  let h1 = 1779033703;
  let h2 = 3144134277;
  let h3 = 1013904242;
  let h4 = 2773480762;
  for (let i = 0; i < text.length; i++) {
    const k = text.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  h1 ^= h2 ^ h3 ^ h4;
  h2 ^= h1;
  h3 ^= h1;
  h4 ^= h1;
  return [h1 >>> 0, h2 >>> 0, h3 >>> 0, h4 >>> 0];
}

const hex8 = (n: number) => n.toString(16).padStart(8, '0');

/**
 * `xxxxxxxx-xxxx-8xxx-yxxx-xxxxxxxxxxxx`: the GUID of what `parts` name, e.g. `guid('selection', verbatimId)`.
 * Each part is prefixed by its length, so ('a:b') and ('a', 'b') never meet. Marked as an RFC 9562 version 8
 * (« custom ») UUID, so it is never mistaken for a random one.
 */
export function guid(...parts: readonly string[]): string {
  const [a, b, c, d] = hash128(parts.map((p) => `${p.length}:${p}`).join('|'));
  const h = hex8(a) + hex8(b) + hex8(c) + hex8(d);
  const variant = ((parseInt(h[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-8${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}
