import type {
  AssessmentDimension,
  AssessmentFrameworkDefinition,
  AssessmentGap,
  AssessmentGaps,
  AssessmentItem,
  AssessmentOption,
  AssessmentResult,
  DimensionScore,
  ItemAnswer,
  LevelRule,
  SceneAnswer,
} from '@xinzhi/shared-contracts';
import { microToPoints, round, toMicro } from './exact';

/** The answers a result is computed from (stored answers may carry more fields; only these matter). */
export interface ScoringAnswers {
  items: ReadonlyArray<Pick<ItemAnswer, 'itemId' | 'optionIds'>>;
  scenes: ReadonlyArray<Pick<SceneAnswer, 'sceneId' | 'level'>>;
}

/**
 * Scores one set of answers against a framework document. Pure: no clock, no database.
 *
 * - An item earns the chosen option's fraction of its points (single choice), or the sum of the
 *   chosen options' fractions, capped at its points (multi-select). Unanswered items earn 0.
 * - A sub-dimension and a dimension earn the sum of their items; the total is the sum of the
 *   dimensions (`sum`), or the mean of the dimension percentages on the framework's scale
 *   (`mean_percent`: Σ(points / maxPoints) / n × framework maxPoints, i.e. the mean percentage
 *   when maxPoints is 100).
 * - A scene not answered is at level 0.
 * - The level is the highest level rule whose three conditions all hold (total ≥ minPoints, scenes
 *   at that level or higher ≥ minScenes, of them constraint scenes ≥ minConstraintScenes), else 0.
 * - Gaps name what is missing for the next level: the points short and the items whose next option
 *   earns most (the fewest that close the shortfall), then the scenes to raise.
 *
 * Everything is computed exactly (integer micro-points) and rounded to two decimals at the end.
 * Answers naming items, scenes or options the framework does not have are ignored (the API refuses
 * them before they are stored, see `answerProblems`).
 */
export function scoreAssessment(def: AssessmentFrameworkDefinition, answers: ScoringAnswers): AssessmentResult {
  const chosen = new Map<string, string[]>();
  for (const a of answers.items) chosen.set(a.itemId, a.optionIds);

  const itemMicro = new Map<string, number>();
  for (const dimension of def.dimensions) {
    for (const item of dimension.items) itemMicro.set(item.id, itemEarned(item, chosen.get(item.id) ?? []));
  }

  const dimensionMicro = def.dimensions.map((d) =>
    Math.min(
      toMicro(d.points),
      d.items.reduce((sum, item) => sum + (itemMicro.get(item.id) ?? 0), 0),
    ),
  );
  const totalMicro = totalOf(def, dimensionMicro);

  const answeredLevels = new Map<string, number>();
  for (const s of answers.scenes) answeredLevels.set(s.sceneId, s.level);
  const sceneLevels = def.scenes.map((s) => ({ sceneId: s.id, level: clampLevel(answeredLevels.get(s.id)) }));
  const levelOf = new Map(sceneLevels.map((s) => [s.sceneId, s.level]));

  const counts = (level: number) => countScenes(def, levelOf, level);
  const reached = [...def.levelRules].sort((a, b) => b.level - a.level).find((rule) => ruleHolds(rule, totalMicro, counts(rule.level)));
  const level = reached?.level ?? 0;
  // Level 0: what was counted is the scenes reached at all (level 1 or higher).
  const decidedCounts = counts(Math.max(level, 1));

  const dimensionPoints: DimensionScore[] = def.dimensions.map((d, i) => ({
    dimensionId: d.id,
    points: microToPoints(dimensionMicro[i]),
    maxPoints: round(d.points),
    share: round(dimensionMicro[i] / toMicro(d.points), 4),
    subDimensions: d.subDimensions.map((sub) => ({
      subDimensionId: sub.id,
      points: microToPoints(d.items.filter((it) => it.subDimensionId === sub.id).reduce((sum, it) => sum + (itemMicro.get(it.id) ?? 0), 0)),
      maxPoints: round(sub.points),
    })),
  }));

  return {
    totalPoints: microToPoints(totalMicro),
    dimensionPoints,
    itemPoints: def.dimensions.flatMap((d) =>
      d.items.map((item) => ({ itemId: item.id, points: microToPoints(itemMicro.get(item.id) ?? 0) })),
    ),
    sceneLevels,
    level,
    decidedBy: {
      level,
      minPoints: reached ? reached.minPoints : null,
      minScenes: reached ? reached.minScenes : null,
      minConstraintScenes: reached ? reached.minConstraintScenes : null,
      scenesAtLevel: decidedCounts.scenes,
      constraintScenesAtLevel: decidedCounts.constraintScenes,
    },
    gaps: gapsFor(def, { level, totalMicro, chosen, levelOf, counts }),
  };
}

