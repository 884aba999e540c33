import ExcelJS from 'exceljs';
import { painPointMatrix } from '../matrix/matrix';
import {
  surveyReportRows,
  ReportTenant,
  analysisSheet,
  matrixSheet,
  reportSheets,
  surveysSheet,
  tenantsSheet,
  workbookBuffer,
} from './workbook';

const tenant = (over: Partial<ReportTenant>): ReportTenant => ({
  id: '00000000-0000-4000-8000-000000000001',
  name: '甲',
  industrySection: 'C',
  scale: 'small',
  region: '苏州',
  emerging: false,
  manufacturingType: 'discrete',
  activeProjects: 1,
  progress: 0.5,
  transformationIndex: 0.5,
  health: 'on_track',
  kpisStale: 0,
  maturityLevel: 2,
  maturityPoints: 2.5,
  openPainPoints: 1,
  adoptedSolutions: 0,
  ...over,
});

const tenants = [
  tenant({ name: '乙精密', transformationIndex: 0.4 }),
  tenant({ id: '00000000-0000-4000-8000-000000000002', name: '甲科技', transformationIndex: 0.6 }),
  tenant({
    id: '00000000-0000-4000-8000-000000000003',
    name: '丙物流',
    industrySection: 'G',
    scale: 'micro',
    health: null,
    activeProjects: null,
    transformationIndex: null,
  }),
];

describe('the park workbook', () => {
  it('has one tenant row each, with Chinese headers in zh-CN and English ones otherwise', () => {
    const zh = tenantsSheet(tenants, 'zh-CN');
    expect(zh.name).toBe('企业');
    expect(zh.header[0]).toBe('企业名称');
    expect(zh.rows).toHaveLength(3);
    expect(zh.rows.find((r) => r[0] === '丙物流')?.slice(1, 3)).toEqual(['G 交通运输、仓储和邮政业', '微型']);
    const en = tenantsSheet(tenants, 'en-US');
    expect(en.header[0]).toBe('Name');
    expect(en.rows.find((r) => r[0] === '甲科技')?.[2]).toBe('Small');
  });

  it('crosses industry with scale as counts and mean index, with totals', () => {
    const s = analysisSheet(tenants, 'en-US');
    expect(s.header).toEqual([
      'Industry section',
      'Micro · Tenants',
      'Micro · Mean index',
      'Small · Tenants',
      'Small · Mean index',
      'Total · Tenants',
      'Total · Mean index',
    ]);
    expect(s.rows).toEqual([
      ['C Manufacturing', 0, null, 2, 0.5, 2, 0.5],
      ['G Transport, storage and postal services', 1, null, 0, null, 1, null],
      ['Total', 1, null, 2, 0.5, 3, 0.5],
    ]);
  });

  it('lists matrix cells and survey option percents', () => {
    const m = painPointMatrix([{ industrySection: 'C', painPointsByArea: { production: { count: 2, severitySum: 7 } } }], ['production']);
    expect(matrixSheet(m, 'zh-CN').rows).toEqual([['C 制造业', '生产制造', 2, 3.5, '是']]);
    expect(surveysSheet([{ survey: 'S', question: 'Q', option: 'A', count: 2, share: 2 / 3 }], 'en-US').rows).toEqual([
      ['S', 'Q', 'A', 2, 66.67],
    ]);
  });

  it('writes a workbook exceljs opens again, with the tenant rows', async () => {
    const buffer = await workbookBuffer(reportSheets({ tenants, matrix: painPointMatrix([], []), surveys: null }, 'zh-CN'));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(buffer as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['企业', '交叉分析', '痛点矩阵']);
    const names: string[] = [];
    wb.getWorksheet('企业')?.eachRow((row, i) => i > 1 && names.push(String(row.getCell(1).value)));
    expect(names.sort()).toEqual(['丙物流', '乙精密', '甲科技'].sort());
  });

  it('counts each option of choice and scale questions over the responses that answered, leaving text out', () => {
    const questions = [
      { surveyId: 's1', surveyTitle: 'S', id: 'q1', kind: 'single' as const, text: 'Q1', options: ['a', 'b'] },
      { surveyId: 's1', surveyTitle: 'S', id: 'q2', kind: 'multiple' as const, text: 'Q2', options: ['x', 'y'] },
      { surveyId: 's1', surveyTitle: 'S', id: 'q3', kind: 'scale' as const, text: 'Q3', options: [] },
      { surveyId: 's1', surveyTitle: 'S', id: 'q4', kind: 'text' as const, text: 'Q4', options: [] },
    ];
    const responses = [
      { surveyId: 's1', answers: { q1: 0, q2: [0, 1], q3: 5, q4: 'hi' } },
      { surveyId: 's1', answers: { q1: 0, q2: [1] } },
      { surveyId: 's1', answers: { q1: 1 } },
      { surveyId: 's2', answers: { q1: 1 } },
    ];
    const rows = surveyReportRows(questions, responses);
    expect(rows.filter((r) => r.question === 'Q1').map((r) => [r.option, r.count, r.share])).toEqual([
      ['a', 2, 2 / 3],
      ['b', 1, 1 / 3],
    ]);
    expect(rows.filter((r) => r.question === 'Q2').map((r) => [r.option, r.count, r.share])).toEqual([
      ['x', 1, 0.5],
      ['y', 2, 1],
    ]);
    expect(rows.filter((r) => r.question === 'Q3').map((r) => r.count)).toEqual([0, 0, 0, 0, 1]);
    expect(rows.some((r) => r.question === 'Q4')).toBe(false);
  });
});
