// Distant supervision for the zone model: the real corpora label their own blocks through the
// headings and label lines they are written under ("Benefits", "WHERE TO APPLY", "Work History",
// "To be successful you'll need:"). A block under a heading this lexicon knows takes the
// heading's zone; a block under an unknown heading is left unlabelled. The model then learns
// the words and shapes of each zone, and is applied where no heading says (training drops the
// heading features at random). Training-time only: nothing here ships.
import type { DocKind, HrDocument, Zone } from '../../server/src/engine/types.js';
import { isLabelLine } from '../../server/src/engine/models/zone-features.js';
import { blankZone } from '../../server/src/engine/document/zones.js';

type Lexicon = Array<[RegExp, Zone]>;

// order matters: the first pattern that matches a heading decides ("preferred qualifications"
// is preferred before "qualifications" is required)
const JOB_HEADINGS: Lexicon = [
  [/\b(equal (employment )?opportunit|eeo\b|e-?verify|ada statement|disclaimer|non-?discriminat|diversity|inclusion|safeguarding|background check|dbs check|conditions of employment|drug[- ]free|reasonable accommodation|privacy notice|disability confident|disclosure|rehabilitation of offenders|notice\b|appointment is subject)/, 'legal'],
  [/\b(testimonial|what our (staff|people|team|colleagues) say|hear from|meet the team|in their words|staff stories)/, 'testimonial'],
  [/\b(how to apply|where to apply|to apply|apply now|apply\b|application|selection process|next steps?|what next|interested\b|further (job )?information|more information|additional contact|for further information|contact (us|details|information)?|closing date|deadline|interview|references|transcripts|copy of|qualifications review|expert review|passing score|interdepartmental|open competitive|promotional basis|selective certification|recruitment process)/, 'apply'],
  [/\b(desirable|preferred|nice to have|nice-to-have|bonus|desired|advantageous|an advantage|additional considerations|a plus|pluses)/, 'preferred'],
  [/\b(benefits?|what we offer|we offer|our offer|what you will get|what you'll get|what can we offer|in return|perks|rewards?|salary|compensation|pay\b|pay and|hours|schedule|shifts?|job type|^start$|start date|pension|annual leave|holiday|why (join|work)|what'?s in it for you|package|contract type|working pattern|^permanent$|^full time$|^part time$|wage|remuneration)/, 'benefits'],
  [/\b(responsibilit|duties|what you('ll| will) (be )?do|what will you be doing|your day|day[- ]to[- ]day|key tasks|main tasks|accountabilit|in this role you|the role will|essential (job )?functions|essential duties|job functions|special assignments|key areas|what you'll be doing|your role will)/, 'responsibilities'],
  [/\b(requirement|qualification|essential criteria|^essential$|minimum|what we need|what do we need|you will have|you'll have|you'll need|you will need|about you|the person|person specification|who we're looking for|who we are looking for|we're looking for|what we're looking for|we are looking for|looking for|skills and experience|experience and skills|knowledge, skills|knowledge and skills|ksas?\b|must have|what you bring|what you'll bring|who you are|you have|your skills|your experience|skills required|required skills|experience required|education and experience|licen[cs]e|certificat|^skills$|^experience$|^education$|are you\b)/, 'required'],
  [/\b(about us|about the (company|trust|organisation|organization|team|service|department|school|district|practice|hospital|employer|restaurant)|who we are|our (company|story|mission|values|team|organisation|organization|trust|vision)|^the company|company (overview|description|profile)|about your next employer|where you will be working|living (here|in)|the (department|team|service|trust)$|working for us|why us)/, 'about'],
  [/\b(job title|position title|^title$|^position$|^role$|job posting)/, 'title'],
  [/\b(about the (role|job|position|opportunity)|the role|job summary|role summary|position (summary|overview|description|purpose)|summary|overview|job purpose|purpose of the|main purpose|job description|general description|description|the opportunity|the position|the job|introduction|role profile)/, 'summary'],
];

// resume headings are matched whole or by their last word: a role line in title case ("Technical
// Support Specialist", "Software Engineer") is not a heading
const RESUME_HEADINGS: Lexicon = [
  [/^(contact|contact (information|details|info)|personal (information|details|info|data|profile)|address)$/, 'contact'],
  [/(volunteer(ing)?|volunteer (work|experience|activities)|community (service|involvement|work|activities)|civic (activities|engagement))$/, 'volunteering'],
  [/(publications?|papers|research papers|articles|presentations and publications)$/, 'publications'],
  [/^(languages?|languages? known|language skills|languages spoken)$/, 'languages'],
  [/(certifications?|certificates?|licen[cs]es?|credentials|accreditations?|licen[cs]es and certifications|certifications and licen[cs]es)$/, 'certifications'],
  [/^(key |selected |academic |major |personal |notable |recent )?(projects?|portfolio)( details| undertaken| handled| experience)?$/, 'projects'],
  [/(education|academics?|academic (background|qualifications|profile)|educational (background|qualifications)|qualifications? details|schooling|degrees?|education and training|training and education|education details|training)$|^education\b/, 'education'],
  [/(experience|work history|employment|employment history|career history|professional background|positions held|company details|work details|internships?|military service)$|^(work |professional )?experience\b/, 'experience'],
  [/(skills?|highlights|skill highlights|core qualifications|qualifications|competenc(y|ies)|expertise|technologies|strengths|proficienc(y|ies)|tools|software|abilities|knowledge|capabilities|skill details|key skills)$|^skills?\b/, 'skills'],
  [/(summary|profile|objective|about me|overview|statement|introduction|career focus)$/, 'summary'],
  [/^(interests|hobbies|references|awards?|honou?rs|accomplishments|achievements|affiliations|memberships|activities|additional information|personal interests|extra[- ]curricular( activities)?|declaration|awards and honou?rs|activities and honou?rs|professional affiliations|core accomplishments)$/, 'other'],
];

const key = (heading: string): string => heading.toLowerCase().replace(/[’']/g, "'").replace(/[*_#:.…]+/g, ' ').replace(/\s+/g, ' ').trim();

/** The zone a heading names, or undefined when this lexicon does not know it. */
export function zoneOfHeading(heading: string, kind: DocKind): Zone | undefined {
  const k = key(heading);
  if (!k || k.split(' ').length > (kind === 'job' ? 12 : 5)) return undefined;
  for (const [re, zone] of kind === 'job' ? JOB_HEADINGS : RESUME_HEADINGS) if (re.test(k)) return zone;
  return undefined;
}

// Content that is one zone wherever it stands: an equal-opportunity statement is legal text even
// under "Selection process"; a posting's reference line ("Class Code: 7256") is its metadata.
const LEGAL_CONTENT = /\b(equal (employment )?opportunity|does not discriminate|without regard to (race|age|sex)|on the basis of (race|age|sex|disability)|reasonable accommodation|americans with disabilities act|fair employment and housing|e-?verify|disability confident|rehabilitation of offenders)\b/i;
const METADATA_LINE = /^\s*(?:class code|job code|reference(?: number| no\.?)?|ref(?:erence)?|job ref|vacancy (?:number|ref(?:erence)?)|job id|requisition(?: number| id)?|open date|posted(?: on| date)?|date posted|revised|bulletin)\s*[:#]\s*\S{1,30}\s*$/i;

/** A line that introduces a list as a heading would: "To be successful as a nurse, you'll need:". */
function isIntroLine(text: string): boolean {
  const t = text.trim();
  return t.endsWith(':') && t.length <= 120;
}

/**
 * Distant zone labels of a parsed document's blocks (null: no label). The document's title line
 * is 'title' in a posting; a resume's lines before its first known heading are its contact header.
 */
export function distantZones(doc: HrDocument, corpusTitle?: string): Array<Zone | null> {
  const kind = doc.kind;
  const out: Array<Zone | null> = [];
  let current: Zone | null = null;
  let seenHeading = false;
  const titleKey = corpusTitle ? key(corpusTitle) : undefined;
  doc.blocks.forEach((b, i) => {
    const section = doc.sections[b.section];
    if (i === 0 || doc.blocks[i - 1].section !== b.section) {
      // a new section: its heading names the zone, or (an unknown heading) leaves it unlabelled
      if (section?.heading) {
        current = zoneOfHeading(section.heading, kind) ?? null;
        seenHeading = true;
      }
    }
    const text = b.text.trim();
    if (!text) { out.push(blankZone(kind)); return; }
    const named = isLabelLine(b) || isIntroLine(text) ? zoneOfHeading(text, kind) : undefined;
    if (named) {
      current = named;
      seenHeading = true;
      out.push(named);
      return;
    }
    if (kind === 'job' && i < 3 && titleKey && key(text) === titleKey) { out.push('title'); return; }
    if (kind === 'job' && METADATA_LINE.test(text)) { out.push('other'); return; }
    if (kind === 'job' && LEGAL_CONTENT.test(text)) { out.push('legal'); return; }
    if (kind === 'resume' && !seenHeading && i < 4) { out.push('contact'); return; }
    out.push(current);
  });
  return out;
}
