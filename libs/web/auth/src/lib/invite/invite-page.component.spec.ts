import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import type { InvitationPreview, MeResponse, TokenResponse } from '@xinzhi/shared-contracts';
import { provideNzIconsTesting } from 'ng-zorro-antd/icon/testing';
import { InvitePageComponent } from './invite-page.component';

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
const TOKEN = 'a-long-enough-invitation-secret';

const preview = (existingUser: boolean): InvitationPreview => ({
  email: 'li.na@acme.test',
  displayName: 'Li Na',
  contextType: 'tenant',
  contextName: 'Acme Precision Machining',
  role: 'leader',
  existingUser,
  expiresAt: '2030-01-01T00:00:00.000Z',
});

const tokens: TokenResponse = { accessToken: 'tok', expiresIn: 900, context: { type: 'tenant', id: 't1', role: 'leader' } };
const me: MeResponse = {
  user: { id: 'u1', email: 'li.na@acme.test', displayName: 'Li Na', locale: 'en-US', platformOperator: false },
  memberships: [{ type: 'tenant', id: 't1', name: 'Acme Precision Machining', role: 'leader' }],
  context: tokens.context,
  calendar: { timeZone: 'Asia/Shanghai', today: '2026-03-02', now: '2026-03-01T17:00:00Z' },
};

describe('InvitePageComponent', () => {
  let fixture: ComponentFixture<InvitePageComponent>;
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
    fixture = TestBed.createComponent(InvitePageComponent);
    fixture.componentRef.setInput('token', TOKEN);
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

  function answer(body: InvitationPreview): void {
    backend.expectOne(`/api/invitations/${TOKEN}`).flush(body);
    fixture.detectChanges();
  }

  it('shows whom and what the link invites; a new person chooses a name and password', async () => {
    answer(preview(false));
    expect(byTestId('invite-intro')?.textContent).toBe('Li Na, you are invited to join Acme Precision Machining as Leadership group.');
    expect((byTestId('invite-display-name') as HTMLInputElement).value).toBe('Li Na');

    type('invite-password', 'short');
    byTestId('invite-accept-submit')?.click();
    fixture.detectChanges();
    expect(fixture.nativeElement.textContent).toContain('Must have at least 8 characters.');
    backend.expectNone('/api/invitations/accept');

    type('invite-display-name', ' Li Na (QA) ');
    type('invite-password', 'a good long passphrase');
    byTestId('invite-accept-submit')?.click();
    await settle();
    const accept = backend.expectOne('/api/invitations/accept');
    expect(accept.request.body).toEqual({ token: TOKEN, password: 'a good long passphrase', displayName: 'Li Na (QA)' });
    accept.flush(tokens);
    await settle();
    backend.expectOne('/api/me').flush(me);
    await settle();
    expect(router.navigateByUrl).toHaveBeenCalledWith('/workspace');
  });

  it('asks someone who has an account for its password only, and says when it is wrong', async () => {
    answer(preview(true));
    expect(byTestId('invite-display-name')).toBeNull();
    type('invite-password', 'x');
    byTestId('invite-accept-submit')?.click();
    await settle();
    const accept = backend.expectOne('/api/invitations/accept');
    expect(accept.request.body).toEqual({ token: TOKEN, password: 'x' });
    accept.flush(
      {
        type: '/problems/validation',
        title: 'Validation failed',
        status: 400,
        errors: [{ field: 'password', code: 'wrongPassword', message: 'password is not the password of this account' }],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle();
    fixture.detectChanges();
    expect(byTestId('invite-error')?.textContent).toContain('Please correct the fields marked below.');
    expect(fixture.nativeElement.textContent).toContain('The password is not right.');
  });

  it('explains an expired or used link', () => {
    backend
      .expectOne(`/api/invitations/${TOKEN}`)
      .flush({ type: '/problems/not-found', title: 'Not Found', status: 404 }, { status: 404, statusText: 'Not Found' });
    fixture.detectChanges();
    expect(byTestId('invite-invalid')?.textContent).toContain('This invitation link is not valid');
    expect(byTestId('invite-accept-form')).toBeNull();
  });
});
