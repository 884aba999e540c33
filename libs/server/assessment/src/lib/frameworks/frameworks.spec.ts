import {
  AssessmentFrameworkDefinition,
  AssessmentFrameworkDefinitionSchema,
  AssessmentItem,
  LocalizedText,
} from '@xinzhi/shared-contracts';
import { loadBundledFrameworks } from './bundled';
import { checkFramework } from './check';
import euDmaDocument from './eu-dma-2024.json';
import miitDocument from './miit-sme-dl-2024.json';

const miit = (): AssessmentFrameworkDefinition => AssessmentFrameworkDefinitionSchema.parse(structuredClone(miitDocument));
const dma = (): AssessmentFrameworkDefinition => AssessmentFrameworkDefinitionSchema.parse(structuredClone(euDmaDocument));
const items = (def: AssessmentFrameworkDefinition): AssessmentItem[] => def.dimensions.flatMap((d) => d.items);
const item = (def: AssessmentFrameworkDefinition, id: string): AssessmentItem => {
  const found = items(def).find((i) => i.id === id);
  if (!found) throw new Error(`no item ${id}`);
  return found;
};

/**
 * The MIIT 2024 manufacturing table as the reference gives it: per question its type, and the points
 * of options A, B, C … in order.
 */
const MIIT_REFERENCE: Record<string, { type: 'single' | 'multi'; points: number[] }> = {
  q1: { type: 'multi', points: [0, 2, 2, 2, 2] },
  q2: { type: 'single', points: [0, 1.5, 3, 4.5, 6] },
  q3: { type: 'single', points: [0, 1.5, 3, 4.5, 6] },
  q4: { type: 'multi', points: [0, 0.7, 0.7, 0.7, 0.7, 0.7, 0.7, 0.7, 0.7, 0.7, 0.7, 0.7, 0.7, 0.7, 0.9] },
  q5: { type: 'single', points: [0, 2.5, 5, 7.5, 10] },
  q6: { type: 'multi', points: [0, 1.25, 1.25, 1.25, 1.25] },
  q7: { type: 'multi', points: [0, 1.25, 1.25, 1.25, 1.25] },
  q8: { type: 'single', points: [0, 1.5, 3, 4.5, 6, 7.5] },
  q9: { type: 'multi', points: [0, 1.875, 1.875, 1.875, 1.875] },
  q10: { type: 'multi', points: [0, 1.5, 1.5, 1.5, 1.5, 1.5] },
  q11: { type: 'single', points: [0, 1.875, 3.75, 5.625, 7.5] },
  q12: { type: 'single', points: [0, 3.5, 7] },
  q13: { type: 'single', points: [0, 3.5, 7] },
  q14: { type: 'single', points: [0, 1.5, 3] },
  q15: { type: 'single', points: [0, 1.5, 3] },
};

/** Item points of the reference: a single-choice item's best option, a multi-select's options together. */
const referenceItemPoints = (id: string): number => {
  const { type, points } = MIIT_REFERENCE[id];
  return type === 'single' ? Math.max(...points) : points.reduce((a, b) => a + b, 0);
};

const CONSTRAINT_SCENES = [
  'product_design',
  'marketing',
  'production_control',
  'quality',
  'equipment',
  'safety',
  'energy',
  'purchasing',
  'warehousing',
  'finance',
];

/** Every LocalizedText in a document, with where it is. */
function texts(value: unknown, path = ''): { path: string; text: LocalizedText }[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => texts(v, `${path}[${i}]`));
  if (value === null || typeof value !== 'object') return [];
  const record = value as Record<string, unknown>;
  if ('zh-CN' in record || 'en-US' in record) return [{ path, text: record as LocalizedText }];
  return Object.entries(record).flatMap(([key, v]) => texts(v, path ? `${path}.${key}` : key));
}

