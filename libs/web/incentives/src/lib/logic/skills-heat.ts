import type { SkillsMatrix, SkillTag } from '@xinzhi/shared-contracts';

/** Heat of a cell: 0 = no hours, 1–4 = a quarter of the largest cell each. */
export type HeatLevel = 0 | 1 | 2 | 3 | 4;

/** The heat level of `hours` against the largest member × skill cell `max`. */
export function heatLevel(hours: number, max: number): HeatLevel {
  if (!(hours > 0) || !(max > 0)) return 0;
  return Math.min(4, Math.max(1, Math.ceil((hours / max) * 4))) as HeatLevel;
}

export interface SkillColumn {
  skill: SkillTag;
  /** Hours of all members in this skill. */
  total: number;
  /** Members with any hours in it. */
  people: number;
  /** A thin spot of the organisation (the API's judgement: fewer than 2 people, or the fewest hours). */
  thin: boolean;
}

export interface SkillCell {
  skill: SkillTag;
  hours: number;
  level: HeatLevel;
  thin: boolean;
}

export interface SkillRow {
  userId: string;
  name: string;
  total: number;
  cells: SkillCell[];
}

export interface SkillsMatrixView {
  columns: SkillColumn[];
  rows: SkillRow[];
  /** The largest member × skill cell, the top of the heat scale. */
  max: number;
  /** Thin skills in column order. */
  thin: SkillColumn[];
  /** Hours of all courses, each counted once (the members' totals). */
  grandTotal: number;
}

/** The table the skills-matrix page draws: heat per cell, thin columns marked, totals per skill. */
export function skillsMatrixView(matrix: SkillsMatrix): SkillsMatrixView {
  const thinSet = new Set(matrix.thin);
  const max = Math.max(0, ...matrix.members.flatMap((member) => matrix.skills.map((skill) => member.hours[skill] ?? 0)));
  const columns: SkillColumn[] = matrix.skills.map((skill) => ({
    skill,
    total: matrix.totals[skill] ?? 0,
    people: matrix.members.filter((member) => (member.hours[skill] ?? 0) > 0).length,
    thin: thinSet.has(skill),
  }));
  const rows: SkillRow[] = matrix.members.map((member) => ({
    userId: member.userId,
    name: member.name,
    total: member.total,
    cells: columns.map(({ skill, thin }) => {
      const hours = member.hours[skill] ?? 0;
      return { skill, hours, level: heatLevel(hours, max), thin };
    }),
  }));
  const grandTotal = matrix.members.reduce((sum, member) => sum + member.total, 0);
  return { columns, rows, max, thin: columns.filter((column) => column.thin), grandTotal };
}
