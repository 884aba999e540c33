import type { AssessmentComparison, AssessmentFramework, Locale } from '@xinzhi/shared-contracts';
import { deltaDirection, signed } from './results';
import { formatNumber, say } from './wizard';

/** The comparison's rows in the framework's order and words, with signed changes and their direction. */
export function compareRows(
  framework: Pick<AssessmentFramework, 'dimensions' | 'scenes'>,
  comparison: AssessmentComparison,
  locale: Locale,
) {
  const dims = new Map(comparison.dimensions.map((d) => [d.dimensionId, d]));
  const scenes = new Map(comparison.scenes.map((s) => [s.sceneId, s]));
  return {
    dimensions: framework.dimensions.flatMap((d) => {
      const row = dims.get(d.id);
      if (!row) return [];
      return [
        {
          id: d.id,
          name: say(d.name, locale),
          from: formatNumber(row.from, locale, 3),
          to: formatNumber(row.to, locale, 3),
          delta: signed(row.delta, locale),
          direction: deltaDirection(row.delta),
          fromPercent: d.points ? Math.round((row.from / d.points) * 1000) / 10 : 0,
          toPercent: d.points ? Math.round((row.to / d.points) * 1000) / 10 : 0,
        },
      ];
    }),
    scenes: framework.scenes.flatMap((s) => {
      const row = scenes.get(s.id);
      if (!row) return [];
      return [
        {
          id: s.id,
          name: say(s.name, locale),
          constraint: s.constraint,
          from: row.from,
          to: row.to,
          delta: signed(row.delta, locale),
          direction: deltaDirection(row.delta),
        },
      ];
    }),
  };
}
