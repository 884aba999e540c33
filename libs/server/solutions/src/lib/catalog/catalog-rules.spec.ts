import { TemplateKpi } from '@xinzhi/shared-contracts';
import { catalogProblems } from './catalog-rules';

const kpi = (over: Partial<TemplateKpi> = {}): TemplateKpi => ({
  name: '库存准确率',
  unit: '%',
  direction: 'higher_is_better',
  category: 'quality',
  baseline: 85,
  target: 99,
  ...over,
});

describe('catalogProblems', () => {
  it('accepts a sound solution', () => {
    expect(
      catalogProblems({
        scenes: [
          { sceneId: 'warehousing', toLevel: 2 },
          { sceneId: 'purchasing', toLevel: 2 },
        ],
        templateTasks: [{ title: '梳理库位' }, { title: '上线扫码出入库' }],
        templateKpis: [kpi(), kpi({ name: '盘点差异率', direction: 'lower_is_better', baseline: 5, target: 1 })],
      }),
    ).toEqual([]);
  });

  it('names unknown and repeated scenes', () => {
    const problems = catalogProblems({
      scenes: [
        { sceneId: 'warehousing', toLevel: 2 },
        { sceneId: 'teleportation', toLevel: 2 },
        { sceneId: 'warehousing', toLevel: 3 },
      ],
      templateTasks: [],
      templateKpis: [],
    });
    expect(problems.map((p) => [p.field, p.code])).toEqual([
      ['scenes.1.sceneId', 'isIn'],
      ['scenes.2.sceneId', 'unique'],
    ]);
  });

  it('names repeated template titles and a KPI whose target is its baseline', () => {
    const problems = catalogProblems({
      scenes: [],
      templateTasks: [{ title: '培训' }, { title: ' 培训 ' }],
      templateKpis: [kpi(), kpi({ name: 'X', target: 85 })],
    });
    expect(problems.map((p) => p.field)).toEqual(['templateTasks.1.title', 'templateKpis.1.target']);
  });
});
