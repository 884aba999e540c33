import { AssessmentFrameworkDefinition, AssessmentItem, SCENE_LEVEL_MAX } from '@xinzhi/shared-contracts';

/** Points and fractions are decimals (1.875, 0.07 × 13 …): sums agree within this. */
const TOLERANCE = 1e-9;

const near = (a: number, b: number): boolean => Math.abs(a - b) <= TOLERANCE;
const sum = (values: number[]): number => values.reduce((total, v) => total + v, 0);

/** The ids that occur more than once, each named once. */
function duplicates(ids: string[]): string[] {
  const seen = new Set<string>();
  const twice = new Set<string>();
  for (const id of ids) (seen.has(id) ? twice : seen).add(id);
  return [...twice];
}

/**
 * Structural problems of a framework document, in plain words (empty = fine). The contract's schema
 * checks each field; this checks what the fields must agree on: unique keys, points that add up,
 * options that earn the item's full points, evidence rules that name real fields and options, scene
 * groups that exist, and a level rule that climbs.
 */
export function checkFramework(def: AssessmentFrameworkDefinition): string[] {
  const problems: string[] = [];
  const say = (problem: string) => problems.push(problem);

  for (const id of duplicates(def.dimensions.map((d) => d.id))) say(`dimension id "${id}" is used more than once`);
  for (const id of duplicates(def.dimensions.flatMap((d) => d.items.map((i) => i.id)))) say(`item id "${id}" is used more than once`);
  for (const id of duplicates(def.sceneGroups.map((g) => g.id))) say(`scene group id "${id}" is used more than once`);
  for (const id of duplicates(def.scenes.map((s) => s.id))) say(`scene id "${id}" is used more than once`);
  const groupIds = new Set(def.sceneGroups.map((g) => g.id));
  for (const dimension of def.dimensions) {
    if (groupIds.has(dimension.id)) say(`step id "${dimension.id}" is both a dimension and a scene group`);
  }

  for (const dimension of def.dimensions) {
    const where = `dimension "${dimension.id}"`;
    const itemPoints = sum(dimension.items.map((i) => i.points));
    if (!near(itemPoints, dimension.points)) say(`${where} has ${dimension.points} points but its items add up to ${round(itemPoints)}`);
    for (const id of duplicates(dimension.subDimensions.map((s) => s.id))) say(`${where}: sub-dimension id "${id}" is used more than once`);
    const subIds = new Set(dimension.subDimensions.map((s) => s.id));
    for (const item of dimension.items) {
      if (!subIds.has(item.subDimensionId))
        say(`item "${item.id}" names sub-dimension "${item.subDimensionId}", which ${where} does not have`);
    }
    for (const sub of dimension.subDimensions) {
      const subPoints = sum(dimension.items.filter((i) => i.subDimensionId === sub.id).map((i) => i.points));
      if (!near(subPoints, sub.points))
        say(`sub-dimension "${sub.id}" has ${sub.points} points but its items add up to ${round(subPoints)}`);
    }
    for (const item of dimension.items) problems.push(...itemProblems(item));
  }

  const dimensionTotal = sum(def.dimensions.map((d) => d.points));
  if (def.overall === 'sum' && !near(dimensionTotal, def.maxPoints)) {
    say(`the dimensions add up to ${round(dimensionTotal)} points, not the framework's maximum of ${def.maxPoints}`);
  }
  if (def.overall === 'mean_percent') {
    for (const dimension of def.dimensions) {
      if (!near(dimension.points, 100))
        say(`dimension "${dimension.id}" has ${dimension.points} points; in a mean-percent framework every dimension has 100`);
    }
  }

  for (const scene of def.scenes) {
    if (!groupIds.has(scene.group)) say(`scene "${scene.id}" is in group "${scene.group}", which does not exist`);
    const levels = scene.levels.map((l) => l.level);
    if (levels.some((level, index) => level !== index + 1)) {
      say(`scene "${scene.id}" must describe levels 1 to ${SCENE_LEVEL_MAX} in order, not ${levels.join(', ')}`);
    }
  }

  const constraintScenes = def.scenes.filter((s) => s.constraint).length;
  def.levelRules.forEach((rule, index) => {
    const where = `level rule ${rule.level}`;
    const before = def.levelRules[index - 1];
    if (before && rule.level <= before.level) say(`${where} comes after level rule ${before.level}: levels must increase`);
    if (before && rule.minPoints < before.minPoints)
      say(`${where} needs ${rule.minPoints} points, fewer than level rule ${before.level} (${before.minPoints})`);
    if (rule.minPoints > def.maxPoints)
      say(`${where} needs ${rule.minPoints} points, more than the framework's maximum of ${def.maxPoints}`);
    if (rule.minScenes > def.scenes.length) say(`${where} needs ${rule.minScenes} scenes, but the framework has ${def.scenes.length}`);
    if (rule.minConstraintScenes > constraintScenes) {
      say(`${where} needs ${rule.minConstraintScenes} constraint scenes, but the framework has ${constraintScenes}`);
    }
    if (rule.minConstraintScenes > rule.minScenes)
      say(`${where} needs more constraint scenes (${rule.minConstraintScenes}) than scenes (${rule.minScenes})`);
  });

  return problems;
}

