// The text the job-description writer reads and writes. Training (tools/writer/dump-corpus.ts)
// and generation share it, so the plan the server builds reads exactly like the plans the
// model learned from.
import type { Zone } from '../types.js';
import type { SeniorityLevel } from '../lang/en/seniority.js';

/** What a generated posting must say: the writer's condition. */
export interface WriterPlan {
  title: string;
  seniority: SeniorityLevel;
  /** years of experience asked for; 0: none stated */
  years: number;
  /** skills the posting names, most important first */
  skills: string[];
  /** per skill: a competence ("prepare lesson content") or a knowledge ("labour legislation"); not part of the prompt, it words what the body leaves out */
  skillKinds?: Array<'skill' | 'knowledge'>;
}

export const PLAN_TOKEN = '<|plan|>';
export const BODY_TOKEN = '<|body|>';
export const END_TOKEN = '<|end|>';
export const PAD_TOKEN = '<|pad|>';
export const SPECIAL_TOKENS = [PAD_TOKEN, PLAN_TOKEN, BODY_TOKEN, END_TOKEN] as const;

/** The body's sections, in order, under the headings every generated posting uses. */
export const WRITER_SECTIONS: ReadonlyArray<{ zone: Zone; heading: string }> = [
  { zone: 'summary', heading: 'About the role' },
  { zone: 'responsibilities', heading: 'Responsibilities' },
  { zone: 'required', heading: 'Requirements' },
  { zone: 'preferred', heading: 'Preferred qualifications' },
];

/** The prompt: the plan, then the token after which the body starts. */
export function planText(plan: WriterPlan): string {
  const lines = [`title: ${plan.title}`, `level: ${plan.seniority}`, `years: ${plan.years}`, `skills: ${plan.skills.join('; ')}`];
  return `${PLAN_TOKEN}\n${lines.join('\n')}\n${BODY_TOKEN}\n`;
}

/** The sections a line is written for: a posting's zones as the line writer names them. */
export type LineSection = 'summary' | 'responsibilities' | 'required' | 'preferred';

/**
 * The line writer's prompt: one line of a posting (a bullet or a summary sentence) for the role,
 * in the section, about the key (a skill, "3 years", or '' for a line about the role itself).
 */
export function linePrompt(title: string, seniority: SeniorityLevel, section: LineSection, key: string): string {
  return `${PLAN_TOKEN}\ntitle: ${title}\nlevel: ${seniority}\nsection: ${section}\nkey: ${key}\n${BODY_TOKEN}\n`;
}

/** A text's sentences, each with its trailing space: training drops and generation checks facts sentence by sentence. */
export function sentencesOf(text: string): string[] {
  return text.match(/[^.!?]+[.!?]*(\s+|$)/g) ?? [text];
}
