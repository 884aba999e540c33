import { SKILL_TAGS, type SkillsMatrix, type SkillTag } from '@xinzhi/shared-contracts';
import { heatLevel, skillsMatrixView } from './skills-heat';

const hours = (h: Partial<Record<SkillTag, number>>) =>
  Object.fromEntries(SKILL_TAGS.map((s) => [s, h[s] ?? 0])) as Record<SkillTag, number>;

describe('skills matrix heat', () => {
  it('maps hours to five levels against the largest cell', () => {
    expect(heatLevel(0, 32)).toBe(0);
    expect(heatLevel(1, 32)).toBe(1);
    expect(heatLevel(8, 32)).toBe(1);
    expect(heatLevel(9, 32)).toBe(2);
    expect(heatLevel(16, 32)).toBe(2);
    expect(heatLevel(24, 32)).toBe(3);
    expect(heatLevel(25, 32)).toBe(4);
    expect(heatLevel(32, 32)).toBe(4);
    expect(heatLevel(5, 0)).toBe(0);
    expect(heatLevel(Number.NaN, 10)).toBe(0);
  });

  it('builds rows with heat, columns with people and the thin skills marked', () => {
    const matrix: SkillsMatrix = {
      skills: [...SKILL_TAGS],
      members: [
        { userId: 'a', name: 'Ann', hours: hours({ data_analysis: 24, iot: 32, automation: 32 }), total: 56 },
        { userId: 'b', name: 'Bo', hours: hours({ data_analysis: 6, security: 8 }), total: 14 },
        { userId: 'c', name: 'Cy', hours: hours({}), total: 0 },
      ],
      totals: hours({ data_analysis: 30, iot: 32, automation: 32, security: 8 }),
      thin: ['ai', 'iot', 'cloud', 'automation', 'security', 'digital_management', 'industrial_software'],
    };
    const view = skillsMatrixView(matrix);
    expect(view.max).toBe(32);
    expect(view.grandTotal).toBe(70);
    expect(view.columns.find((c) => c.skill === 'data_analysis')).toEqual({ skill: 'data_analysis', total: 30, people: 2, thin: false });
    expect(view.columns.find((c) => c.skill === 'security')).toEqual({ skill: 'security', total: 8, people: 1, thin: true });
    expect(view.thin.map((c) => c.skill)).toEqual(matrix.thin);
    const ann = view.rows[0];
    expect(ann.cells.find((c) => c.skill === 'data_analysis')).toEqual({ skill: 'data_analysis', hours: 24, level: 3, thin: false });
    expect(ann.cells.find((c) => c.skill === 'iot')?.level).toBe(4);
    expect(view.rows[1].cells.find((c) => c.skill === 'data_analysis')?.level).toBe(1);
    expect(view.rows[2].cells.every((c) => c.level === 0)).toBe(true);
  });

  it('copes with an enterprise without training', () => {
    const view = skillsMatrixView({ skills: [...SKILL_TAGS], members: [], totals: hours({}), thin: [...SKILL_TAGS] });
    expect(view.max).toBe(0);
    expect(view.rows).toEqual([]);
    expect(view.thin).toHaveLength(SKILL_TAGS.length);
  });
});
