// Features of each block for the zone model: the block's own words, the words of its section's
// heading and of the label line it sits under, its neighbours' words, and its shape (position, list item,
// dates, money, contact details). One definition serves training (tools/zones) and serving, so
// the two cannot drift. Feature names are hashed into buckets; the model file holds no text.
import type { HrDocument, TextBlock } from '../types.js';
import { fnv1a } from './hash.js';

/** The features of one block, in two groups: the heading group is dropped at random in training, so the model also learns to read blocks with no heading. */
export interface BlockFeatures { own: string[]; heading: string[] }

const MAX_WORDS = 60;
const NEIGHBOUR_WORDS = 16;
const HEADING_WORDS = 8;

const words = (text: string, max: number): string[] =>
  (text.replace(/[A-Z]+/g, (s) => s.toLowerCase()).match(/[a-z]+|[0-9]+/g) ?? []).slice(0, max).map((w) => (/^[0-9]+$/.test(w) ? (w.length === 4 ? '#year' : '#num') : w));

const YEAR_RE = /\b(?:19[5-9]\d|20[0-4]\d)\b/;
const MONTH_YEAR_RE = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s*,?\s*'?\d{2,4}\b|\b\d{1,2}\/\d{2,4}\b/i;
const NOW_RE = /\b(?:present|current|till date|to date|ongoing|on going|now)\b/i;
const MONEY_RE = /[$£€]\s?\d|\b\d+(?:\.\d+)?\s?(?:k|per hour|an hour|\/hr|per annum|pa|p\.a\.)\b|\bsalary\b|\bper (?:hour|annum|year)\b/i;
const CONTACT_RE = /\[(?:email|phone)\]|@|\bphone\b|\be-?mail\b|\bcity\s*,\s*state\b/i;