describe('bundled framework documents', () => {
  it('load: both parse with the contract schema and check clean', () => {
    const frameworks = loadBundledFrameworks();
    expect(frameworks.map((f) => `${f.key}/${f.version}`)).toEqual(['miit-sme-dl/2024', 'eu-dma/2024']);
    for (const def of frameworks) expect(checkFramework(def)).toEqual([]);
  });

  it.each([
    ['miit', miit],
    ['dma', dma],
  ])('%s: every text is in both languages, and the Chinese one is Chinese', (_name, load) => {
    const all = texts(load());
    expect(all.length).toBeGreaterThan(20);
    for (const { path, text } of all) {
      expect({ path, zh: text['zh-CN']?.trim().length > 0, en: text['en-US']?.trim().length > 0 }).toEqual({ path, zh: true, en: true });
      if (!path.endsWith('.unit')) expect({ path, chinese: /[\u4e00-\u9fff]/.test(text['zh-CN']) }).toEqual({ path, chinese: true });
    }
  });

  it.each([
    ['miit', miit],
    ['dma', dma],
  ])('%s: option a of every multi-select is the exclusive "none" worth nothing', (_name, load) => {
    for (const multi of items(load()).filter((i) => i.type === 'multi')) {
      expect({
        item: multi.id,
        first: multi.options[0].id,
        exclusive: multi.options[0].exclusive,
        fraction: multi.options[0].fraction,
      }).toEqual({
        item: multi.id,
        first: `${multi.id}-a`,
        exclusive: true,
        fraction: 0,
      });
      expect(multi.options.slice(1).filter((o) => o.exclusive)).toEqual([]);
    }
  });
});

describe('MIIT SME digitalisation level, 2024', () => {
  it('is the manufacturing table, summed to 100 points', () => {
    const def = miit();
    expect([def.key, def.version, def.industryTable, def.overall, def.maxPoints]).toEqual([
      'miit-sme-dl',
      '2024',
      'manufacturing',
      'sum',
      100,
    ]);
  });

  it('has the reference dimensions and sub-dimensions with their points', () => {
    const def = miit();
    expect(def.dimensions.map((d) => [d.id, d.points])).toEqual([
      ['foundation', 50],
      ['management', 30],
      ['results', 20],
    ]);
    expect(def.dimensions.flatMap((d) => d.subDimensions.map((s) => [s.id, s.points]))).toEqual([
      ['equipment_systems', 20],
      ['data_collection', 10],
      ['information_systems', 10],
      ['security', 10],
      ['planning', 15],
      ['resources', 15],
      ['green', 7],
      ['quality', 7],
      ['market', 6],
    ]);
    expect(def.dimensions.map((d) => d.items.map((i) => i.id))).toEqual([
      ['q1', 'q2', 'q3', 'q4', 'q5', 'q6', 'q7'],
      ['q8', 'q9', 'q10', 'q11'],
      ['q12', 'q13', 'q14', 'q15'],
    ]);
  });

  it.each(Object.keys(MIIT_REFERENCE))('%s earns the reference points per option', (id) => {
    const reference = MIIT_REFERENCE[id];
    const question = item(miit(), id);
    expect(question.type).toBe(reference.type);
    expect(question.points).toBeCloseTo(referenceItemPoints(id), 9);
    expect(question.options.map((o) => o.id)).toEqual(reference.points.map((_p, i) => `${id}-${String.fromCharCode(97 + i)}`));
    question.options.forEach((option, i) => expect(option.fraction * question.points).toBeCloseTo(reference.points[i], 9));
  });

  it('gives every question the official wording, a prompt and a help text', () => {
    for (const question of items(miit())) {
      expect(question.official).toMatch(/^企业/);
      expect(question.help['zh-CN'].length).toBeGreaterThan(40);
      expect(question.help['en-US'].length).toBeGreaterThan(80);
    }
    expect(item(miit(), 'q8').options[5].official).toBe('定期组织员工去数字化建设成效较好的同行业公司参观交流，增强数字化转型意识');
    expect(item(miit(), 'q8').help['zh-CN']).toContain('已经能够输出数字化转型成果或经验供同行借鉴');
  });

  it('chooses bands from evidence: shares for Q2, Q3, Q11 and changes for Q12–Q15', () => {
    const def = miit();
    const bands = [
      { optionId: 'a', abovePercent: null, upToPercent: 10 },
      { optionId: 'b', abovePercent: 10, upToPercent: 20 },
      { optionId: 'c', abovePercent: 20, upToPercent: 40 },
      { optionId: 'd', abovePercent: 40, upToPercent: 60 },
      { optionId: 'e', abovePercent: 60, upToPercent: 100 },
    ];
    const share = (id: string, numerator: string, denominator: string) => ({
      kind: 'share',
      numerator,
      denominator,
      bands: bands.map((b) => ({ ...b, optionId: `${id}-${b.optionId}` })),
    });
    expect(item(def, 'q2').evidence?.rule).toEqual(share('q2', 'devices_digitised', 'devices_total'));
    expect(item(def, 'q3').evidence?.rule).toEqual(share('q3', 'devices_networked', 'devices_total'));
    expect(item(def, 'q11').evidence?.rule).toEqual(share('q11', 'digital_spend', 'revenue'));
    const change = (id: string) => {
      const rule = item(def, id).evidence?.rule;
      return rule?.kind === 'change' ? [rule.upOptionId, rule.flatOptionId, rule.downOptionId, rule.flatWithin] : null;
    };
    expect(change('q12')).toEqual(['q12-a', 'q12-b', 'q12-c', 0.01]);
    expect(change('q13')).toEqual(['q13-c', 'q13-b', 'q13-a', 0.01]);
    expect(change('q14')).toEqual(['q14-c', 'q14-b', 'q14-a', 0.01]);
    expect(change('q15')).toEqual(['q15-a', 'q15-b', 'q15-c', 0.01]);
    expect(item(def, 'q12').evidence?.rule).toMatchObject({
      current: 'energy_last_year',
      currentPer: 'revenue_last_year',
      previousPer: 'revenue_year_before',
    });
    expect(item(def, 'q14').evidence?.rule).toMatchObject({ currentPer: 'employees_last_year', previousPer: 'employees_year_before' });
    expect(
      items(def)
        .filter((i) => i.evidence)
        .map((i) => i.id),
    ).toEqual(['q2', 'q3', 'q11', 'q12', 'q13', 'q14', 'q15']);
  });

  it('has the 16 scenes in their four groups, the reference 10 of them constraint scenes', () => {
    const def = miit();
    expect(def.sceneGroups.map((g) => g.id)).toEqual(['product_lifecycle', 'production', 'supply_chain', 'management_decision']);
    expect(def.scenes).toHaveLength(16);
    const byGroup = Object.fromEntries(def.sceneGroups.map((g) => [g.id, def.scenes.filter((s) => s.group === g.id).map((s) => s.id)]));
    expect(byGroup).toEqual({
      product_lifecycle: ['product_design', 'process_design', 'marketing', 'after_sales'],
      production: ['scheduling', 'production_control', 'quality', 'equipment', 'safety', 'energy'],
      supply_chain: ['purchasing', 'warehousing'],
      management_decision: ['finance', 'hr', 'office', 'decision'],
    });
    expect(
      def.scenes
        .filter((s) => s.constraint)
        .map((s) => s.id)
        .sort(),
    ).toEqual([...CONSTRAINT_SCENES].sort());
    expect(
      def.scenes
        .filter((s) => s.constraint)
        .map((s) => s.official)
        .sort(),
    ).toEqual(
      ['产品设计', '营销管理', '生产管控', '质量管理', '设备管理', '安全生产', '能耗管理', '采购管理', '仓储物流', '财务管理'].sort(),
    );
    for (const scene of def.scenes) {
      expect(scene.levels.map((l) => l.level)).toEqual([1, 2, 3, 4]);
      for (const level of scene.levels) expect(level.official).toMatch(/^[\u4e00-\u9fff].{15,}。$/);
    }
  });

  it('has the reference level rule', () => {
    expect(miit().levelRules.map((r) => [r.level, r.minPoints, r.minScenes, r.minConstraintScenes])).toEqual([
      [1, 20, 6, 3],
      [2, 40, 6, 3],
      [3, 60, 8, 5],
      [4, 80, 10, 6],
    ]);
  });
});

