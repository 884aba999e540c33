import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import type { AuditEvent } from '@xinzhi/shared-contracts';
import { provideNzIconsTesting } from 'ng-zorro-antd/icon/testing';
import { AuditPageComponent } from './audit-page.component';

const event = (id: string, action: AuditEvent['action'], detail: AuditEvent['detail'] = {}): AuditEvent => ({
  id,
  at: '2026-03-01T08:00:00.000Z',
  action,
  actorUserId: '01a21f4d-0000-7000-8000-0000000000aa',
  actorName: null,
  actorEmail: 'owner@acme.test',
  subject: 'li@acme.test',
  detail,
  ip: '10.0.0.1',
});

describe('AuditPageComponent', () => {
  it('shows events newest first as the API gives them, and loads more with the cursor', () => {
    localStorage.clear();
    jest.spyOn(window.navigator, 'languages', 'get').mockReturnValue(['en-US']);
    TestBed.configureTestingModule({
      providers: [provideNzIconsTesting(), provideHttpClient(), provideHttpClientTesting(), provideRouter([])],
    });
    const backend = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(AuditPageComponent);
    fixture.detectChanges();
    backend.expectOne((r) => r.url === '/api/members').flush({ items: [], nextCursor: null });

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

  it('asks for the filters of the address, words business details, and writes a changed filter back', async () => {
    localStorage.clear();
    jest.spyOn(window.navigator, 'languages', 'get').mockReturnValue(['en-US']);
    TestBed.configureTestingModule({
      providers: [
        provideNzIconsTesting(),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([{ path: 'audit', component: AuditPageComponent }]),
      ],
    });
    const backend = TestBed.inject(HttpTestingController);
    const router = TestBed.inject(Router);
    await router.navigateByUrl('/audit?kind=task&from=2026-03-01&to=2026-03-31&actorId=bogus');
    const fixture = TestBed.createComponent(AuditPageComponent);
    fixture.detectChanges();
    backend.expectOne((r) => r.url === '/api/members').flush({ items: [], nextCursor: null });

    const first = backend.expectOne((r) => r.url === '/api/audit-events');
    expect(first.request.params.get('kind')).toBe('task');
    expect(first.request.params.get('from')).toBe('2026-03-01');
    expect(first.request.params.get('to')).toBe('2026-03-31');
    // A hand-edited person that is no user id is dropped rather than answered with 400.
    expect(first.request.params.has('actorId')).toBe(false);
    first.flush({
      items: [event('e3', 'task.updated', { status: 'todo → done', percentDone: '40 → 100', team: null })],
      nextCursor: null,
    });
    fixture.detectChanges();
    const el = fixture.nativeElement as HTMLElement;
    expect(el.querySelector('[data-testid="audit-row"]')?.textContent).toContain('status: todo → done; percent done: 40 → 100');

    // A reversed range is said, and not asked.
    const to = el.querySelector<HTMLInputElement>('[data-testid="audit-filter-to"]') as HTMLInputElement;
    to.value = '2026-02-01';
    to.dispatchEvent(new Event('change'));
    fixture.detectChanges();
    expect(el.querySelector('[data-testid="audit-filter-dates-error"]')).not.toBeNull();
    backend.expectNone((r) => r.url === '/api/audit-events');

    el.querySelector<HTMLButtonElement>('[data-testid="audit-filter-clear"]')?.click();
    fixture.detectChanges();
    await fixture.whenStable();
    const cleared = backend.expectOne((r) => r.url === '/api/audit-events');
    expect(cleared.request.params.keys().sort()).toEqual(['limit']);
    cleared.flush({ items: [], nextCursor: null });
    expect(router.url).toBe('/audit');
    backend.verify();
    jest.restoreAllMocks();
  });
});