/** A short line that reads as a heading: "Benefits", "WHAT YOU'LL NEED:", "Skills and Experience". */
export function isLabelLine(block: TextBlock): boolean {
  if (block.type === 'heading') return true;
  const t = block.text.trim();
  if (!t || t.length > 60 || /[.!?]$/.test(t) || block.type === 'item') return false;
  const ws = t.replace(/[:*_#]/g, '').trim().split(/\s+/);
  if (ws.length > 7) return false;
  if (t.endsWith(':')) return true;
  const letters = t.replace(/[^A-Za-z]/g, '');
  if (letters.length >= 3 && letters === letters.toUpperCase()) return true;
  return ws.every((w) => /^[A-Z0-9&/(-]/.test(w) || /^(?:and|or|of|the|to|for|in|a|an|with|&)$/.test(w));
}

/** Coarse length bucket of a block's word count. */
function lengthBucket(n: number): string {
  return n <= 2 ? '1-2' : n <= 5 ? '3-5' : n <= 12 ? '6-12' : n <= 30 ? '13-30' : n <= 80 ? '31-80' : '81+';
}

/** Word -> its cluster ids, one per grouping, coarse to fine (GloVe words grouped by k-means; models/training/word_clusters.py). */
export type WordClusters = ReadonlyMap<string, readonly number[]>;

/** `prefix:cluster` for every cluster of each word (none without clusters). */
function clusterFeatures(prefix: string, list: readonly string[], clusters: WordClusters | undefined, out: string[]): void {
  if (clusters) for (const x of list) for (const k of clusters.get(x) ?? []) out.push(`${prefix}:${k}`);
}

/**
 * Feature names of every block of a parsed document (its kind already decided). With word
 * clusters, each word also fires its cluster, so a weight learned for "classroom" reaches
 * "shelves" and "furniture" in a posting the model never saw.
 */
export function zoneFeatures(doc: HrDocument, clusters?: WordClusters): BlockFeatures[] {
  const blocks = doc.blocks;
  const n = blocks.length;
  const wordsOf = blocks.map((b) => words(b.text, MAX_WORDS));
  // the next non-blank block after each one, computed once (documents can have many blocks)
  const nextNonBlank = new Array<number>(n).fill(-1);
  for (let i = n - 2; i >= 0; i--) nextNonBlank[i] = blocks[i + 1].text.trim() ? i + 1 : nextNonBlank[i + 1];
  const out: BlockFeatures[] = [];
  const sectionWords = doc.sections.map((sec) => words(sec.heading, HEADING_WORDS));
  let sectionStart = 0;
  let label: { words: string[]; distance: number } | undefined;
  let previous = -1;
  for (let i = 0; i < n; i++) {
    const b = blocks[i];
    const w = wordsOf[i];
    const own: string[] = ['bias', `t:${b.type}`, `pos:${Math.min(9, Math.floor((10 * i) / Math.max(1, n)))}`, `idx:${Math.min(i, 6)}`, `toend:${Math.min(n - 1 - i, 4)}`, `len:${lengthBucket(w.length)}`];
    if (!b.text.trim()) own.push('blank');
    for (const x of w) own.push(`w:${x}`);
    clusterFeatures('cl', w, clusters, own);
    for (let k = 0; k + 1 < Math.min(w.length, 30); k++) own.push(`b:${w[k]}_${w[k + 1]}`);
    if (w.length) own.push(`f:${w[0]}`);
    if (w.length > 1) own.push(`f2:${w[0]}_${w[1]}`);
    // a line's last words carry its modality: "... preferred", "... is a plus", "... required"
    const all = w.length < MAX_WORDS ? w : words(b.text, Infinity);
    if (all.length) own.push(`z:${all[all.length - 1]}`);
    if (all.length > 1) own.push(`z2:${all[all.length - 2]}_${all[all.length - 1]}`);
    if (YEAR_RE.test(b.text)) own.push('year');
    if (MONTH_YEAR_RE.test(b.text)) own.push('monthyear');
    if (NOW_RE.test(b.text) && YEAR_RE.test(b.text)) own.push('tonow');
    if (MONEY_RE.test(b.text)) own.push('money');
    if (CONTACT_RE.test(b.text)) own.push('contact');
    if (/:\s*$/.test(b.text)) own.push('endcolon');
    if (/^[^:]{2,30}:\s*\S/.test(b.text)) own.push('keyvalue');
    const isLabel = isLabelLine(b);
    if (isLabel) own.push('label');
    if (b.text === doc.title) own.push('doctitle');
    // neighbours: what comes just before and after (the previous non-blank block)
    if (previous >= 0) for (const x of wordsOf[previous].slice(0, NEIGHBOUR_WORDS)) own.push(`p:${x}`);
    else own.push('p:none');
    const next = nextNonBlank[i];
    if (next >= 0) for (const x of wordsOf[next].slice(0, NEIGHBOUR_WORDS)) own.push(`n:${x}`);
    else own.push('n:none');

    // the heading of the block's section: its words, and the section kind hrdocs reads it as
    const head: string[] = [];
    const section = doc.sections[b.section];
    if (i === 0 || blocks[i - 1].section !== b.section) sectionStart = i;
    if (section?.heading) {
      for (const x of sectionWords[b.section]) head.push(`h:${x}`);
      clusterFeatures('hc', sectionWords[b.section], clusters, head);
      head.push(`hk:${section.kind}`, `hd:${Math.min(i - sectionStart, 5)}`);
    } else head.push('h:none');
    if (label) {
      for (const x of label.words) head.push(`l:${x}`);
      clusterFeatures('lc', label.words, clusters, head);
      head.push(`ld:${Math.min(label.distance, 5)}`);
    }
    out.push({ own, heading: head });

    if (label) label.distance++;
    if (isLabel && b.text.trim()) label = { words: w.slice(0, HEADING_WORDS), distance: 1 };
    if (b.text.trim()) previous = i;
  }
  return out;
}

/** Feature names -> bucket indices (FNV-1a, as the kind classifier's n-grams). */
export function hashFeatures(names: string[], buckets: number): number[] {
  const mask = buckets - 1;
  return names.map((f) => fnv1a(f) & mask);
}

