import { LOCALES } from '@xinzhi/shared-contracts';
import { DICTIONARIES, interpolate, isTranslationKey } from './dictionary';
import { enUS } from './en-US';
import { zhCN } from './zh-CN';
import { PROJECTS_DICTIONARIES, projectsEnUS, projectsZhCN } from '@xinzhi/web-projects-i18n';
import { incentivesEnUS, incentivesZhCN } from '@xinzhi/web-incentives-i18n';
import { ASSESSMENT_DICTIONARIES, assessmentEnUS, assessmentZhCN } from '@xinzhi/web-assessment-i18n';
import { PLATFORM_DICTIONARIES, platformEnUS, platformZhCN } from '@xinzhi/web-platform-i18n';
import { solutionsEnUS, solutionsZhCN } from '@xinzhi/web-solutions-i18n';
import { PARK_DICTIONARIES, parkEnUS, parkZhCN } from '@xinzhi/web-park-i18n';
import { SURVEYS_DICTIONARIES, surveysEnUS, surveysZhCN } from '@xinzhi/web-surveys-i18n';

const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('dictionaries', () => {
  it('has one dictionary per supported language', () => {
    expect(Object.keys(DICTIONARIES).sort()).toEqual([...LOCALES].sort());
  });

  it('zh-CN and en-US have exactly the same keys', () => {
    expect(Object.keys(zhCN).sort()).toEqual(Object.keys(enUS).sort());
  });

  it.each(Object.entries(DICTIONARIES))('%s has no empty texts', (_locale, dictionary) => {
    const empty = Object.entries(dictionary).filter(([, text]) => text.trim() === '');
    expect(empty).toEqual([]);
  });

  it('uses the same placeholders in both languages', () => {
    const mismatched = Object.keys(enUS).filter((key) => {
      const k = key as keyof typeof enUS;
      return placeholders(enUS[k]).join() !== placeholders(zhCN[k]).join();
    });
    expect(mismatched).toEqual([]);
  });

  it('really translates the Chinese texts (they contain Chinese characters)', () => {
    // Brand-like or format-only texts may stay the same in both languages.
    const sameOnPurpose = new Set(['login.emailPlaceholder']);
    const untranslated = Object.keys(zhCN).filter(
      (key) => !sameOnPurpose.has(key) && !/[\u4e00-\u9fff]/.test(zhCN[key as keyof typeof zhCN]),
    );
    expect(untranslated).toEqual([]);
  });
});

describe('feature dictionaries (loaded with their feature)', () => {
  type Texts = Readonly<Record<string, string>>;
  const features: Array<[string, Texts, Texts]> = [
    ['projects', projectsEnUS, projectsZhCN],
    ['incentives', incentivesEnUS, incentivesZhCN],
    ['platform', platformEnUS, platformZhCN],
    ['assessment', assessmentEnUS, assessmentZhCN],
    ['solutions', solutionsEnUS, solutionsZhCN],
    ['park', parkEnUS, parkZhCN],
    ['surveys', surveysEnUS, surveysZhCN],
  ];

  it.each(features)('%s: zh-CN and en-US have exactly the same keys, none of them a shell key', (_name, en, zh) => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
    expect(Object.keys(en).filter((key) => Object.prototype.hasOwnProperty.call(enUS, key))).toEqual([]);
  });

  it.each(features)('%s: no empty texts, the same placeholders, Chinese really translated', (_name, en, zh) => {
    const keys = Object.keys(en);
    expect(keys.filter((key) => en[key].trim() === '' || zh[key].trim() === '')).toEqual([]);
    expect(keys.filter((key) => placeholders(en[key]).join() !== placeholders(zh[key]).join())).toEqual([]);
    expect(keys.filter((key) => !/[\u4e00-\u9fff]/.test(zh[key]))).toEqual([]);
  });

  it('are registered per language', () => {
    expect(PROJECTS_DICTIONARIES['en-US']).toBe(projectsEnUS);
    expect(PROJECTS_DICTIONARIES['zh-CN']).toBe(projectsZhCN);
    expect(PLATFORM_DICTIONARIES['zh-CN']).toBe(platformZhCN);
    expect(ASSESSMENT_DICTIONARIES['en-US']).toBe(assessmentEnUS);
    expect(ASSESSMENT_DICTIONARIES['zh-CN']).toBe(assessmentZhCN);
    expect(PARK_DICTIONARIES['zh-CN']).toBe(parkZhCN);
    expect(SURVEYS_DICTIONARIES['en-US']).toBe(surveysEnUS);
  });
});

describe('interpolate', () => {
  it('fills known placeholders and leaves unknown ones', () => {
    expect(interpolate('{a} and {b}', { a: 1 })).toBe('1 and {b}');
  });

  it('returns the text unchanged without params', () => {
    expect(interpolate('{a}')).toBe('{a}');
  });
});

describe('isTranslationKey', () => {
  it('accepts keys and rejects anything else', () => {
    expect(isTranslationKey('nav.home')).toBe(true);
    expect(isTranslationKey('nav.nope')).toBe(false);
    expect(isTranslationKey('toString')).toBe(false);
    expect(isTranslationKey(undefined)).toBe(false);
  });
});
