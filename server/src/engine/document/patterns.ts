// File-name globs that hint at a document's kind when its content does not decide it.
export interface DocumentPatterns { resume: string[]; job: string[] }

export const DEFAULT_DOCUMENT_PATTERNS: DocumentPatterns = {
  resume: ['**/*resume*.md', '**/*cv*.md', '**/resumes/**/*.md'],
  job: ['**/*job*.md', '**/*jd*.md', '**/jobs/**/*.md', '**/*posting*.md'],
};
