import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { MeResponse } from '@xinzhi/shared-contracts';
import { AuthService, I18nService } from '@xinzhi/web-core';
import { provideNzIconsTesting } from 'ng-zorro-antd/icon/testing';
import { ProfilePageComponent } from './profile-page.component';

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

const me: MeResponse = {
  user: { id: 'u1', email: 'owner@acme.test', displayName: 'Wang', locale: 'en-US', platformOperator: false },
  memberships: [{ type: 'tenant', id: 't1', name: 'Acme', role: 'owner' }],
  context: { type: 'tenant', id: 't1', role: 'owner' },
  calendar: { timeZone: 'Asia/Shanghai', today: '2026-03-02', now: '2026-03-01T17:00:00Z' },
};

describe('ProfilePageComponent', () => {
  let fixture: ComponentFixture<ProfilePageComponent>;
  let backend: HttpTestingController;

  beforeEach(async () => {
    localStorage.clear();
    jest.spyOn(window.navigator, 'languages', 'get').mockReturnValue(['en-US']);
    TestBed.configureTestingModule({
      providers: [provideNzIconsTesting(), provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
    backend = TestBed.inject(HttpTestingController);
    const loaded = TestBed.inject(AuthService).loadMe();
    backend.expectOne('/api/me').flush(me);
    await loaded;
    fixture = TestBed.createComponent(ProfilePageComponent);
    fixture.detectChanges();
  });

  afterEach(() => {
    backend.verify();
    jest.restoreAllMocks();
  });

  const byTestId = (id: string) => (fixture.nativeElement as HTMLElement).querySelector<HTMLElement>(`[data-testid="${id}"]`);

  function type(id: string, value: string): void {
    const input = byTestId(id) as HTMLInputElement;
    input.value = value;
    input.dispatchEvent(new Event('input'));
  }

  it('saves the name and language, and switches the interface language', async () => {
    expect((byTestId('profile-display-name') as HTMLInputElement).value).toBe('Wang');
    type('profile-display-name', 'Wang Jianguo');
    byTestId('profile-locale-zh-CN')?.click();
    fixture.detectChanges();
    byTestId('profile-save')?.click();
    await settle();
    const request = backend.expectOne({ method: 'PATCH', url: '/api/me' });
    expect(request.request.body).toEqual({ displayName: 'Wang Jianguo', locale: 'zh-CN' });
    request.flush({ ...me.user, displayName: 'Wang Jianguo', locale: 'zh-CN' });
    await settle();
    fixture.detectChanges();
    expect(TestBed.inject(I18nService).locale()).toBe('zh-CN');
    expect(TestBed.inject(AuthService).user()?.displayName).toBe('Wang Jianguo');
    expect(byTestId('profile-message')?.textContent).toContain('个人信息已保存');
  });

  it('checks that the new password is repeated before sending', () => {
    type('profile-password-current', 'old-password');
    type('profile-password-new', 'a new passphrase');
    type('profile-password-confirm', 'a new passphrase!');
    byTestId('profile-password-submit')?.click();
    fixture.detectChanges();
    expect(fixture.nativeElement.textContent).toContain('The two passwords do not match.');
    backend.expectNone('/api/me/password');
  });

  it('shows what the API said about each password', async () => {
    type('profile-password-current', 'old-password');
    type('profile-password-new', 'password');
    type('profile-password-confirm', 'password');
    byTestId('profile-password-submit')?.click();
    await settle();
    backend.expectOne('/api/me/password').flush(
      {
        type: '/problems/validation',
        title: 'Validation failed',
        status: 400,
        errors: [{ field: 'newPassword', code: 'commonPassword', message: 'too common' }],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle();
    fixture.detectChanges();
    expect(fixture.nativeElement.textContent).toContain('This password is too common. Please choose another.');
  });

  it('changes the password and keeps the session with the new token', async () => {
    type('profile-password-current', 'old-password');
    type('profile-password-new', 'a new passphrase');
    type('profile-password-confirm', 'a new passphrase');
    byTestId('profile-password-submit')?.click();
    await settle();
    const request = backend.expectOne('/api/me/password');
    expect(request.request.body).toEqual({ currentPassword: 'old-password', newPassword: 'a new passphrase' });
    request.flush({ accessToken: 'fresh', expiresIn: 900, context: me.context });
    await settle();
    fixture.detectChanges();
    expect(TestBed.inject(AuthService).accessToken()).toBe('fresh');
    expect(byTestId('profile-password-message')?.textContent).toContain('Your password was changed.');
    expect((byTestId('profile-password-new') as HTMLInputElement).value).toBe('');
  });
});
