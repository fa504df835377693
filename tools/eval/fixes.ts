// `hrdocs eval fixes tools/devsets/real-pairs.json`: do the fixes lie? For every judged pair
// (right and near) of the real-pair dev set, apply what fix-all applies to the resume and count
// the added items whose words the original resume does not state (must be 0), whether the
// original text survives unchanged around the insertions, and how re-matching the fixed resume
// moves the score. For contrast, the same counts when the unevidenced additions are applied too
// (what `--add-unevidenced` does, and what fix-all did before it was split).
import { readFileSync } from 'node:fs';
import type { Engine } from '../../server/src/engine/api.js';
import type { FixResult } from '../../server/src/engine/types.js';
import { documentText, loadCorpora } from './real-docs.js';
import type { Doc, PairSet } from './pairs.js';

/** Lower case, punctuation as spaces: an added item is supported when it stands in the resume so. */
const folded = (t: string) => ` ${t.toLowerCase().replace(/[^\p{L}\p{N}+#]+/gu, ' ').trim()} `;

/** An added item the original resume does not state word for word. */
export function unsupportedItems(original: string, added: string[]): string[] {
  const have = folded(original);
  return added.filter((a) => !have.includes(folded(a)));
}

/** Whether `fixed` is `original` with text inserted only (every original character kept, in order). */
export function onlyInserts(original: string, fixed: string): boolean {
  let i = 0;
  for (let j = 0; j < fixed.length && i < original.length; j++) if (fixed[j] === original[i]) i++;
  return i === original.length;
}

interface Tally { pairs: number; pairsChanged: number; added: number; unsupported: number; notInsertOnly: number; examples: string[] }
const tally = (): Tally => ({ pairs: 0, pairsChanged: 0, added: 0, unsupported: 0, notInsertOnly: 0, examples: [] });

function count(t: Tally, original: string, fix: FixResult, applied: (e: FixResult['edits'][number]) => boolean): void {
  const added = fix.edits.filter((e) => e.kind === 'add-skill' && applied(e)).map((e) => e.written ?? e.skill ?? '');
  t.pairs++;
  if (fix.text !== original) t.pairsChanged++;
  t.added += added.length;
  const bad = unsupportedItems(original, added);
  t.unsupported += bad.length;
  // item words only: never resume text in a report
  for (const b of bad) if (t.examples.length < 10 && !t.examples.includes(b)) t.examples.push(b);
  if (!onlyInserts(original, fix.text)) t.notInsertOnly++;
}

export async function evaluateFixes(engine: Engine, file: string, dataDir: string): Promise<Record<string, unknown>> {
  const set = JSON.parse(readFileSync(file, 'utf8')) as PairSet;
  const docs = loadCorpora(dataDir, [...set.resumes, ...set.postings].map((d) => d.corpus));
  const text = (d: Doc) => documentText(d.corpus, docs.get(`${d.corpus}:${d.id}`)!);
  const postings = new Map(set.postings.map((p) => [p.id, p]));
  const jobs = new Map<string, Awaited<ReturnType<Engine['analyze']>>>();
  const evidencedOnly = tally();
  const withUnevidenced = tally();
  const deltas: Array<{ label: 'right' | 'near'; before: number; after: number; flipped: boolean }> = [];
  let evidencedAdditions = 0;
  let unevidencedOffered = 0;
  for (const r of set.resumes) {
    const judged = set.judgements[r.id] ?? { right: [], near: [] };
    const original = text(r);
    const resume = await engine.analyze(original, undefined, { kind: 'resume', referenceMonth: '2026-12' });
    for (const [label, ids] of [['right', judged.right], ['near', judged.near]] as const) {
      for (const id of ids) {
        const p = postings.get(id);
        if (!p) continue;
        let job = jobs.get(id);
        if (!job) jobs.set(id, (job = await engine.analyze(text(p), undefined, { kind: 'job' })));
        const m = await engine.match(resume, job);
        const fix = await engine.fix(resume, job, m);
        count(evidencedOnly, original, fix, (e) => e.preferred);
        evidencedAdditions += fix.edits.filter((e) => e.preferred && e.claim === 'evidenced').length;
        unevidencedOffered += fix.edits.filter((e) => e.claim === 'unevidenced').length;
        const all = await engine.fix(resume, job, m, undefined, { addUnevidenced: true });
        count(withUnevidenced, original, all, (e) => e.preferred || e.claim === 'unevidenced');
        if (fix.text !== original) {
          const again = await engine.match(await engine.analyze(fix.text, undefined, { kind: 'resume', referenceMonth: '2026-12' }), job);
          deltas.push({ label, before: m.score, after: again.score, flipped: again.match !== m.match });
        }
      }
    }
  }
  const r3 = (x: number) => Math.round(x * 1000) / 1000;
  const mean = (xs: number[]) => (xs.length ? r3(xs.reduce((a, b) => a + b, 0) / xs.length) : null);
  const rematch = (label?: 'right' | 'near') => {
    const d = deltas.filter((x) => !label || x.label === label);
    return {
      pairs: d.length, meanBefore: mean(d.map((x) => x.before)), meanAfter: mean(d.map((x) => x.after)),
      meanChange: mean(d.map((x) => x.after - x.before)), maxChange: d.length ? r3(Math.max(...d.map((x) => x.after - x.before))) : null,
      decisionFlipped: d.filter((x) => x.flipped).length,
    };
  };
  return {
    resumes: set.resumes.length,
    fixAll: { ...evidencedOnly, evidencedAdditions, unevidencedOffered },
    withUnevidenced: withUnevidenced,
    rematchAfterFixAll: { all: rematch(), right: rematch('right'), near: rematch('near') },
  };
}
