import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import type { MeResponse, TokenResponse } from '@xinzhi/shared-contracts';
import { I18nService } from '@xinzhi/web-core';
import { provideNzIconsTesting } from 'ng-zorro-antd/icon/testing';
import { LoginPageComponent } from './login-page.component';

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

const parkTokens: TokenResponse = { accessToken: 'tok', expiresIn: 900, context: { type: 'park', id: 'p1', role: 'park_admin' } };
const parkMe: MeResponse = {
  user: { id: 'u1', email: 'park.admin@xinzhi.test', displayName: 'Zhou', locale: 'zh-CN', platformOperator: false },
  memberships: [{ type: 'park', id: 'p1', name: 'Demo Park', role: 'park_admin' }],
  context: parkTokens.context,
  calendar: { timeZone: 'Asia/Shanghai', today: '2026-03-02', now: '2026-03-01T17:00:00Z' },
};

describe('LoginPageComponent', () => {
  let fixture: ComponentFixture<LoginPageComponent>;
  let backend: HttpTestingController;
  let router: Router;

  beforeEach(() => {
    localStorage.clear();
    jest.spyOn(window.navigator, 'languages', 'get').mockReturnValue(['en-US']);
    TestBed.configureTestingModule({
      providers: [provideNzIconsTesting(), provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
    backend = TestBed.inject(HttpTestingController);
    router = TestBed.inject(Router);
    jest.spyOn(router, 'navigateByUrl').mockResolvedValue(true);
    fixture = TestBed.createComponent(LoginPageComponent);
    fixture.detectChanges();
  });

  afterEach(() => {
    backend.verify();
    jest.restoreAllMocks();
  });

  const el = () => fixture.nativeElement as HTMLElement;
  const byTestId = (id: string) => el().querySelector<HTMLElement>(`[data-testid="${id}"]`);

  function type(id: 'login-email' | 'login-password', value: string): void {
    const input = byTestId(id) as HTMLInputElement;
    input.value = value;
    input.dispatchEvent(new Event('input'));
    input.dispatchEvent(new Event('blur'));
  }

  function submit(): void {
    byTestId('login-submit')?.click();
    fixture.detectChanges();
  }

  async function fillAndSubmit(): Promise<void> {
    type('login-email', ' Park.Admin@xinzhi.test ');
    type('login-password', 'Xinzhi-Demo-2026');
    submit();
    await settle();
  }

  it('renders the form with stable test ids', () => {
    for (const id of ['login-form', 'login-email', 'login-password', 'login-submit']) {
      expect(byTestId(id)).not.toBeNull();
    }
  });

  it('shows "required" messages on an empty submit, in the current language, and sends nothing', () => {
    submit();
    expect(byTestId('login-email-error')?.textContent).toBe('Please enter your email address.');
    expect(byTestId('login-password-error')?.textContent).toBe('Please enter your password.');

    TestBed.inject(I18nService).setLocale('zh-CN');
    fixture.detectChanges();
    expect(byTestId('login-email-error')?.textContent).toBe('请输入邮箱地址');
    expect(byTestId('login-password-error')?.textContent).toBe('请输入密码');
    backend.expectNone('/api/auth/login');
  });

  it('explains a bad email and a too short or too long password', () => {
    type('login-email', 'wang@');
    type('login-password', 'short');
    submit();
    expect(byTestId('login-email-error')?.textContent).toContain('valid email address');
    expect(byTestId('login-password-error')?.textContent).toBe('The password must be 8 to 128 characters long.');

    type('login-password', 'x'.repeat(129));
    fixture.detectChanges();
    expect(byTestId('login-password-error')?.textContent).toBe('The password must be 8 to 128 characters long.');
  });

  it('signs in and lands on the home of the context (park → enterprises)', async () => {
    await fillAndSubmit();
    const request = backend.expectOne('/api/auth/login');
    expect(request.request.body).toEqual({ email: 'Park.Admin@xinzhi.test', password: 'Xinzhi-Demo-2026' });
    request.flush(parkTokens);
    await settle();
    backend.expectOne('/api/me').flush(parkMe);
    await settle();
    expect(router.navigateByUrl).toHaveBeenCalledWith('/park/dashboard');
  });

  it('goes back to the return URL after signing in', async () => {
    fixture.componentRef.setInput('returnUrl', '/park/tenants?x=1');
    await fillAndSubmit();
    backend.expectOne('/api/auth/login').flush(parkTokens);
    await settle();
    backend.expectOne('/api/me').flush(parkMe);
    await settle();
    expect(router.navigateByUrl).toHaveBeenCalledWith('/park/tenants?x=1');
  });

  it('says the email or password is wrong, in the user’s language', async () => {
    await fillAndSubmit();
    backend
      .expectOne('/api/auth/login')
      .flush(
        { type: '/problems/unauthorized', title: 'Unauthorized', status: 401, detail: 'The email or password is not right.' },
        { status: 401, statusText: 'Unauthorized' },
      );
    await settle();
    fixture.detectChanges();
    expect(byTestId('login-error')?.textContent).toContain('The email or password is not right.');
    expect(router.navigateByUrl).not.toHaveBeenCalled();

    TestBed.inject(I18nService).setLocale('zh-CN');
    // The message was composed at failure time; a new attempt speaks the new language.
    await fillAndSubmit();
    backend.expectOne('/api/auth/login').flush(null, { status: 401, statusText: 'Unauthorized' });
    await settle();
    fixture.detectChanges();
    expect(byTestId('login-error')?.textContent).toContain('邮箱或密码不正确');
  });

  it('tells how long to wait when rate-limited (Retry-After)', async () => {
    await fillAndSubmit();
    backend
      .expectOne('/api/auth/login')
      .flush(
        { type: '/problems/too-many-requests', title: 'Too Many Requests', status: 429, retryAfter: 840 },
        { status: 429, statusText: 'Too Many Requests', headers: { 'Retry-After': '840' } },
      );
    await settle();
    fixture.detectChanges();
    expect(byTestId('login-error')?.textContent).toContain('Please try again in 14 minutes.');
  });

  it('says when the server cannot be reached', async () => {
    await fillAndSubmit();
    backend.expectOne('/api/auth/login').error(new ProgressEvent('error'));
    await settle();
    fixture.detectChanges();
    expect(byTestId('login-error')?.textContent).toContain('Could not reach the server');
  });
});
