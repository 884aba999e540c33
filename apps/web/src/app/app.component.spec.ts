import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Title } from '@angular/platform-browser';
import { provideRouter, Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { I18nService, provideI18n } from '@xinzhi/web-core';
import { provideNzIconsTesting } from 'ng-zorro-antd/icon/testing';
import { AppComponent } from './app.component';
import { appRoutes } from './app.routes';

describe('AppComponent (shell)', () => {
  beforeEach(() => {
    localStorage.clear();
    jest.spyOn(window.navigator, 'languages', 'get').mockReturnValue(['zh-CN', 'en']);
    TestBed.configureTestingModule({
      providers: [
        provideRouter(appRoutes),
        provideI18n(),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideNzIconsTesting(),
      ],
    });
  });

  afterEach(() => jest.restoreAllMocks());

  async function render(url: string) {
    const fixture = TestBed.createComponent(AppComponent);
    await TestBed.inject(Router).navigateByUrl(url);
    fixture.detectChanges();
    await fixture.whenStable();
    fixture.detectChanges();
    const el = fixture.nativeElement as HTMLElement;
    return { fixture, el, byTestId: (id: string) => el.querySelector<HTMLElement>(`[data-testid="${id}"]`) };
  }

  it('shows the brand, the language switch, the sign-in link and the footer', async () => {
    const { byTestId } = await render('/login');
    expect(byTestId('brand')?.textContent).toContain('新质');
    expect(byTestId('language-switch')).not.toBeNull();
    expect(byTestId('header-sign-in')?.getAttribute('href')).toBe('/login');
    expect(byTestId('footer')?.textContent).toContain('助力产业园区中小企业数字化转型');
    expect(byTestId('login-form')).not.toBeNull();
  });

  it('loads the home page at /', async () => {
    const { byTestId } = await render('/');
    TestBed.inject(HttpTestingController).expectOne('/api/health');
    expect(byTestId('home-title')).not.toBeNull();
  });

  it('shows a not-found page with a link home for unknown URLs', async () => {
    const { byTestId } = await render('/no/such/page');
    expect(byTestId('not-found')?.textContent).toContain('您访问的页面不存在');
    expect(byTestId('not-found-home')?.getAttribute('href')).toBe('/');
  });

  it('switches the language of the shell, the page and the document title', async () => {
    const { fixture, byTestId } = await render('/login');
    TestBed.tick();
    const title = TestBed.inject(Title);
    expect(document.documentElement.lang).toBe('zh-CN');
    expect(title.getTitle()).toBe('登录 | 新质 · 中小企业数字化转型平台');

    byTestId('lang-en-US')?.click();
    fixture.detectChanges();
    TestBed.tick();

    expect(TestBed.inject(I18nService).locale()).toBe('en-US');
    expect(document.documentElement.lang).toBe('en-US');
    expect(title.getTitle()).toBe('Sign in | Xinzhi · SME Digital Transformation');
    expect(byTestId('footer')?.textContent).toContain('Digital transformation for small and medium-sized enterprises');
    expect(byTestId('login-submit')?.textContent).toContain('Sign in');
  });

  it('collapses the side menu on wide screens', async () => {
    const { fixture, byTestId } = await render('/login');
    const sider = () => byTestId('side-menu');
    expect(sider()?.classList).not.toContain('ant-layout-sider-collapsed');
    byTestId('menu-toggle')?.click();
    fixture.detectChanges();
    expect(sider()?.classList).toContain('ant-layout-sider-collapsed');
    expect(byTestId('menu-toggle')?.getAttribute('aria-expanded')).toBe('false');
  });
});

describe('routes', () => {
  it('are all lazy', () => {
    for (const route of appRoutes) {
      expect(route.component).toBeUndefined();
      expect(route.loadChildren ?? route.loadComponent).toBeDefined();
    }
  });

  it('RouterTestingHarness can render the not-found page alone', async () => {
    jest.spyOn(window.navigator, 'languages', 'get').mockReturnValue(['en-US']);
    localStorage.clear();
    TestBed.configureTestingModule({ providers: [provideRouter(appRoutes), provideNzIconsTesting()] });
    const harness = await RouterTestingHarness.create('/missing');
    expect(harness.routeNativeElement?.textContent).toContain('Back to home');
  });
});
