// Training text for the job-description writer (models/training/train_writer.py): each real
// posting read by the engine, rewritten as a plan and the body the writer learns to produce.
//   plan  the posting's title, its seniority, the years it asks for, and the skills it names in
//         its requirement and duty zones (as written, so the writer learns to use every one)
//   body  the posting's summary, responsibilities, required and preferred qualifications, under
//         the headings every generated posting uses; company blurbs, benefits, pay, legal text,
//         how-to-apply and testimonials are left out, and so are sentences with a money amount,
//         a contact or an organisation's name, so the writer never learns to name a company or
//         invent a salary.
// Postings only (the data README's policy: resumes never train a text generator). Document ids
// of the real dev sets are left out; 1 posting in 40 (by a hash of its id) is held out for the
// writer's perplexity.
// usage: node tools/out/tools/writer/dump-corpus.js OUT_DIR [--nhs 5000] [--lines-nhs N] [--limit N]
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { devSetIds } from '../devsets/held-out.js';
import { loadEngine } from '../../server/src/engine/index.js';
import { fnv1a } from '../../server/src/engine/models/hash.js';
import { readSeniority } from '../../server/src/engine/lang/en/seniority.js';
import { linePrompt, planText, sentencesOf, WRITER_SECTIONS, type LineSection, type WriterPlan } from '../../server/src/engine/generate/writer-format.js';
import type { Zone } from '../../server/src/engine/types.js';

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '..', '..', '..', '..');
const args = process.argv.slice(2);
const opt = (name: string, dflt: number) => { const i = args.indexOf(name); return i >= 0 ? Number(args[i + 1]) : dflt; };
const outDir = args[0];
if (!outDir) { console.error('usage: dump-corpus OUT_DIR [--nhs 5000] [--limit N]'); process.exit(2); }
const nhsCap = opt('--nhs', 5000);
// the line writer learns from more NHS postings than the whole-posting stage: those past --nhs give lines only
const linesNhsCap = Math.max(nhsCap, opt('--lines-nhs', Infinity));
const limit = opt('--limit', Infinity);
const dataDir = process.env.HRDOCS_DATA ?? join(repo, '..', 'shared', 'data');
// electionline is left out: its texts are editorial one-paragraph summaries, not postings
const SOURCES = ['bulk_careers', 'intheweeds_austin', 'la_city_bulletins', 'linkedin_teaching', 'nhs_jobs'];

/** blocks kept per section: enough for a full posting, short enough for the writer's context */
const KEEP: Record<string, number> = { summary: 3, responsibilities: 10, required: 10, preferred: 6 };
const MAX_SKILLS = 10;
/** a line the line writer learns: one bullet or sentence, this many words at most */
const LINE_WORDS = 40;
const REQUIREMENT_ZONES = new Set<Zone>(['responsibilities', 'required', 'preferred']);

