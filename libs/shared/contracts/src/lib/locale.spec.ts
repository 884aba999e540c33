import { isLocale, pickLocale } from './locale';

describe('pickLocale', () => {
  it('chooses Chinese for any zh tag, in browser order', () => {
    expect(pickLocale(['zh-TW', 'en-US'])).toBe('zh-CN');
    expect(pickLocale(['en-GB', 'zh-CN'])).toBe('en-US');
  });
  it('falls back when no language is known', () => {
    expect(pickLocale(['de-DE'])).toBe('en-US');
    expect(pickLocale(undefined, 'zh-CN')).toBe('zh-CN');
  });
  it('recognises only product locales', () => {
    expect(isLocale('zh-CN')).toBe(true);
    expect(isLocale('fr-FR')).toBe(false);
    expect(isLocale(42)).toBe(false);
  });
});