function itemProblems(item: AssessmentItem): string[] {
  const problems: string[] = [];
  const where = `item "${item.id}"`;
  const say = (problem: string) => problems.push(`${where}: ${problem}`);

  for (const id of duplicates(item.options.map((o) => o.id))) say(`option id "${id}" is used more than once`);
  const optionIds = new Set(item.options.map((o) => o.id));

  if (item.type === 'single') {
    const highest = Math.max(...item.options.map((o) => o.fraction));
    if (!near(highest, 1))
      say(`a single-choice item's best option must earn the full points (fraction 1), but the highest is ${round(highest)}`);
    if (item.options.some((o) => o.exclusive)) say('only a multi-select item has an exclusive ("none") option');
  } else {
    const exclusive = item.options.filter((o) => o.exclusive);
    const others = item.options.filter((o) => !o.exclusive);
    const total = sum(others.map((o) => o.fraction));
    if (!near(total, 1))
      say(`the options of a multi-select item must add up to the full points (fractions summing to 1), but they add up to ${round(total)}`);
    if (exclusive.length > 1) say(`a multi-select item has at most one exclusive ("none") option, not ${exclusive.length}`);
    for (const option of exclusive) {
      if (option.fraction !== 0) say(`exclusive ("none") option "${option.id}" must earn nothing (fraction 0), not ${option.fraction}`);
    }
  }

  const evidence = item.evidence;
  if (!evidence) return problems;
  const fieldIds = new Set(evidence.fields.map((f) => f.id));
  for (const id of duplicates(evidence.fields.map((f) => f.id))) say(`evidence field id "${id}" is used more than once`);
  const needField = (role: string, id: string | undefined) => {
    if (id !== undefined && !fieldIds.has(id)) say(`the evidence rule's ${role} "${id}" is not one of the item's evidence fields`);
  };
  const needOption = (role: string, id: string) => {
    if (!optionIds.has(id)) say(`the evidence rule's ${role} option "${id}" is not an option of this item`);
  };
  const rule = evidence.rule;
  if (rule.kind === 'share') {
    needField('numerator', rule.numerator);
    needField('denominator', rule.denominator);
    let expectedAbove: number | null = null;
    rule.bands.forEach((band, index) => {
      needOption(`band ${index + 1}`, band.optionId);
      if (index === 0 && band.abovePercent !== null)
        say(`the first band must start at 0 % (abovePercent null), not above ${band.abovePercent} %`);
      if (index > 0 && band.abovePercent !== expectedAbove) {
        say(`band ${index + 1} must start where band ${index} ends (above ${expectedAbove} %), not above ${band.abovePercent ?? 'null'}`);
      }
      if (band.abovePercent !== null && band.upToPercent <= band.abovePercent)
        say(`band ${index + 1} ends (${band.upToPercent} %) where or before it starts`);
      expectedAbove = band.upToPercent;
    });
    const last = rule.bands[rule.bands.length - 1];
    if (last && last.upToPercent !== 100) say(`the last band must end at 100 %, not ${last.upToPercent} %`);
    if (item.type !== 'single') say('an evidence rule chooses one option, so the item must be single-choice');
  } else {
    needField('current', rule.current);
    needField('previous', rule.previous);
    needField('currentPer', rule.currentPer);
    needField('previousPer', rule.previousPer);
    if ((rule.currentPer === undefined) !== (rule.previousPer === undefined))
      say('the evidence rule needs both currentPer and previousPer, or neither');
    needOption('up', rule.upOptionId);
    needOption('flat', rule.flatOptionId);
    needOption('down', rule.downOptionId);
    if (new Set([rule.upOptionId, rule.flatOptionId, rule.downOptionId]).size < 3)
      say('the evidence rule must name three different options for up, flat and down');
    if (item.type !== 'single') say('an evidence rule chooses one option, so the item must be single-choice');
  }
  return problems;
}

/** A sum shown without floating-point noise (0.9100000000000001 → 0.91). */
function round(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}