/** Micro-points an item earns with these options chosen (unknown options earn nothing). */
function itemEarned(item: AssessmentItem, optionIds: readonly string[]): number {
  const options = chosenOptions(item, optionIds);
  const max = toMicro(item.points);
  if (item.type === 'single') return options.length ? optionMicro(item, options[0]) : 0;
  return Math.min(
    max,
    options.reduce((sum, o) => sum + optionMicro(item, o), 0),
  );
}

function chosenOptions(item: AssessmentItem, optionIds: readonly string[]): AssessmentOption[] {
  const ids = new Set(optionIds);
  return item.options.filter((o) => ids.has(o.id));
}

/** What one option earns: its fraction of the item's points. */
function optionMicro(item: AssessmentItem, option: AssessmentOption): number {
  return toMicro(option.fraction * item.points);
}

/** The total on the framework's scale, in micro-points. */
function totalOf(def: AssessmentFrameworkDefinition, dimensionMicro: number[]): number {
  const max = toMicro(def.maxPoints);
  if (def.overall === 'sum')
    return Math.min(
      max,
      dimensionMicro.reduce((a, b) => a + b, 0),
    );
  const meanShare = def.dimensions.reduce((sum, d, i) => sum + dimensionMicro[i] / toMicro(d.points), 0) / def.dimensions.length;
  return Math.min(max, Math.round(meanShare * max));
}

function clampLevel(level: number | undefined): number {
  if (level === undefined || !Number.isFinite(level)) return 0;
  return Math.max(0, Math.min(4, Math.trunc(level)));
}

interface SceneCounts {
  scenes: number;
  constraintScenes: number;
}

/** Scenes at `level` or higher, and of them constraint scenes. */
function countScenes(def: AssessmentFrameworkDefinition, levelOf: Map<string, number>, level: number): SceneCounts {
  let scenes = 0;
  let constraintScenes = 0;
  for (const scene of def.scenes) {
    if ((levelOf.get(scene.id) ?? 0) >= level) {
      scenes += 1;
      if (scene.constraint) constraintScenes += 1;
    }
  }
  return { scenes, constraintScenes };
}

function ruleHolds(rule: LevelRule, totalMicro: number, counts: SceneCounts): boolean {
  return totalMicro >= toMicro(rule.minPoints) && counts.scenes >= rule.minScenes && counts.constraintScenes >= rule.minConstraintScenes;
}

interface GapInput {
  level: number;
  totalMicro: number;
  chosen: Map<string, string[]>;
  levelOf: Map<string, number>;
  counts: (level: number) => SceneCounts;
}

const NO_GAPS: AssessmentGaps = { nextLevel: null, pointsShort: 0, scenesShort: 0, constraintScenesShort: 0, items: [] };

/**
 * What is missing for the next level (level + 1, when the framework has a rule for it):
 * 1. the items to raise, largest gain first (framework order on ties), as many as close the points
 *    short (all of them when even all do not) — none when the points suffice;
 * 2. the scenes to raise to the next level: constraint scenes first while they are short, then any
 *    scenes for the rest; among candidates the ones already highest (cheapest to raise) first, then
 *    framework order.
 */
function gapsFor(def: AssessmentFrameworkDefinition, input: GapInput): AssessmentGaps {
  const next = def.levelRules.find((r) => r.level === input.level + 1);
  if (!next) return NO_GAPS;

  const shortMicro = Math.max(0, toMicro(next.minPoints) - input.totalMicro);
  const atNext = input.counts(next.level);
  const scenesShort = Math.max(0, next.minScenes - atNext.scenes);
  const constraintScenesShort = Math.max(0, next.minConstraintScenes - atNext.constraintScenes);

  return {
    nextLevel: next.level,
    pointsShort: microToPoints(shortMicro),
    scenesShort,
    constraintScenesShort,
    items: [...itemGaps(def, input.chosen, shortMicro), ...sceneGaps(def, input.levelOf, next.level, scenesShort, constraintScenesShort)],
  };
}