const MONEY = /[$£€]\s?\d|\b\d[\d,.]*\s?(k|per hour|an hour|p\/h|ph|per annum|pa)\b|\bsalary\b|\bpay band\b|\bband \d/i;
const CONTACT = /@|https?:|www\.|\b\d{3}[ -.]?\d{3}[ -.]?\d{4}\b|\b0\d{3,4} ?\d{3} ?\d{3,4}\b|\bcall\b|\bemail\b|\bcontact\b/i;
// an organisation's or a place's name: capitalised words before a word that names a body
const ORG = /\b([A-Z][\w&'.-]*\s){1,5}(Trust|Hospitals?|Centre|Center|Inc\.?|Ltd\.?|LLC|University|College|Schools?|County|City|Council|Department|Foundation|Group|Partnership|Practice|Surgery|Clinic|Company|Corporation|District|Academy|Restaurant|Bar|Hotel|Kitchen|Cafe|Café)\b|\bNHS\b|\b(Inc|Ltd|LLC)\b/;
const CLOCK = /\b\d{1,2}(:\d\d)?\s?(am|pm|a\.m\.|p\.m\.)/i;
const DATE = /\b(19|20)\d\d\b|\b(january|february|march|april|june|july|august|september|october|november|december)\b/i;

const heldOut = (id: string) => fnv1a(`writer/${id}`) % 40 === 0;

function loadCorpus(name: string): Array<{ id: string; title: string; text: string; employer?: string }> {
  const buf = gunzipSync(readFileSync(join(dataDir, 'postings', `${name}.jsonl.gz`)));
  return buf.toString('utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
}

/** A sentence the writer must not learn from: pay, a contact, a date, a named organisation or place. */
function unsafe(sentence: string, employer: string | undefined): boolean {
  if (MONEY.test(sentence) || CONTACT.test(sentence) || DATE.test(sentence) || CLOCK.test(sentence) || ORG.test(sentence)) return true;
  if (employer && employer.length > 3 && sentence.toLowerCase().includes(employer.toLowerCase().split(/[(,]/)[0].trim())) return true;
  return false;
}


/** The block's sentences a writer may learn from, bullet marks removed. */
function cleanBlock(text: string, employer: string | undefined): string[] {
  const kept = sentencesOf(text.replace(/\s+/g, ' ').trim()).filter((s) => !unsafe(s, employer));
  if (kept.length) kept[0] = kept[0].replace(/^[-•*·]\s*/, '');
  if (kept.length) kept[kept.length - 1] = kept[kept.length - 1].trimEnd();
  return kept;
}

/** A sentence's identity across postings: words only, lower case. */
const sentenceKey = (s: string) => s.toLowerCase().replace(/^- /, '').replace(/[^a-z0-9]+/g, ' ').trim();

const engine = await loadEngine({});
const excluded = devSetIds(repo);
mkdirSync(outDir, { recursive: true });
/** a skill the engine read in the posting: as written, and the graph's name for it */
interface Named { text: string; name: string }
interface Kept { id: string; source: string; plan: WriterPlan; parts: Record<string, string[][]>; named: Named[]; linesOnly: boolean }
const kept: Kept[] = [];
const counts: Record<string, number> = {};
let seen = 0;
for (const source of SOURCES) {
  let docs = loadCorpus(source).filter((d) => !excluded.has(d.id));
  if (source === 'nhs_jobs') docs = docs.sort((a, b) => fnv1a(`nhs/${a.id}`) - fnv1a(`nhs/${b.id}`)).slice(0, linesNhsCap);
  for (const [n, d] of docs.entries()) {
    if (seen++ >= limit) break;
    const linesOnly = source === 'nhs_jobs' && n >= nhsCap;
    if (!d.title || d.text.length < 300) continue;
    const analysis = await engine.analyze(d.text, undefined, { kind: 'job' });
    const doc = analysis.doc;
    const parts: Record<string, string[][]> = { summary: [], responsibilities: [], required: [], preferred: [] };
    let words = 0;
    for (const b of doc.blocks) {
      const zone = b.zone as Zone;
      if (!(zone in parts) || b.type === 'heading' || parts[zone].length >= KEEP[zone]) continue;
      const sentences = cleanBlock(b.text, d.employer);
      const text = sentences.join('');
      if (text.split(' ').length < 3 || /:$/.test(text.trim())) continue;
      if (b.type === 'item' || zone !== 'summary' && text.length < 200) sentences[0] = `- ${sentences[0]}`;
      parts[zone].push(sentences);
      words += text.split(' ').length;
    }
    if (!parts.responsibilities.length && !parts.required.length) { counts.skipped = (counts.skipped ?? 0) + 1; continue; }
    if (words < 40) { counts.short = (counts.short ?? 0) + 1; continue; }
    const lower = parts.responsibilities.concat(parts.required, parts.preferred).flat().join(' ').toLowerCase();
    const skills: string[] = [];
    const named: Named[] = [];
    for (const m of analysis.mentions) {
      if ((REQUIREMENT_ZONES.has(m.zone) || m.zone === 'summary') && !m.id.startsWith('new:') && m.confidence >= 0.5 && m.text.trim().split(/\s+/).length <= 4) {
        named.push({ text: m.text.trim(), name: m.name.trim() });
      }
      // a plan names skills, not fragments: a linked skill of a requirement or duty, four words at most
      if (!REQUIREMENT_ZONES.has(m.zone) || m.id.startsWith('new:') || m.confidence < 0.5) continue;
      const written = m.text.trim();
      if (written.split(/\s+/).length > 4 || /^(full|part)[- ]time$/i.test(written)) continue;
      if (written.length < 2 || skills.some((s) => s.toLowerCase() === written.toLowerCase())) continue;
      if (!lower.includes(written.toLowerCase())) continue;
      skills.push(written);
      if (skills.length >= MAX_SKILLS) break;
    }
    // the role, not where it is: "Housekeeping - Colchester Hospital" -> "Housekeeping"
    const title = d.title.replace(/\s+/g, ' ').split(/\s[-–|]\s|\s\(/)[0].trim();
    const { level } = readSeniority(title);
    const years = Math.max(0, ...analysis.experienceRequirements.filter((r) => r.required).map((r) => r.years));
    kept.push({ id: d.id, source, plan: { title, seniority: level, years, skills }, parts, named, linesOnly });
    counts[source] = (counts[source] ?? 0) + 1;
  }
}
// Boilerplate a trust or a city prints in every posting ("The post holder will be expected to ...")
// would be learned by heart and repeated word for word: a sentence found in 3 or more postings is
// left out of all of them.
const postingsWith = new Map<string, number>();
for (const k of kept) for (const key of new Set(Object.values(k.parts).flat(2).map(sentenceKey))) postingsWith.set(key, (postingsWith.get(key) ?? 0) + 1);
const train: string[] = [];
const held: string[] = [];
const trainLines: string[] = [];
const heldLines: string[] = [];
const lineKeys = { skill: 0, name: 0, years: 0, phrase: 0, none: 0 };

/** words that never open, close or make a key phrase: function words and the verbs of every line */
const NOT_KEY = new Set(('a an the and or but of to in on at for with by from as into onto about within across per via than that this these those ' +
  'is are be been being was were will would can could should must may might shall have has had do does did not no ' +
  'you your we our us they their them it its he she his her who whom which what when where while how all any each every some such other ' +
  'able ability work working ensure ensuring including include includes provide providing support supporting also well new role post job ' +
  'candidate candidates applicant applicants successful ideal team member members staff duties duty responsibilities responsible required essential desirable ' +
  'experience knowledge skills skill strong excellent good high highly very more most using use used make making take taking help helping').split(' '));

/** Runs of one to three content words in a line: the phrases a key may be. */
function keyPhrases(line: string): string[] {
  const out: string[] = [];
  let run: string[] = [];
  const flush = () => {
    for (let i = 0; i < run.length; i++) {
      const phrase = run.slice(i, i + 3);
      if (phrase.length >= 2 || phrase[0].length >= 7) out.push(phrase.join(' '));
      if (run.length - i <= 3) break;
    }
    run = [];
  };
  for (const raw of line.split(/\s+/)) {
    const word = raw.replace(/^[("'“]+|[)"'”.,;:!?]+$/g, '');
    const ends = raw !== word && /[.,;:!?)]$/.test(raw);
    if (!/^[A-Za-z][A-Za-z-]*$/.test(word) || NOT_KEY.has(word.toLowerCase())) { flush(); continue; }
    run.push(word.toLowerCase() === word || /^[A-Z]{2,}$/.test(word) ? word : word.toLowerCase());
    if (ends) flush();
  }
  flush();
  return out;
}

/**
 * The line writer's examples (stage 2 of train_writer.py): each line of the posting's sections,
 * prompted by its title, level, section and a key: a skill the line names, given as written or by
 * the graph's name for it (so the writer learns to word a graph label the way postings do), the
 * years it asks for, or nothing (a summary or a general duty). One key per line, chosen by a hash
 * of the line, so no line is learned twice.
 */
function lineExamples(k: Kept): string[] {
  const out: string[] = [];
  for (const s of WRITER_SECTIONS) {
    for (const sentences of k.parts[s.zone]) {
      const own = sentences.filter((x) => (postingsWith.get(sentenceKey(x)) ?? 0) < 3).map((x) => x.replace(/^- /, '').trim());
      const whole = own.join(' ');
      // a bullet of one or two sentences is one line; a paragraph is read sentence by sentence
      const lines = whole.split(/\s+/).length <= LINE_WORDS ? [whole] : own;
      for (const line of lines) {
        const words = line.split(/\s+/).length;
        if (words < 4 || words > LINE_WORDS || /:$/.test(line)) continue;
        out.push(`${linePrompt(k.plan.title, k.plan.seniority, s.zone as LineSection, lineKey(k, line))}${line}`);
      }
    }
  }
  return out;
}

function lineKey(k: Kept, line: string): string {
  const lower = line.toLowerCase();
  const h = fnv1a(`key/${k.id}/${line}`);
  const years = /\b(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\+?\s*(?:or more\s+)?years?\b/i.exec(line);
  if (years && h % 2 === 0) { lineKeys.years++; return `${years[1].toLowerCase()} years`; }
  const inLine = k.named.filter((n) => lower.includes(n.text.toLowerCase()));
  if (!inLine.length) {
    // most lines name no skill the engine links: their key is a phrase of the line itself, so the
    // writer learns to write about whatever it is given; some stay keyless (lines about the role)
    const phrases = keyPhrases(line);
    if (!phrases.length || (h >>> 4) % 4 === 0) { lineKeys.none++; return ''; }
    lineKeys.phrase++;
    return phrases[(h >>> 6) % phrases.length];
  }
  const pick = inLine[(h >>> 1) % inLine.length];
  // the graph's name half the time, when it differs from the words written
  if ((h >>> 8) % 2 === 0 && pick.name.toLowerCase() !== pick.text.toLowerCase() && pick.name.split(/\s+/).length <= 6) { lineKeys.name++; return pick.name; }
  lineKeys.skill++;
  return pick.text;
}
let boilerplate = 0;
for (const k of kept) {
  const sections = WRITER_SECTIONS.map((s) => {
    const blocks = k.parts[s.zone].map((sentences) => {
      const own = sentences.filter((x) => (postingsWith.get(sentenceKey(x)) ?? 0) < 3);
      boilerplate += sentences.length - own.length;
      const text = own.join('').trim();
      return text && sentences[0].startsWith('- ') && !text.startsWith('- ') ? `- ${text}` : text;
    }).filter((b) => b.replace(/^- /, '').split(' ').length >= 3);
    return blocks.length ? `## ${s.heading}\n${blocks.join('\n')}` : '';
  }).filter(Boolean);
  if (!sections.some((x) => /^## (Responsibilities|Requirements)/.test(x))) { counts.boilerplateOnly = (counts.boilerplateOnly ?? 0) + 1; continue; }
  const body = sections.join('\n');
  const plan = { ...k.plan, skills: k.plan.skills.filter((x) => body.toLowerCase().includes(x.toLowerCase())) };
  if (!k.linesOnly) (heldOut(k.id) ? held : train).push(JSON.stringify({ id: k.id, source: k.source, text: `${planText(plan)}${body}` }));
  for (const line of lineExamples(k)) (heldOut(k.id) ? heldLines : trainLines).push(JSON.stringify({ id: k.id, source: k.source, text: line }));
}
writeFileSync(join(outDir, 'train.jsonl'), train.join('\n') + '\n');
writeFileSync(join(outDir, 'heldout.jsonl'), held.join('\n') + '\n');
writeFileSync(join(outDir, 'lines-train.jsonl'), trainLines.join('\n') + '\n');
writeFileSync(join(outDir, 'lines-heldout.jsonl'), heldLines.join('\n') + '\n');
console.log(JSON.stringify({ train: train.length, heldout: held.length, trainLines: trainLines.length, heldoutLines: heldLines.length, lineKeys, boilerplateSentences: boilerplate, counts }));
