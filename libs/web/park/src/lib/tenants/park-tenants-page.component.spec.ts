import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { Tenant } from '@xinzhi/shared-contracts';
import { I18nService } from '@xinzhi/web-core';
import { provideNzIconsTesting } from 'ng-zorro-antd/icon/testing';
import { ParkTenantsPageComponent } from './park-tenants-page.component';

const tenant: Tenant = {
  id: 't1',
  parkId: 'p1',
  name: 'Cloudway Logistics',
  creditCode: null,
  industrySection: 'G',
  industryDivision: '59',
  scale: 'micro',
  region: '苏州工业园区',
  emerging: true,
  manufacturingType: 'none',
  showcase: true,
  createdAt: '',
  updatedAt: '',
  ownerEmail: 'owner@cloudway.test',
  ownerStatus: 'invited',
  maturityLevel: null,
  maturityPoints: null,
  assessedOn: null,
};

describe('ParkTenantsPageComponent', () => {
  afterEach(() => jest.restoreAllMocks());

  it('shows each enterprise’s classification in the current language', () => {
    localStorage.clear();
    jest.spyOn(window.navigator, 'languages', 'get').mockReturnValue(['en-US']);
    TestBed.configureTestingModule({ providers: [provideNzIconsTesting(), provideHttpClient(), provideHttpClientTesting()] });
    const backend = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(ParkTenantsPageComponent);
    fixture.detectChanges();
    backend.expectOne((r) => r.url === '/api/park/tenants').flush({ items: [tenant], nextCursor: null });
    fixture.detectChanges();

    const row = () => (fixture.nativeElement as HTMLElement).querySelector('[data-testid="tenant-row-Cloudway Logistics"]');
    const text = () => row()?.textContent?.replace(/\s+/g, ' ') ?? '';
    expect(text()).toContain('G Transport, storage and postal services · 59');
    expect(text()).toContain('Micro');
    expect(text()).toContain('Not manufacturing');
    expect(text()).toContain('Emerging');
    expect(text()).toContain('Showcase');
    expect(text()).toContain('owner@cloudway.test');
    expect(text()).toContain('Invited');

    TestBed.inject(I18nService).setLocale('zh-CN');
    fixture.detectChanges();
    expect(text()).toContain('G 交通运输、仓储和邮政业 · 59');
    expect(text()).toContain('新兴产业');
    expect(text()).toContain('待接受邀请');
    backend.verify();
  });

  it('offers a new owner link while the owner has not joined, and shows it after the confirmation', async () => {
    localStorage.clear();
    jest.spyOn(window.navigator, 'languages', 'get').mockReturnValue(['en-US']);
    TestBed.configureTestingModule({ providers: [provideNzIconsTesting(), provideHttpClient(), provideHttpClientTesting()] });
    const backend = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(ParkTenantsPageComponent);
    fixture.detectChanges();
    const joined: Tenant = { ...tenant, id: 't2', name: 'Joined Works', ownerStatus: 'active' };
    backend.expectOne((r) => r.url === '/api/park/tenants').flush({ items: [tenant, joined], nextCursor: null });
    fixture.detectChanges();
    const byTestId = (id: string) => document.querySelector<HTMLElement>(`[data-testid="${id}"]`);

    expect(byTestId('tenant-relink-Joined Works')).toBeNull();
    byTestId('tenant-relink-Cloudway Logistics')?.click();
    fixture.detectChanges();
    await fixture.whenStable();
    document.querySelector<HTMLButtonElement>('.ant-popover .ant-btn-primary')?.click();
    await new Promise((resolve) => setTimeout(resolve, 0));
    backend
      .expectOne({ method: 'POST', url: '/api/park/tenants/t1/owner-invitation' })
      .flush({ id: 'i1', email: 'owner@cloudway.test', acceptUrl: 'http://localhost/invite/fresh', expiresAt: '2026-03-16T00:00:00.000Z' });
    fixture.detectChanges();
    await fixture.whenStable();
    expect(byTestId('tenant-relink-link')?.textContent).toBe('http://localhost/invite/fresh');
    backend.verify();
  });
});