function itemGaps(def: AssessmentFrameworkDefinition, chosen: Map<string, string[]>, shortMicro: number): AssessmentGap[] {
  if (shortMicro <= 0) return [];
  const candidates: { gap: AssessmentGap; gainMicro: number; order: number }[] = [];
  let order = 0;
  for (const dimension of def.dimensions) {
    for (const item of dimension.items) {
      const step = nextStep(item, chosen.get(item.id) ?? []);
      order += 1;
      if (!step) continue;
      const gainMicro = onTotalScale(def, dimension, step.gainMicro);
      const gain = microToPoints(gainMicro);
      if (gain <= 0) continue;
      candidates.push({
        gainMicro,
        order,
        gap: {
          kind: 'item',
          key: `item:${item.id}`,
          itemId: item.id,
          dimensionId: dimension.id,
          businessArea: item.businessArea,
          toOptionId: step.optionId,
          gain,
        },
      });
    }
  }
  candidates.sort((a, b) => b.gainMicro - a.gainMicro || a.order - b.order);
  const taken: AssessmentGap[] = [];
  let covered = 0;
  for (const c of candidates) {
    if (covered >= shortMicro) break;
    taken.push(c.gap);
    covered += c.gainMicro;
  }
  return taken;
}

/**
 * An item's next step and what it adds (micro-points of the item):
 * - single choice: the next option up, i.e. the one with the smallest fraction above the current one
 *   (first in order on ties); unanswered counts as 0;
 * - multi-select: the unchosen non-exclusive option worth most (with "none" or nothing chosen, the
 *   best non-exclusive option), its gain limited by the item's cap.
 */
function nextStep(item: AssessmentItem, optionIds: readonly string[]): { optionId: string; gainMicro: number } | null {
  const current = chosenOptions(item, optionIds);
  const earned = itemEarned(item, optionIds);
  if (item.type === 'single') {
    const currentFraction = current.length ? current[0].fraction : 0;
    let best: AssessmentOption | null = null;
    for (const o of item.options) {
      if (o.fraction > currentFraction && (!best || o.fraction < best.fraction)) best = o;
    }
    return best ? { optionId: best.id, gainMicro: optionMicro(item, best) - earned } : null;
  }
  // "None" (exclusive) earns nothing and is dropped when another option is taken.
  const chosenIds = new Set(current.filter((o) => !o.exclusive).map((o) => o.id));
  let best: AssessmentOption | null = null;
  for (const o of item.options) {
    if (o.exclusive || chosenIds.has(o.id)) continue;
    if (!best || o.fraction > best.fraction) best = o;
  }
  if (!best) return null;
  const gainMicro = Math.min(toMicro(item.points), earned + optionMicro(item, best)) - earned;
  return gainMicro > 0 ? { optionId: best.id, gainMicro } : null;
}

/** An item's gain expressed in total points: as is for `sum`; for `mean_percent` its share of the dimension, averaged over the dimensions. */
function onTotalScale(def: AssessmentFrameworkDefinition, dimension: AssessmentDimension, gainMicro: number): number {
  if (def.overall === 'sum') return gainMicro;
  return Math.round(((gainMicro / toMicro(dimension.points)) * toMicro(def.maxPoints)) / def.dimensions.length);
}

function sceneGaps(
  def: AssessmentFrameworkDefinition,
  levelOf: Map<string, number>,
  nextLevel: number,
  scenesShort: number,
  constraintScenesShort: number,
): AssessmentGap[] {
  const below = def.scenes
    .map((scene, order) => ({ scene, order, level: levelOf.get(scene.id) ?? 0 }))
    .filter((c) => c.level < nextLevel)
    .sort((a, b) => b.level - a.level || a.order - b.order);
  const picked = below.filter((c) => c.scene.constraint).slice(0, constraintScenesShort);
  const rest = below.filter((c) => !picked.includes(c)).slice(0, Math.max(0, scenesShort - picked.length));
  return [...picked, ...rest].map(({ scene, level }) => ({
    kind: 'scene',
    key: `scene:${scene.id}`,
    sceneId: scene.id,
    businessArea: scene.businessArea,
    constraint: scene.constraint,
    fromLevel: level,
    toLevel: nextLevel,
  }));
}
