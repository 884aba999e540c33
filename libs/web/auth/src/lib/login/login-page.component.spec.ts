import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { I18nService } from '@xinzhi/web-core';
import { provideNzIconsTesting } from 'ng-zorro-antd/icon/testing';
import { LoginPageComponent } from './login-page.component';

describe('LoginPageComponent', () => {
  let fixture: ComponentFixture<LoginPageComponent>;

  beforeEach(() => {
    localStorage.clear();
    jest.spyOn(window.navigator, 'languages', 'get').mockReturnValue(['en-US']);
    TestBed.configureTestingModule({ providers: [provideNzIconsTesting()] });
    fixture = TestBed.createComponent(LoginPageComponent);
    fixture.detectChanges();
  });

  afterEach(() => jest.restoreAllMocks());

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

  it('renders the form with stable test ids', () => {
    for (const id of ['login-form', 'login-email', 'login-password', 'login-submit']) {
      expect(byTestId(id)).not.toBeNull();
    }
  });

  it('shows "required" messages on an empty submit, in the current language', () => {
    submit();
    expect(byTestId('login-email-error')?.textContent).toBe('Please enter your email address.');
    expect(byTestId('login-password-error')?.textContent).toBe('Please enter your password.');
    expect(byTestId('login-notice')).toBeNull();

    TestBed.inject(I18nService).setLocale('zh-CN');
    fixture.detectChanges();
    expect(byTestId('login-email-error')?.textContent).toBe('请输入邮箱地址');
    expect(byTestId('login-password-error')?.textContent).toBe('请输入密码');
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

  it('shows the "coming soon" notice for a valid form, in both languages', () => {
    type('login-email', 'zhang.wei@example.cn');
    type('login-password', 'a-long-enough-password');
    submit();
    expect(byTestId('login-email-error')).toBeNull();
    expect(byTestId('login-notice')?.textContent).toContain('Online sign-in is coming soon');

    TestBed.inject(I18nService).setLocale('zh-CN');
    fixture.detectChanges();
    expect(byTestId('login-notice')?.textContent).toContain('在线登录功能即将上线');
  });
});
