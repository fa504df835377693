// How a match score reads to a person. The bands hang off the matcher's calibrated decision
// threshold (models/matcher.json, or the user's hrdocs.matchThreshold): at or above it the pair
// is a match; below half of it the matcher is as sure as it gets that the fields differ (it was
// trained with pairs from other occupation groups as its negatives).
export type FitLabel = 'strong fit' | 'partial' | 'different field';

/**
 * The share of the threshold below which a pair reads as another field. On the real-pair dev set
 * (tools/devsets/real-pairs.json) it calls 94% of unrelated pairs and 15% of right ones
 * "different field", 1% of unrelated and 75% of right ones "strong fit" (threshold 0.599).
 */
const DIFFERENT_FIELD_SHARE = 0.5;

export function fitLabel(score: number, threshold: number): FitLabel {
  if (score >= threshold) return 'strong fit';
  return score >= threshold * DIFFERENT_FIELD_SHARE ? 'partial' : 'different field';
}

/** A code lens title: "Match 82% · strong fit · ICU Registered Nurse · target". */
export function matchLensTitle(score: number, threshold: number, name: string, pinned: boolean): string {
  const percent = `${Math.round(Math.max(0, Math.min(1, score)) * 100)}%`;
  return `Match ${percent} · ${fitLabel(score, threshold)} · ${name}${pinned ? ' · 📌 target' : ''}`;
}

export const SET_TARGET_TITLE = 'Set as target job';
