// The workspace's dictionary of phrases that are not skills: `.hrdocs/not-skills.txt` in a
// workspace folder, one phrase per line (`#` starts a comment; case does not matter). Skill
// findings whose name or text is listed are filtered out (the analysis is unchanged). The
// lightbulb's "Not a skill" appends to the file; the server re-reads it when it changes.
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { writeFileAtomic } from '../files/atomic.js';
import { lineEnding } from '../engine/index.js';

export const DICTIONARY_FILE = path.join('.hrdocs', 'not-skills.txt');
const HEADER = '# Phrases hrdocs should not report as skills, one per line (see the README, "Diagnostics").\n';

export function parseDictionary(text: string): Set<string> {
  const out = new Set<string>();
  for (const line of text.split(/\r\n|\r|\n/)) {
    const phrase = line.replace(/#.*$/, '').trim().toLowerCase();
    if (phrase) out.add(phrase);
  }
  return out;
}

export class WorkspaceDictionary {
  private phrases = new Set<string>();
  private readonly listeners: Array<() => void> = [];

  constructor(private readonly folders: () => string[]) {}

  get notSkills(): ReadonlySet<string> {
    return this.phrases;
  }

  onDidChange(listener: () => void): void {
    this.listeners.push(listener);
  }

  /** Re-reads every folder's file; listeners hear of it when the set changed. */
  async reload(): Promise<void> {
    const next = new Set<string>();
    for (const folder of this.folders()) {
      const text = await fs.readFile(path.join(folder, DICTIONARY_FILE), 'utf8').catch(() => '');
      for (const p of parseDictionary(text)) next.add(p);
    }
    const changed = next.size !== this.phrases.size || [...next].some((p) => !this.phrases.has(p));
    this.phrases = next;
    if (changed) for (const l of this.listeners) l();
  }

  /** Adds a phrase to the first folder's file (created when missing) and reloads. */
  async add(phrase: string): Promise<void> {
    const clean = phrase.replace(/[\r\n#]/g, ' ').replace(/\s+/g, ' ').trim();
    const folder = this.folders()[0];
    if (!clean || !folder) throw new Error(!clean ? 'an empty phrase' : 'no workspace folder to keep the dictionary in');
    const file = path.join(folder, DICTIONARY_FILE);
    await fs.mkdir(path.dirname(file), { recursive: true });
    const existing = await fs.readFile(file, 'utf8').catch(() => HEADER);
    const eol = lineEnding(existing);
    const body = existing.length && !/[\r\n]$/.test(existing) ? existing + eol : existing;
    writeFileAtomic(file, body + clean + eol);
    await this.reload();
  }
}

/** Whether a watched-file change is a dictionary file. */
export function isDictionaryFile(uriPath: string): boolean {
  return uriPath.replace(/\\/g, '/').endsWith('/.hrdocs/not-skills.txt');
}
