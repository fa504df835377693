// The workspace vocabulary on disk: `.hrdocs/skills.txt` (custom skills, aliases after a colon)
// and `.hrdocs/not-skills.txt` (phrases that are not skills) in a workspace folder. The language
// server reads them from its workspace folders, the CLI from --workspace or the working folder;
// both hand the result to the engine as the `vocabulary` analyze option.
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { createVocabulary, lineEnding, parseCustomSkills, parseNotSkills, type CustomSkill, type Vocabulary } from '../engine/index.js';
import { writeFileAtomic } from './atomic.js';

export const NOT_SKILLS_FILE = path.join('.hrdocs', 'not-skills.txt');
export const SKILLS_FILE = path.join('.hrdocs', 'skills.txt');

export const NOT_SKILLS_HEADER = '# Phrases hrdocs should not report as skills, one per line (see the README, "Diagnostics").\n';
export const SKILLS_HEADER =
  '# Skills of this workspace that hrdocs finds in resumes and jobs, one per line; other spellings after a colon:\n' +
  '#   Case-Ware: CaseWare, Caseware IDEA\n# (see the README, "Diagnostics").\n';

/** Both files of every folder, merged (a missing or unreadable file is an empty one). */
export async function readVocabulary(folders: readonly string[]): Promise<Vocabulary> {
  const notSkills: string[] = [];
  const skills: CustomSkill[] = [];
  for (const folder of folders) {
    const read = (file: string) => fs.readFile(path.join(folder, file), 'utf8').catch(() => '');
    notSkills.push(...parseNotSkills(await read(NOT_SKILLS_FILE)));
    skills.push(...parseCustomSkills(await read(SKILLS_FILE)));
  }
  return createVocabulary({ notSkills, skills });
}

/** A phrase as a file line: no line breaks, no `#` that would start a comment ("C#" stays), single spaces. */
export function cleanLine(text: string): string {
  return text.replace(/[\r\n]/g, ' ').replace(/(^|\s)#+/g, '$1').replace(/\s+/g, ' ').trim();
}

/**
 * Appends a line to a vocabulary file of `folder` (the file, with `header`, and `.hrdocs/` created
 * when missing), keeping the file's line endings; replaced atomically, so a crash never leaves half of it.
 */
export async function appendVocabularyLine(folder: string, file: string, line: string, header: string): Promise<void> {
  const target = path.join(folder, file);
  await fs.mkdir(path.dirname(target), { recursive: true });
  const existing = await fs.readFile(target, 'utf8').catch(() => header);
  const eol = lineEnding(existing);
  const body = existing.length && !/[\r\n]$/.test(existing) ? existing + eol : existing;
  writeFileAtomic(target, body + line + eol);
}
