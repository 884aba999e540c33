import { TestBed } from '@angular/core/testing';
import { I18nService } from '@xinzhi/web-core';
import type { Locale } from '@xinzhi/shared-contracts';
import { LanguageSwitchComponent } from './language-switch.component';

describe('LanguageSwitchComponent', () => {
  beforeEach(() => {
    localStorage.clear();
    jest.spyOn(window.navigator, 'languages', 'get').mockReturnValue(['en-US']);
  });

  afterEach(() => jest.restoreAllMocks());

  function setup() {
    const fixture = TestBed.createComponent(LanguageSwitchComponent);
    const emitted: Locale[] = [];
    fixture.componentInstance.localeChange.subscribe((locale) => emitted.push(locale));
    fixture.detectChanges();
    const button = (locale: Locale) => fixture.nativeElement.querySelector(`[data-testid="lang-${locale}"]`) as HTMLButtonElement;
    return { fixture, emitted, button };
  }

  it('offers both languages and marks the current one', () => {
    const { fixture, button } = setup();
    expect(fixture.nativeElement.querySelector('[data-testid="language-switch"]')).not.toBeNull();
    expect(button('en-US').getAttribute('aria-pressed')).toBe('true');
    expect(button('zh-CN').getAttribute('aria-pressed')).toBe('false');
    expect(button('zh-CN').getAttribute('lang')).toBe('zh-CN');
  });

  it('switches the language, emits it and remembers it', () => {
    const { fixture, emitted, button } = setup();
    button('zh-CN').click();
    fixture.detectChanges();

    expect(TestBed.inject(I18nService).locale()).toBe('zh-CN');
    expect(emitted).toEqual(['zh-CN']);
    expect(button('zh-CN').getAttribute('aria-pressed')).toBe('true');
    expect(localStorage.getItem('xinzhi.locale')).toBe('zh-CN');
    expect(fixture.nativeElement.querySelector('[data-testid="language-switch"]').getAttribute('aria-label')).toBe('语言');
  });

  it('does nothing when the current language is clicked', () => {
    const { emitted, button } = setup();
    button('en-US').click();
    expect(emitted).toEqual([]);
  });
});
