// FNV-1a, 32 bits, over UTF-16 code units: the hash the Python training code reproduces for
// hashed word buckets (the skill linker's unknown words, the kind classifier's n-grams).
export function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}
