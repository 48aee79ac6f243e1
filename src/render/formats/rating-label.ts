import type { Lang } from '../../core/findings/finding.js';
import type { EntityScore } from '../../core/score/report.js';

const NOT_RATED: Record<Lang, string> = {
  vi: 'Chưa xếp loại (thiếu số liệu)',
  en: 'Not rated (too little data)',
};

/**
 * The rating as people read it: the set's rating, "Chưa xếp loại (thiếu số liệu)" for an entity
 * below the coverage threshold (spec §7), or null when the set has no ratings.
 */
export function ratingLabel(entity: EntityScore, lang: Lang): string | null {
  if (entity.rating !== null) return entity.rating[lang];
  return entity.lowCoverage === true ? NOT_RATED[lang] : null;
}
