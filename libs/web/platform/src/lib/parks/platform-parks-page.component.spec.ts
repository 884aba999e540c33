import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideNzIconsTesting } from 'ng-zorro-antd/icon/testing';
import { PlatformParksPageComponent } from './platform-parks-page.component';

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('PlatformParksPageComponent', () => {
  afterEach(() => jest.restoreAllMocks());

  it('lists parks and adds one with its first administrator, showing the invitation link', async () => {
    localStorage.clear();
    jest.spyOn(window.navigator, 'languages', 'get').mockReturnValue(['en-US']);
    TestBed.configureTestingModule({ providers: [provideNzIconsTesting(), provideHttpClient(), provideHttpClientTesting()] });
    const backend = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(PlatformParksPageComponent);
    fixture.detectChanges();
    backend
      .expectOne((r) => r.url === '/api/platform/parks')
      .flush({
        items: [
          {
            id: 'p1',
            name: 'Demo Park',
            region: 'Suzhou',
            tenantCount: 3,
            adminEmails: ['park.admin@xinzhi.test'],
            createdAt: '2026-01-01T00:00:00Z',
          },
        ],
        nextCursor: null,
      });
    fixture.detectChanges();
    const byTestId = (id: string) => document.querySelector<HTMLElement>(`[data-testid="${id}"]`);
    expect(byTestId('park-row-Demo Park')?.textContent).toContain('park.admin@xinzhi.test');
    expect(byTestId('park-row-Demo Park')?.textContent).toContain('3');

    byTestId('park-create-open')?.click();
    fixture.detectChanges();
    await fixture.whenStable();
    byTestId('park-submit')?.click();
    fixture.detectChanges();
    expect(document.body.textContent).toContain('This field is required.');
    backend.expectNone('/api/platform/parks');

    const type = (id: string, value: string) => {
      const input = byTestId(id) as HTMLInputElement;
      input.value = value;
      input.dispatchEvent(new Event('input'));
    };
    type('park-name', 'River Park');
    type('park-region', 'Hangzhou');
    type('park-admin-name', 'Chen');
    type('park-admin-email', 'not-an-email');
    byTestId('park-submit')?.click();
    fixture.detectChanges();
    backend.expectNone('/api/platform/parks');
    type('park-admin-email', 'chen@river.test');
    byTestId('park-submit')?.click();
    await settle();
    const request = backend.expectOne({ method: 'POST', url: '/api/platform/parks' });
    expect(request.request.body).toEqual({ name: 'River Park', region: 'Hangzhou', adminName: 'Chen', adminEmail: 'chen@river.test' });
    request.flush({
      park: { id: 'p2', name: 'River Park', region: 'Hangzhou', tenantCount: 0, adminEmails: [], createdAt: '2026-02-01T00:00:00Z' },
      invitation: { id: 'i1', email: 'chen@river.test', acceptUrl: 'http://localhost/invite/s3cret', expiresAt: '' },
    });
    fixture.detectChanges();
    await fixture.whenStable();
    expect(byTestId('park-invite-link')?.textContent).toBe('http://localhost/invite/s3cret');
    expect(byTestId('park-row-River Park')).not.toBeNull();
    backend.verify();
  });
});
