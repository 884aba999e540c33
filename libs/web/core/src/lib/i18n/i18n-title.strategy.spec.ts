import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Title } from '@angular/platform-browser';
import { provideRouter, Router } from '@angular/router';
import { I18nService } from './i18n.service';
import { provideI18n } from './provide-i18n';

@Component({ selector: 'xz-blank', template: '' })
class BlankComponent {}

describe('I18nTitleStrategy', () => {
  beforeEach(() => {
    localStorage.clear();
    jest.spyOn(window.navigator, 'languages', 'get').mockReturnValue(['en-US']);
    TestBed.configureTestingModule({
      providers: [
        provideI18n(),
        provideRouter([
          { path: '', component: BlankComponent },
          { path: 'login', component: BlankComponent, title: 'login.pageTitle' },
        ]),
      ],
    });
  });

  afterEach(() => jest.restoreAllMocks());

  it('translates route titles and follows the language', async () => {
    const router = TestBed.inject(Router);
    const title = TestBed.inject(Title);

    await router.navigateByUrl('/login');
    TestBed.tick();
    expect(title.getTitle()).toBe('Sign in | Xinzhi · SME Digital Transformation');

    TestBed.inject(I18nService).setLocale('zh-CN');
    TestBed.tick();
    expect(title.getTitle()).toBe('登录 | 新质 · 中小企业数字化转型平台');

    await router.navigateByUrl('/');
    TestBed.tick();
    expect(title.getTitle()).toBe('新质 · 中小企业数字化转型平台');
  });
});
