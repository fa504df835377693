// Levels of education: read from a posting's requirement and a resume's education lines, and a
// requirement that is a level and nothing else met by a degree at that level or above.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { educationLevelOf, namesEducationLevel } from '../src/engine/lang/en/education.js';
import { FakeTagger, testEngine } from './support/engine.js';

// Class: how resumes state a degree and postings ask for one
test('the level of education a line names: words, abbreviations as written, the highest named; none for a product or a name', () => {
  const rows: Array<[string, number | undefined]> = [
    ['Masters of Science : Education & Special Education, Touro College', 4],
    ['Bachelor of Science : Early Childhood Education, City College', 3],
    ['B.A. in History, 2010', 3],
    ['BA (Hons) English Literature', 3],
    ['MSc Nursing, University of Leeds', 4],
    ['PhD in Chemistry', 5],
    ['Degree in Nursing', 3],
    ['Associate degree in Nursing', 2],
    ['Associate of Applied Science, Culinary Arts', 2],
    ['High School Diploma', 1],
    ['GED', 1],
    ['BSc, then MSc in Data Science', 4],
    ['MS Office, Excel, Outlook', undefined],
    ['Proficient in MS Word', undefined],
    ['Springfield High, 2005', undefined],
  ];
  for (const [text, level] of rows) assert.equal(educationLevelOf(text), level, text);
  for (const asked of ['Bachelor’s degree', 'Possession of a baccalaureate degree from a regionally accepted institution', 'High school diploma or GED', 'Bachelor\'s degree in a related field', 'Hold at least a Bachelor\'s Degree', 'Educated to degree level']) assert.ok(namesEducationLevel(asked), asked);
  assert.ok(!namesEducationLevel('Bachelor’s degree in accounting'), 'a field of study is named: a skill');
});

const JOB = '# Special Education Teacher\n\n## Requirements\n\nThe ideal candidate will hold a Bachelor’s degree and will enjoy working with children in small groups.\n\n- Lesson planning\n';
const resumeWith = (education: string) => `# Sam Doe\n\n## Experience\n\n**Teacher**, Northside School (Jan 2015 - Present)\n- Lesson planning for grade 5.\n\n## Education\n\n${education}\n`;

test('a requirement that is a level of education is met by a degree at that level or above, cited with its line; a lower one or none leaves it', async () => {
  const engine = testEngine({ tagger: new FakeTagger(['Bachelor’s degree']) });
  const job = await engine.analyze(JOB, undefined, { kind: 'job' });
  const degree = (m: Awaited<ReturnType<typeof engine.match>>) => m.skills.find((s) => /bachelor/i.test(s.required.text));
  const asked = async (education: string) => {
    const resume = await engine.analyze(resumeWith(education), undefined, { kind: 'resume' });
    return engine.match(resume, job);
  };
  const bachelor = await asked('Bachelor of Science, Elementary Education, City College, 2014');
  assert.ok(degree(bachelor), 'the degree is a requirement of the job');
  assert.ok(degree(bachelor)!.similarity > 0, 'met by a bachelor\'s');
  assert.match(bachelor.explanation, /✓ Bachelor’s degree[^:]*: the resume's degree "Bachelor of Science, Elementary Education, City College, 2014" \(line 10\)/);
  const master = await asked('Master of Science in Education, Touro College, 2016');
  assert.match(master.explanation, /✓ Bachelor’s degree[^:]*: the resume's higher degree "Master of Science in Education/);
  const school = await asked('High School Diploma, Springfield High, 2009');
  assert.equal(degree(school)!.similarity, 0, 'a diploma is no bachelor\'s');
  assert.ok(!bachelor.missingSkills.some((s) => /bachelor/i.test(s)));
  // more education never lowers the score (monotone)
  assert.ok(bachelor.score >= school.score);
});
