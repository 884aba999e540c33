import { TestBed } from '@angular/core/testing';
import { en_US, NzI18nService, zh_CN } from 'ng-zorro-antd/i18n';
import { PROJECTS_DICTIONARIES } from '@xinzhi/web-projects-i18n';
import { I18nService, LOCALE_STORAGE_KEY } from './i18n.service';

function browserLanguages(languages: readonly string[]): void {
  jest.spyOn(window.navigator, 'languages', 'get').mockReturnValue(languages);
}

function createService(): I18nService {
  return TestBed.inject(I18nService);
}

describe('I18nService', () => {
  beforeEach(() => {
    localStorage.clear();
    document.documentElement.lang = '';
  });

  afterEach(() => jest.restoreAllMocks());

  describe('first visit (nothing remembered)', () => {
    it.each([
      [['zh-CN', 'zh'], 'zh-CN'],
      [['zh-TW'], 'zh-CN'],
      [['zh-Hans-CN', 'en-US'], 'zh-CN'],
      [['en-GB', 'zh-CN'], 'en-US'],
      [['fr-FR', 'de'], 'en-US'],
      [[], 'en-US'],
    ] as const)('browser languages %j give %s', (languages, expected) => {
      browserLanguages(languages);
      expect(createService().locale()).toBe(expected);
    });

    it('does not store anything until the user chooses', () => {
      browserLanguages(['zh-CN']);
      createService();
      expect(localStorage.getItem(LOCALE_STORAGE_KEY)).toBeNull();
    });
  });

  describe('remembering the choice', () => {
    it('stores the chosen language', () => {
      browserLanguages(['en-US']);
      createService().setLocale('zh-CN');
      expect(localStorage.getItem(LOCALE_STORAGE_KEY)).toBe('zh-CN');
    });

    it('prefers the remembered choice over the browser languages', () => {
      localStorage.setItem(LOCALE_STORAGE_KEY, 'en-US');
      browserLanguages(['zh-CN']);
      expect(createService().locale()).toBe('en-US');
    });

    it('ignores a remembered value that is not a supported language', () => {
      localStorage.setItem(LOCALE_STORAGE_KEY, 'klingon');
      browserLanguages(['zh-CN']);
      expect(createService().locale()).toBe('zh-CN');
    });

    it('keeps working when storage is unavailable', () => {
      jest.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
        throw new Error('denied');
      });
      jest.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
        throw new Error('denied');
      });
      browserLanguages(['en-US']);
      const service = createService();
      service.setLocale('zh-CN');
      expect(service.locale()).toBe('zh-CN');
    });
  });

  describe('switching', () => {
    it('sets <html lang>, ng-zorro’s locale and the texts', () => {
      browserLanguages(['en-US']);
      const nz = TestBed.inject(NzI18nService);
      const service = createService();
      expect(document.documentElement.lang).toBe('en-US');
      expect(nz.getLocale()).toBe(en_US);
      expect(service.t('nav.home')).toBe('Home');

      service.setLocale('zh-CN');

      expect(service.locale()).toBe('zh-CN');
      expect(document.documentElement.lang).toBe('zh-CN');
      expect(nz.getLocale()).toBe(zh_CN);
      expect(service.t('nav.home')).toBe('首页');
    });

    it('fills placeholders', () => {
      browserLanguages(['en-US']);
      expect(createService().t('login.error.passwordLength', { min: 8, max: 128 })).toBe('The password must be 8 to 128 characters long.');
    });
  });

  describe('feature texts', () => {
    it('knows the texts of a feature once it registers them, in every language', () => {
      browserLanguages(['en-US']);
      const i18n = createService();
      expect(i18n.t('taskStatus.blocked')).toBe('taskStatus.blocked');
      i18n.register(PROJECTS_DICTIONARIES);
      expect(i18n.t('taskStatus.blocked')).toBe('Blocked');
      i18n.setLocale('zh-CN');
      expect(i18n.t('taskStatus.blocked')).toBe('受阻');
      expect(i18n.t('nav.home')).toBe('首页');
      i18n.register(PROJECTS_DICTIONARIES);
      expect(i18n.t('teams.spans', { count: 2 })).toBe('跨 2 个部门');
    });
  });
});
