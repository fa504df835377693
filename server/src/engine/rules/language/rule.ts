// A document hrdocs cannot read: its models and rules are English, so a German or Chinese resume
// gets this one notice instead of silently finding nothing.
import { LANGUAGE_NAMES } from '../../lang/detect.js';
import { firstLineRange } from '../anchors.js';
import { finding, type Rule } from '../types.js';

export const languageRule: Rule = {
  id: 'language',
  defaultSeverity: 'info',
  docs: 'The document is not in English, which is all hrdocs reads: it is not analyzed.',
  check({ analysis }) {
    const language = analysis.language;
    if (!language || language === 'en') return [];
    const name = LANGUAGE_NAMES[language] ?? language;
    return [finding(languageRule, firstLineRange(analysis.doc.source), `Not analyzed: this document looks ${name}; hrdocs reads English documents only`, { language })];
  },
};
