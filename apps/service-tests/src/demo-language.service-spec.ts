import { demoSchemes, DEMO_COURSES, DEMO_REJECTION } from '@xinzhi/server-incentives';
import { DEMO_TENANTS } from '@xinzhi/server-identity';
import { DEMO_KPIS } from '@xinzhi/server-kpis';
import { demoParkTenants } from '@xinzhi/server-park';
import { DEMO_PROJECTS } from '@xinzhi/server-projects';
import { DEMO_ADOPTIONS, DEMO_CATALOG, DEMO_CATALOG_RIVERSIDE, DEMO_PAIN_POINTS } from '@xinzhi/server-solutions';
import { demoClosedSurvey, demoOpenSurvey } from '@xinzhi/server-surveys';
import { DEMO_TASK_POOL } from '@xinzhi/server-tasks';

/** Every string inside a value (arrays and objects walked). */
function texts(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(texts);
  if (value && typeof value === 'object') return Object.values(value).flatMap(texts);
  return [];
}

/**
 * A text written in both languages: Chinese followed by an English word or phrase ("设备联网率
 * Networked equipment", "总经办 Management", "天 days"). Acronyms and product words inside Chinese
 * text ("MES 系统应用", "Python 数据分析实战", "人事考勤 SaaS", "中国信通院 CAICT") are how a Chinese SME writes.
 */
export function inTwoLanguages(text: string): boolean {
  const chinese = Array.from(text.matchAll(/[\p{Script=Han}，。、；：（）！？]/gu));
  const last = chinese[chinese.length - 1];
  if (last?.index === undefined) return false;
  const rest = text.slice(last.index + 1);
  return rest.split(/[\s,.:;/()–—-]+/).some((word) => /^[A-Z]?[a-z]{2,}(’s)?$/.test(word));
}

describe('the demo data', () => {
  it('tells a text in two languages from Chinese with product words', () => {
    expect(inTwoLanguages('2026 智能制造数字化转型 Smart manufacturing transformation 2026')).toBe(true);
    expect(inTwoLanguages('总经办 Management')).toBe(true);
    expect(inTwoLanguages('完成后记录成果。 Deliver as planned.')).toBe(true);
    expect(inTwoLanguages('MES 系统应用 Running a MES')).toBe(true);
    expect(inTwoLanguages('天 days')).toBe(true);
    expect(inTwoLanguages('MES 系统应用')).toBe(false);
    expect(inTwoLanguages('人事考勤 SaaS')).toBe(false);
    expect(inTwoLanguages('仓库靠纸质单据和 Excel 记账')).toBe(false);
    expect(inTwoLanguages('中国信通院 CAICT')).toBe(false);
    expect(inTwoLanguages('Acme Precision Machining')).toBe(false);
  });

  it('is written once, in Chinese, for the Chinese demo enterprises — never in both languages in one text', () => {
    const all = texts([
      DEMO_TENANTS,
      DEMO_PROJECTS,
      DEMO_KPIS,
      DEMO_TASK_POOL,
      DEMO_COURSES,
      DEMO_REJECTION,
      ['acme', 'brightchem', 'cloudway', 'delta'].map((key) => demoSchemes(key)),
      demoParkTenants(),
      DEMO_CATALOG,
      DEMO_CATALOG_RIVERSIDE,
      DEMO_PAIN_POINTS,
      DEMO_ADOPTIONS,
      demoClosedSurvey('2026-12-08'),
      demoOpenSurvey('2026-12-08'),
    ]);
    expect(all.length).toBeGreaterThan(300);
    expect(all.filter(inTwoLanguages)).toEqual([]);
  });
});
