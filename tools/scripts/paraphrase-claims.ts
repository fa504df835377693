// The matcher's "similar wording" claims (a required skill no word names, credited to resume
// wording the linker judges alike: server/src/engine/match/match.ts findParaphrases) on real
// pair sets, and how often a reader agrees. Two uses:
//
//   node tools/out/tools/scripts/paraphrase-claims.js dump OUT.jsonl PAIRS.json [PAIRS.json ...]
//     every claim over the sets' resume x posting pairs, one per distinct (required, found) text,
//     with both texts (for judging: OUT holds corpus text, keep it outside the repository) and the
//     hashes a label file keys on;
//   node tools/out/tools/scripts/paraphrase-claims.js score LABELS.jsonl PAIRS.json [PAIRS.json ...]
//     the claims again, joined by hash with the hand labels (tools/devsets/paraphrase-claims-*.jsonl:
//     no text), and the share a reader called the same skill, another one, or related, at several
//     cuts of the linker's same-skill probability.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { documentText, loadCorpora } from '../eval/real-docs.js';
import { textHash } from '../eval/mentions.js';
import type { Doc, PairSet } from '../eval/pairs.js';
import { createEngine } from '../../server/src/engine/engine.js';
import { SkillGraph } from '../../server/src/engine/graph/graph.js';
import { loadModels } from '../../server/src/engine/models/registry.js';
import type { DocumentAnalysis } from '../../server/src/engine/types.js';
export interface Claim { resume: string; posting: string; pair: 'right' | 'near' | 'other'; required: string; found: string; requiredHash: string; foundHash: string; p: number }
interface Label { requiredHash: string; foundHash: string; label: 'same' | 'related' | 'different' }

/** a claim's words as its label keys them: the mention labels' hash of the words, lower-cased, spaces collapsed */
const wordsHash = (text: string): string => textHash(text.trim().toLowerCase().replace(/\s+/g, ' '));

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '..', '..', '..', '..');

async function claims(inputs: string[]): Promise<Claim[]> {
  const sets = inputs.map((f) => JSON.parse(readFileSync(f, 'utf8')) as PairSet);
  const docs = loadCorpora(process.env.HRDOCS_DATA ?? resolve(repo, '..', 'shared', 'data'), sets.flatMap((s) => [...s.resumes, ...s.postings]).map((d) => d.corpus));
  const text = (d: Doc) => documentText(d.corpus, docs.get(`${d.corpus}:${d.id}`)!);
  // one set of models: the engine's matching, then the linker's own probability of each claim
  const modelsDir = resolve(repo, 'models');
  const graph = SkillGraph.load(modelsDir);
  const models = await loadModels({ modelsDir, graph, device: 'cpu' });
  const engine = createEngine({ graph, models, referenceMonth: '2026-12' });
  const seen = new Map<string, Claim>();
  for (const set of sets) {
    const jobs: DocumentAnalysis[] = [];
    for (const p of set.postings) jobs.push(await engine.analyze(text(p), undefined, { kind: 'job' }));
    for (const r of set.resumes) {
      const judged = set.judgements[r.id] ?? { right: [], near: [] };
      const resume = await engine.analyze(text(r), undefined, { kind: 'resume', referenceMonth: '2026-12' });
      for (const [j, p] of set.postings.entries()) {
        for (const s of (await engine.match(resume, jobs[j])).skills) {
          if (!s.similarWording || !s.found) continue;
          const claim = { resume: r.id, posting: p.id, pair: judged.right.includes(p.id) ? 'right' as const : judged.near.includes(p.id) ? 'near' as const : 'other' as const,
            required: s.required.text.trim(), found: s.found.text.trim(), requiredHash: wordsHash(s.required.text), foundHash: wordsHash(s.found.text), p: 0 };
          const key = `${claim.requiredHash}|${claim.foundHash}`;
          if (!seen.has(key)) seen.set(key, claim);
        }
      }
    }
  }
  // the linker's own probability, uncapped (the evidence keeps at most 0.9 of it as credit)
  const out = [...seen.values()];
  for (const c of out) c.p = Math.round((await models.linker.sameSkill([c.required], [c.found]))[0][0] * 1e4) / 1e4;
  await engine.dispose();
  return out;
}

const [mode, file, ...inputs] = process.argv.slice(2);
if ((mode !== 'dump' && mode !== 'score') || !file || !inputs.length) {
  console.error('usage: paraphrase-claims dump OUT.jsonl PAIRS.json... | score LABELS.jsonl PAIRS.json...');
  process.exit(2);
}
const found = await claims(inputs);
if (mode === 'dump') {
  writeFileSync(file, found.map((c) => JSON.stringify(c)).join('\n') + '\n');
  console.log(`${found.length} distinct similar-wording claims -> ${file}`);
} else {
  const labels = new Map(readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Label).map((l) => [`${l.requiredHash}|${l.foundHash}`, l.label]));
  const judged = found.flatMap((c) => { const label = labels.get(`${c.requiredHash}|${c.foundHash}`); return label ? [{ p: c.p, label }] : []; });
  const same = judged.filter((j) => j.label === 'same').length;
  console.log(`${found.length} claims, ${judged.length} of them labelled (${labels.size} labels)`);
  for (const cut of [0.8, 0.85, 0.9, 0.94, 0.96]) {
    const kept = judged.filter((j) => j.p >= cut);
    const n = (label: string) => kept.filter((j) => j.label === label).length;
    const share = (x: number) => (kept.length ? (x / kept.length).toFixed(2) : '-');
    console.log(`  p >= ${cut}: ${kept.length} kept; same ${share(n('same'))}, related ${share(n('related'))}, different ${share(n('different'))}; recall of the same ${same ? (n('same') / same).toFixed(2) : '-'}`);
  }
}
