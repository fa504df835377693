// The workspace vocabulary in the server: `.hrdocs/not-skills.txt` (the lightbulb's "Not a skill")
// and `.hrdocs/skills.txt` (its "Add to workspace skills") in the workspace folders. Both go to
// the engine as an analyze option, so a dismissed phrase stops counting in matching and a custom
// skill is found and matched; the server re-reads them when they change and re-analyzes.
import { EMPTY_VOCABULARY, phraseKey, type Vocabulary } from '../engine/index.js';
import {
  NOT_SKILLS_FILE, NOT_SKILLS_HEADER, SKILLS_FILE, SKILLS_HEADER, appendVocabularyLine, cleanLine, readVocabulary,
} from '../files/vocabulary.js';

export class WorkspaceDictionary {
  private current: Vocabulary = EMPTY_VOCABULARY;
  private readonly listeners: Array<() => void> = [];

  constructor(private readonly folders: () => string[]) {}

  /** What the engine is given: the files' content as of the last reload. */
  get vocabulary(): Vocabulary {
    return this.current;
  }

  get notSkills(): ReadonlySet<string> {
    return this.current.notSkills;
  }

  onDidChange(listener: () => void): void {
    this.listeners.push(listener);
  }

  /** Re-reads every folder's files; listeners hear of it when the content changed. */
  async reload(): Promise<void> {
    const next = await readVocabulary(this.folders());
    const changed = next.key !== this.current.key;
    this.current = next;
    if (changed) for (const l of this.listeners) l();
  }

  /** "Not a skill": the phrase goes into the first folder's not-skills.txt. */
  async addNotSkill(phrase: string): Promise<void> {
    const clean = cleanLine(phrase);
    await this.append(clean, NOT_SKILLS_FILE, NOT_SKILLS_HEADER, this.current.notSkills.has(phraseKey(clean)));
  }

  /** "Add to workspace skills": the phrase, as written, becomes a line of the first folder's skills.txt. */
  async addSkill(phrase: string): Promise<void> {
    // a colon would start a list of aliases
    const clean = cleanLine(phrase.replace(/:/g, ' '));
    const known = this.current.skills.some((s) => [s.name, ...s.aliases].some((x) => phraseKey(x) === phraseKey(clean)));
    await this.append(clean, SKILLS_FILE, SKILLS_HEADER, known);
  }

  private async append(line: string, file: string, header: string, known: boolean): Promise<void> {
    const folder = this.folders()[0];
    if (!line || !folder) throw new Error(!line ? 'an empty phrase' : 'no workspace folder to keep the file in');
    if (!known) await appendVocabularyLine(folder, file, line, header);
    await this.reload();
  }
}

/** Whether a watched-file change is one of the vocabulary files. */
export function isDictionaryFile(uriPath: string): boolean {
  return /\/\.hrdocs\/(?:not-)?skills\.txt$/.test(uriPath.replace(/\\/g, '/'));
}
