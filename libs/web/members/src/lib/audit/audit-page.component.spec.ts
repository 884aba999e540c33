import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { AuditEvent } from '@xinzhi/shared-contracts';
import { provideNzIconsTesting } from 'ng-zorro-antd/icon/testing';
import { AuditPageComponent } from './audit-page.component';

const event = (id: string, action: AuditEvent['action'], detail: AuditEvent['detail'] = {}): AuditEvent => ({
  id,
  at: '2026-03-01T08:00:00.000Z',
  action,
  actorEmail: 'owner@acme.test',
  subject: 'li@acme.test',
  detail,
  ip: '10.0.0.1',
});

describe('AuditPageComponent', () => {
  it('shows events newest first as the API gives them, and loads more with the cursor', () => {
    localStorage.clear();
    jest.spyOn(window.navigator, 'languages', 'get').mockReturnValue(['en-US']);
    TestBed.configureTestingModule({ providers: [provideNzIconsTesting(), provideHttpClient(), provideHttpClientTesting()] });
    const backend = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(AuditPageComponent);
    fixture.detectChanges();

    const first = backend.expectOne((r) => r.url === '/api/audit-events');
    expect(first.request.params.get('cursor')).toBeNull();
    first.flush({ items: [event('e2', 'member.role_changed', { from: 'employee', to: 'leader' })], nextCursor: 'c1' });
    fixture.detectChanges();
    const el = fixture.nativeElement as HTMLElement;
    expect(el.querySelector('[data-testid="audit-row"]')?.textContent).toContain('Role changed');
    expect(el.textContent).toContain('Employee → Leadership group');

    el.querySelector<HTMLButtonElement>('[data-testid="audit-load-more"]')?.click();
    const second = backend.expectOne((r) => r.url === '/api/audit-events' && r.params.get('cursor') === 'c1');
    second.flush({ items: [event('e1', 'login.failed')], nextCursor: null });
    fixture.detectChanges();
    expect(el.querySelectorAll('[data-testid="audit-row"]')).toHaveLength(2);
    expect(el.querySelector('[data-testid="audit-load-more"]')).toBeNull();
    backend.verify();
    jest.restoreAllMocks();
  });
});