describe('EU DMA, 2024', () => {
  it('has six dimensions of 100 points each, averaged, without scenes', () => {
    const def = dma();
    expect([def.key, def.version, def.industryTable, def.overall, def.maxPoints]).toEqual(['eu-dma', '2024', 'all', 'mean_percent', 100]);
    expect(def.dimensions.map((d) => [d.id, d.points])).toEqual([
      ['digital_strategy', 100],
      ['digital_readiness', 100],
      ['human_centric', 100],
      ['data_management', 100],
      ['automation_ai', 100],
      ['green', 100],
    ]);
    expect(def.scenes).toEqual([]);
    expect(def.sceneGroups).toEqual([]);
    expect(def.levelRules.map((r) => [r.level, r.name['en-US'], r.minPoints, r.minScenes, r.minConstraintScenes])).toEqual([
      [1, 'Basic', 0, 0, 0],
      [2, 'Average', 26, 0, 0],
      [3, 'Moderately advanced', 51, 0, 0],
      [4, 'Advanced', 76, 0, 0],
    ]);
  });
});

describe('checkFramework', () => {
  /** Break a copy of the MIIT document one way, and expect the check to say so. */
  const broken = (breakIt: (def: AssessmentFrameworkDefinition) => void): string[] => {
    const def = miit();
    breakIt(def);
    return checkFramework(def);
  };
  const dimension = (def: AssessmentFrameworkDefinition, id: string) => {
    const found = def.dimensions.find((d) => d.id === id);
    if (!found) throw new Error(`no dimension ${id}`);
    return found;
  };
  const evidence = (def: AssessmentFrameworkDefinition, id: string) => {
    const found = item(def, id).evidence;
    if (!found) throw new Error(`item ${id} has no evidence`);
    return found;
  };
  const shareRule = (def: AssessmentFrameworkDefinition, id: string) => {
    const rule = evidence(def, id).rule;
    if (rule.kind !== 'share') throw new Error(`item ${id} has no share rule`);
    return rule;
  };
  const changeRule = (def: AssessmentFrameworkDefinition, id: string) => {
    const rule = evidence(def, id).rule;
    if (rule.kind !== 'change') throw new Error(`item ${id} has no change rule`);
    return rule;
  };

  it('finds nothing wrong with the documents as shipped', () => {
    expect(checkFramework(miit())).toEqual([]);
    expect(checkFramework(dma())).toEqual([]);
  });

  it.each<[string, (def: AssessmentFrameworkDefinition) => void, RegExp]>([
    [
      'a duplicate dimension id',
      (def) => (dimension(def, 'results').id = 'management'),
      /dimension id "management" is used more than once/,
    ],
    ['a duplicate item id', (def) => (item(def, 'q15').id = 'q14'), /item id "q14" is used more than once/],
    [
      'a duplicate option id within an item',
      (def) => (item(def, 'q5').options[2].id = 'q5-b'),
      /item "q5": option id "q5-b" is used more than once/,
    ],
    ['a duplicate scene id', (def) => (def.scenes[1].id = def.scenes[0].id), /scene id "product_design" is used more than once/],
    [
      'a duplicate scene group id',
      (def) => (def.sceneGroups[1].id = def.sceneGroups[0].id),
      /scene group id "product_lifecycle" is used more than once/,
    ],
    [
      'a step id both a dimension and a scene group',
      (def) => (def.sceneGroups[0].id = 'results'),
      /step id "results" is both a dimension and a scene group/,
    ],
    [
      'a dimension whose items do not add up',
      (def) => (dimension(def, 'results').points = 21),
      /dimension "results" has 21 points but its items add up to 20/,
    ],
    [
      'a sub-dimension whose items do not add up',
      (def) => (dimension(def, 'results').subDimensions[0].points = 8),
      /sub-dimension "green" has 8 points but its items add up to 7/,
    ],
    [
      'an unknown sub-dimension',
      (def) => (item(def, 'q1').subDimensionId = 'planning'),
      /item "q1" names sub-dimension "planning", which dimension "foundation" does not have/,
    ],
    [
      'dimensions that miss the maximum of a sum framework',
      (def) => {
        item(def, 'q15').points = 4;
        dimension(def, 'results').points = 21;
        dimension(def, 'results').subDimensions[2].points = 7;
      },
      /the dimensions add up to 101 points, not the framework's maximum of 100/,
    ],
    [
      'a mean-percent dimension not of 100 points',
      (def) => (def.overall = 'mean_percent'),
      /dimension "foundation" has 50 points; in a mean-percent framework every dimension has 100/,
    ],
    [
      'a single-choice item without a full-points option',
      (def) => (item(def, 'q5').options[4].fraction = 0.9),
      /item "q5": a single-choice item's best option must earn the full points/,
    ],
    [
      'multi-select options that do not add up to 1',
      (def) => (item(def, 'q4').options[14].fraction = 0.07),
      /item "q4": the options of a multi-select item must add up .* 0\.98/,
    ],
    [
      'two exclusive options in a multi-select',
      (def) => {
        const q6 = item(def, 'q6');
        q6.options.push({ ...q6.options[0], id: 'q6-z' });
      },
      /item "q6": a multi-select item has at most one exclusive \("none"\) option, not 2/,
    ],
    [
      'an exclusive option that earns points',
      (def) => {
        const q7 = item(def, 'q7');
        q7.options[0].fraction = 0.25;
      },
      /item "q7": exclusive \("none"\) option "q7-a" must earn nothing/,
    ],
    [
      'an evidence rule naming a missing field',
      (def) => (evidence(def, 'q3').fields = evidence(def, 'q3').fields.slice(0, 1)),
      /item "q3": the evidence rule's numerator "devices_networked" is not one of the item's evidence fields/,
    ],
    [
      'a change rule naming a missing per-field',
      (def) => (evidence(def, 'q14').fields = evidence(def, 'q14').fields.slice(0, 3)),
      /item "q14": the evidence rule's previousPer "employees_year_before" is not one of the item's evidence fields/,
    ],
    [
      'a band naming an option of another item',
      (def) => {
        const rule = shareRule(def, 'q2');
        rule.bands[2].optionId = 'q3-c';
      },
      /item "q2": the evidence rule's band 3 option "q3-c" is not an option of this item/,
    ],
    [
      'a change rule naming a missing option',
      (def) => {
        const rule = changeRule(def, 'q12');
        rule.downOptionId = 'q12-d';
      },
      /item "q12": the evidence rule's down option "q12-d" is not an option of this item/,
    ],
    [
      'bands with a hole',
      (def) => {
        const rule = shareRule(def, 'q11');
        rule.bands[2].abovePercent = 25;
      },
      /item "q11": band 3 must start where band 2 ends \(above 20 %\), not above 25/,
    ],
    [
      'bands out of order',
      (def) => {
        const rule = shareRule(def, 'q2');
        [rule.bands[1], rule.bands[2]] = [rule.bands[2], rule.bands[1]];
      },
      /item "q2": band 2 must start where band 1 ends/,
    ],
    [
      'bands that do not start at 0',
      (def) => {
        const rule = shareRule(def, 'q3');
        rule.bands[0].abovePercent = 5;
      },
      /item "q3": the first band must start at 0 %/,
    ],
    [
      'bands that stop short of 100',
      (def) => {
        const rule = shareRule(def, 'q3');
        rule.bands[4].upToPercent = 90;
      },
      /item "q3": the last band must end at 100 %, not 90 %/,
    ],
    [
      'a scene in a group that does not exist',
      (def) => (def.scenes[3].group = 'sales'),
      /scene "after_sales" is in group "sales", which does not exist/,
    ],
    [
      'level rules out of order',
      (def) => ([def.levelRules[1], def.levelRules[2]] = [def.levelRules[2], def.levelRules[1]]),
      /level rule 2 comes after level rule 3: levels must increase/,
    ],
    [
      'a level rule needing fewer points than the one below',
      (def) => (def.levelRules[2].minPoints = 30),
      /level rule 3 needs 30 points, fewer than level rule 2 \(40\)/,
    ],
    [
      'a level rule needing more scenes than there are',
      (def) => (def.levelRules[3].minScenes = 17),
      /level rule 4 needs 17 scenes, but the framework has 16/,
    ],
  ])('catches %s', (_what, breakIt, expected) => {
    const problems = broken(breakIt);
    expect(problems.some((p) => expected.test(p))).toBe(true);
  });

  it('says nothing else when one thing is broken', () => {
    expect(broken((def) => (item(def, 'q5').options[4].fraction = 0.9))).toEqual([
      expect.stringMatching(/^item "q5": a single-choice item's best option must earn the full points/),
    ]);
  });

  afterEach(() => {
    jest.dontMock('./miit-sme-dl-2024.json');
    jest.dontMock('./eu-dma-2024.json');
  });

  it('loadBundledFrameworks refuses a broken document, naming the file and the problem', () => {
    const def = miit();
    dimension(def, 'results').points = 21;
    jest.isolateModules(() => {
      jest.doMock('./miit-sme-dl-2024.json', () => def);
      const { loadBundledFrameworks: load } = require('./bundled') as typeof import('./bundled');
      expect(() => load()).toThrow(/miit-sme-dl-2024\.json is not sound:\n- dimension "results" has 21 points but its items add up to 20/);
    });
  });

  it('loadBundledFrameworks refuses a document that does not match the schema', () => {
    const def = { ...miit(), maxPoints: -1 };
    jest.isolateModules(() => {
      jest.doMock('./eu-dma-2024.json', () => def);
      const { loadBundledFrameworks: load } = require('./bundled') as typeof import('./bundled');
      expect(() => load()).toThrow(/eu-dma-2024\.json does not match the schema:\n- maxPoints/);
    });
  });
});
