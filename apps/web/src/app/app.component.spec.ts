import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Title } from '@angular/platform-browser';
import { provideRouter, Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { MeResponse, TokenResponse } from '@xinzhi/shared-contracts';
import { I18nService, provideAuth, provideI18n } from '@xinzhi/web-core';
import { provideNzIconsTesting } from 'ng-zorro-antd/icon/testing';
import { AppComponent } from './app.component';
import { appRoutes } from './app.routes';

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

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
        provideAuth(),
      ],
    });
  });

  afterEach(() => jest.restoreAllMocks());

  /** Answers the start-up session restore: no session. */
  async function noSession(): Promise<void> {
    await settle();
    for (const request of TestBed.inject(HttpTestingController).match('/api/auth/refresh')) {
      request.flush(null, { status: 401, statusText: 'Unauthorized' });
    }
    await settle();
  }

  async function render(url: string) {
    const fixture = TestBed.createComponent(AppComponent);
    const navigation = TestBed.inject(Router).navigateByUrl(url);
    await noSession();
    await navigation;
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

describe('AppComponent (shell), signed in', () => {
  const tokens: TokenResponse = { accessToken: 'tok', expiresIn: 900, context: { type: 'tenant', id: 't1', role: 'owner' } };
  const me: MeResponse = {
    user: { id: 'u1', email: 'owner@acme.test', displayName: 'Wang Jianguo', locale: 'en-US', platformOperator: false },
    memberships: [
      { type: 'tenant', id: 't1', name: 'Acme Precision Machining', role: 'owner' },
      { type: 'park', id: 'p1', name: 'Demo Park', role: 'park_admin' },
    ],
    context: tokens.context,
    calendar: { timeZone: 'Asia/Shanghai', today: '2026-03-02', now: '2026-03-01T17:00:00Z' },
  };

  beforeEach(() => {
    localStorage.clear();
    jest.spyOn(window.navigator, 'languages', 'get').mockReturnValue(['en-US']);
    TestBed.configureTestingModule({
      providers: [
        provideRouter(appRoutes),
        provideI18n(),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideNzIconsTesting(),
        provideAuth(),
      ],
    });
  });

  afterEach(() => jest.restoreAllMocks());

  async function renderSignedIn(url: string) {
    const backend = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(AppComponent);
    const navigation = TestBed.inject(Router).navigateByUrl(url);
    await settle();
    backend.expectOne('/api/auth/refresh').flush(tokens);
    await settle();
    backend.expectOne('/api/me').flush(me);
    await navigation;
    await settle();
    fixture.detectChanges();
    await fixture.whenStable();
    fixture.detectChanges();
    const el = fixture.nativeElement as HTMLElement;
    const byTestId = (id: string) => document.querySelector<HTMLElement>(`[data-testid="${id}"]`);
    return { fixture, el, backend, byTestId };
  }

  it('restores the session, shows the user and a menu for an owner', async () => {
    const { el, byTestId } = await renderSignedIn('/workspace');
    expect(byTestId('user-name')?.textContent).toBe('Wang Jianguo');
    expect(byTestId('header-sign-in')).toBeNull();
    const menu = Array.from(el.querySelectorAll('[data-testid^="nav-"]')).map((item) => item.getAttribute('data-testid'));
    expect(menu).toEqual([
      'nav-workspace',
      'nav-projects',
      'nav-my-tasks',
      'nav-my-awards',
      'nav-my-training',
      'nav-assessments',
      'nav-pain-points',
      'nav-solutions',
      'nav-showcases',
      'nav-my-showcase',
      'nav-benchmarks',
      'nav-incentives',
      'nav-surveys',
      'nav-members',
      'nav-departments',
      'nav-audit',
      'nav-profile',
    ]);
    expect(byTestId('workspace-title')?.textContent).toBe('Acme Precision Machining');
  });

  it('lists every membership in the context switcher and switches to the chosen one', async () => {
    const { fixture, backend, byTestId } = await renderSignedIn('/workspace');
    byTestId('user-menu')?.click();
    fixture.detectChanges();
    await fixture.whenStable();
    expect(byTestId('context-switcher')).not.toBeNull();
    expect(byTestId('context-option-tenant-t1')?.textContent).toContain('Enterprise · Owner');
    expect(byTestId('context-option-park-p1')?.textContent).toContain('Park · Park administrator');

    byTestId('context-option-park-p1')?.click();
    await settle();
    const request = backend.expectOne('/api/auth/switch');
    expect(request.request.body).toEqual({ type: 'park', id: 'p1' });
    request.flush({ accessToken: 'tok2', expiresIn: 900, context: { type: 'park', id: 'p1', role: 'park_admin' } });
    await settle();
    backend.expectOne('/api/me').flush({ ...me, context: { type: 'park', id: 'p1', role: 'park_admin' } });
    await settle();
    await fixture.whenStable();
    expect(TestBed.inject(Router).url).toBe('/park/dashboard');
    // The park's landing page asks for the dashboard (and its tenant table).
    expect(backend.match((r) => r.url === '/api/park/dashboard').length).toBe(1);
  });

  it('signs out only after confirmation', async () => {
    const { fixture, backend, byTestId } = await renderSignedIn('/workspace');
    byTestId('user-menu')?.click();
    fixture.detectChanges();
    await fixture.whenStable();
    byTestId('sign-out')?.click();
    fixture.detectChanges();
    await fixture.whenStable();
    backend.expectNone('/api/auth/logout');
    expect(byTestId('sign-out-dialog')?.textContent).toContain('You will need your email and password');

    byTestId('sign-out-confirm')?.click();
    await settle();
    backend.expectOne('/api/auth/logout').flush(null, { status: 204, statusText: 'No Content' });
    await settle();
    await fixture.whenStable();
    fixture.detectChanges();
    expect(TestBed.inject(Router).url).toBe('/login');
    expect(byTestId('header-sign-in')).not.toBeNull();
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
