// Where a document's front matter is. A block between a first line `---` and the next `---` or
// `...` is front matter only when it holds YAML settings (a mapping, nothing, or lines shaped like
// settings while they are being typed): resumes pasted from elsewhere often open and close with a
// rule (`---`), and what lies between is the resume, not settings to skip.
import YAML from 'yaml';

const OPEN = /^\uFEFF?---[ \t]*$/;
const CLOSE = /^(?:---|\.\.\.)[ \t]*$/;

/** The 0-based line that closes the front matter of a text split into `lines`, or -1 when it has none. */
export function frontMatterCloseLine(lines: readonly string[]): number {
  if (!OPEN.test(lines[0] ?? '')) return -1;
  const close = lines.findIndex((l, i) => i > 0 && CLOSE.test(l));
  if (close < 0) return -1;
  return holdsSettings(lines.slice(1, close).join('\n')) ? close : -1;
}

/** Whether `source` opens with front matter (see frontMatterCloseLine). */
export function opensWithFrontMatter(source: string): boolean {
  if (!/^\uFEFF?---/.test(source)) return false;
  return frontMatterCloseLine(source.split(/\r\n|\r|\n/)) > 0;
}

/** A line of YAML settings: `key: value`, a list entry, a comment, or an indented continuation. */
const SETTINGS_LINE = /^(?:\s*$|\s*#|\s*- |[ \t]+\S|["']?[\w.-][^:]*["']?:(?:\s|$))/;

function holdsSettings(yaml: string): boolean {
  if (!yaml.trim()) return true;
  try {
    const parsed: unknown = YAML.parse(yaml);
    return parsed === null || (typeof parsed === 'object' && !Array.isArray(parsed));
  } catch {
    // half-typed settings ("target: [") stay settings; prose with a stray colon line does not
    return yaml.split('\n').every((line) => SETTINGS_LINE.test(line));
  }
}
