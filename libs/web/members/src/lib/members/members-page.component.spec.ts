import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { Member, MeResponse, TenantRole } from '@xinzhi/shared-contracts';
import { AuthService } from '@xinzhi/web-core';
import { provideNzIconsTesting } from 'ng-zorro-antd/icon/testing';
import { MembersPageComponent } from './members-page.component';

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

function member(email: string, role: TenantRole, extra: Partial<Member> = {}): Member {
  return {
    id: `m-${email.split('@')[0]}`,
    userId: `u-${email}`,
    email,
    displayName: email.split('@')[0],
    role,
    departmentId: null,
    departmentName: null,
    jobTitle: null,
    status: 'active',
    joinedAt: '2026-01-01T00:00:00.000Z',
    ...extra,
  };
}

const MEMBERS = [
  member('owner@acme.test', 'owner', { userId: 'u1', departmentId: 'd1', departmentName: 'Management' }),
  member('li@acme.test', 'leader'),
  member('new@acme.test', 'employee', { userId: null, status: 'invited', joinedAt: null }),
];

function meAs(role: TenantRole): MeResponse {
  return {
    user: { id: 'u1', email: 'owner@acme.test', displayName: 'owner', locale: 'en-US', platformOperator: false },
    memberships: [{ type: 'tenant', id: 't1', name: 'Acme', role }],
    context: { type: 'tenant', id: 't1', role },
    calendar: { timeZone: 'Asia/Shanghai', today: '2026-03-02', now: '2026-03-01T17:00:00Z' },
  };
}

describe('MembersPageComponent', () => {
  let fixture: ComponentFixture<MembersPageComponent>;
  let backend: HttpTestingController;

  async function render(role: TenantRole): Promise<void> {
    localStorage.clear();
    jest.spyOn(window.navigator, 'languages', 'get').mockReturnValue(['en-US']);
    TestBed.configureTestingModule({
      providers: [provideNzIconsTesting(), provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
    backend = TestBed.inject(HttpTestingController);
    const loaded = TestBed.inject(AuthService).loadMe();
    backend.expectOne('/api/me').flush(meAs(role));
    await loaded;
    fixture = TestBed.createComponent(MembersPageComponent);
    fixture.detectChanges();
    backend.expectOne((r) => r.url === '/api/members').flush({ items: MEMBERS, nextCursor: null });
    backend
      .expectOne((r) => r.url === '/api/departments')
      .flush({ items: [{ id: 'd1', name: 'Management', memberCount: 1, createdAt: '' }], nextCursor: null });
    fixture.detectChanges();
  }

  afterEach(() => {
    backend.verify();
    jest.restoreAllMocks();
  });

  const byTestId = (id: string) => document.querySelector<HTMLElement>(`[data-testid="${id}"]`);

  function type(id: string, value: string): void {
    const input = byTestId(id) as HTMLInputElement;
    input.value = value;
    input.dispatchEvent(new Event('input'));
  }

  it('lists members with role, department and status', async () => {
    await render('owner');
    const row = byTestId('member-row-owner@acme.test');
    expect(row?.textContent).toContain('Owner');
    expect(row?.textContent).toContain('Management');
    expect(row?.textContent).toContain('(you)');
    expect(byTestId('member-row-new@acme.test')?.textContent).toContain('Invited');
    expect(byTestId('invite-open')).not.toBeNull();
    // The owner cannot remove themselves.
    expect((byTestId('member-remove-owner@acme.test') as HTMLButtonElement).disabled).toBe(true);
  });

  it('is read-only for a leader', async () => {
    await render('leader');
    expect(byTestId('invite-open')).toBeNull();
    expect(byTestId('member-edit-li@acme.test')).toBeNull();
    expect(fixture.nativeElement.textContent).toContain('Only the owner can invite');
  });

  it('invites a member and shows the link to pass on', async () => {
    await render('owner');
    byTestId('invite-open')?.click();
    fixture.detectChanges();
    await fixture.whenStable();
    type('invite-email', ' zhao@acme.test ');
    type('invite-name', 'Zhao Lei');
    byTestId('invite-submit')?.click();
    await settle();
    const request = backend.expectOne({ method: 'POST', url: '/api/members' });
    expect(request.request.body).toEqual({
      email: 'zhao@acme.test',
      displayName: 'Zhao Lei',
      role: 'employee',
      departmentId: null,
      jobTitle: null,
    });
    request.flush({
      member: member('zhao@acme.test', 'employee', { status: 'invited', userId: null }),
      invitation: { id: 'i1', email: 'zhao@acme.test', acceptUrl: 'http://localhost/invite/secret', expiresAt: '' },
    });
    fixture.detectChanges();
    await fixture.whenStable();
    expect(byTestId('invite-link')?.textContent).toBe('http://localhost/invite/secret');
    expect(byTestId('member-row-zhao@acme.test')).not.toBeNull();
  });

  it('offers a new link on pending rows only, and shows it after the confirmation', async () => {
    await render('owner');
    expect(byTestId('member-relink-li@acme.test')).toBeNull();
    byTestId('member-relink-new@acme.test')?.click();
    fixture.detectChanges();
    await fixture.whenStable();
    expect(document.querySelector('.ant-popover')?.textContent).toContain('stops working');
    document.querySelector<HTMLButtonElement>('.ant-popover .ant-btn-primary')?.click();
    await settle();
    backend
      .expectOne({ method: 'POST', url: '/api/members/m-new/invitation' })
      .flush({ id: 'm-new', email: 'new@acme.test', acceptUrl: 'http://localhost/invite/fresh', expiresAt: '2026-03-16T00:00:00.000Z' });
    fixture.detectChanges();
    await fixture.whenStable();
    expect(byTestId('relink-link')?.textContent).toBe('http://localhost/invite/fresh');
    expect(byTestId('relink-result')?.textContent).toContain('no longer works');
  });

  it('explains that the last owner cannot be demoted', async () => {
    await render('owner');
    byTestId('member-edit-owner@acme.test')?.click();
    fixture.detectChanges();
    await fixture.whenStable();
    byTestId('member-edit-submit')?.click();
    await settle();
    backend.expectOne({ method: 'PATCH', url: '/api/members/m-owner' }).flush(
      {
        type: '/problems/conflict',
        title: 'Conflict',
        status: 409,
        errors: [{ field: 'role', code: 'conflict', message: 'This is the last owner of the enterprise.' }],
      },
      { status: 409, statusText: 'Conflict' },
    );
    fixture.detectChanges();
    expect(document.body.textContent).toContain('This is the last owner of the enterprise. Make someone else owner first.');
  });
});
