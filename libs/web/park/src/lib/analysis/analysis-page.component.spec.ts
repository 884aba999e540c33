import { Component, input, output } from '@angular/core';
import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { Analysis } from '@xinzhi/shared-contracts';
import { I18nService } from '@xinzhi/web-core';
import { CHART_HOST_LOADER } from '@xinzhi/web-ui/chart';
import { PARK_DICTIONARIES } from '@xinzhi/web-park-i18n';
import { provideNzIconsTesting } from 'ng-zorro-antd/icon/testing';
import { AnalysisPageComponent } from './analysis-page.component';

// The chart is the shared, lazily imported one; here its host is an empty stand-in (the view functions have their own tests).
@Component({ selector: 'xz-chart-host', template: '' })
class StandInChartHostComponent {
  readonly options = input<unknown>();
  readonly height = input<number>();
  readonly chartClick = output<unknown>();
}

const analysis: Analysis = {
  rows: 'industry',
  cols: 'scale',
  measure: 'tenantCount',
  rowKeys: ['C'],
  colKeys: ['small'],
  cells: [
    {
      row: 'C',
      col: 'small',
      tenantCount: 2,
      value: 2,
      levels: null,
      tenants: [
        { id: '00000000-0000-4000-8000-000000000001', name: '甲科技' },
        { id: '00000000-0000-4000-8000-000000000002', name: '乙精密' },
      ],
    },
  ],
  rowTotals: [{ key: 'C', tenantCount: 2, value: 2, levels: null }],
  colTotals: [{ key: 'small', tenantCount: 2, value: 2, levels: null }],
  total: { tenantCount: 2, value: 2, levels: null },
};

describe('AnalysisPageComponent', () => {
  afterEach(() => jest.restoreAllMocks());

  function setUp() {
    localStorage.clear();
    jest.spyOn(window.navigator, 'languages', 'get').mockReturnValue(['zh-CN']);
    TestBed.configureTestingModule({
      providers: [
        provideNzIconsTesting(),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([]),
        { provide: CHART_HOST_LOADER, useValue: () => Promise.resolve(StandInChartHostComponent) },
      ],
    });
    TestBed.inject(I18nService).register(PARK_DICTIONARIES);
    const backend = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(AnalysisPageComponent);
    fixture.detectChanges();
    return { backend, fixture, el: fixture.nativeElement as HTMLElement };
  }

  it('asks for industry × scale by tenant count first, shows the cells, and lists a cell’s tenants as links', () => {
    const { backend, fixture, el } = setUp();
    const req = backend.expectOne((r) => r.url === '/api/park/analysis');
    expect(req.request.params.get('rows')).toBe('industry');
    expect(req.request.params.get('cols')).toBe('scale');
    expect(req.request.params.get('measure')).toBe('tenantCount');
    req.flush(analysis);
    fixture.detectChanges();
    const cell = el.querySelector<HTMLButtonElement>('[data-testid="analysis-cell-C-small"]');
    expect(cell?.textContent?.trim()).toBe('2');
    expect(el.querySelector('[data-testid="analysis-total"]')?.textContent?.trim()).toBe('2');
    cell?.click();
    fixture.detectChanges();
    const links = Array.from(el.querySelectorAll<HTMLAnchorElement>('[data-testid="analysis-drill-tenant"]'));
    expect(links.map((a) => a.textContent?.trim())).toEqual(['甲科技', '乙精密']);
    expect(links[0].getAttribute('href')).toBe('/park/tenants/00000000-0000-4000-8000-000000000001');
  });

  it('lists the tenants of a bar clicked in the chart, which sits under the analysis-chart test id', async () => {
    const { backend, fixture, el } = setUp();
    backend.expectOne((r) => r.url === '/api/park/analysis').flush(analysis);
    fixture.detectChanges();
    await fixture.whenStable();
    fixture.detectChanges();
    const host = fixture.debugElement.query((d) => d.componentInstance instanceof StandInChartHostComponent);
    expect(host.nativeElement.closest('[data-testid="analysis-chart"]')).not.toBeNull();
    expect(el.querySelector('[data-testid="analysis-drill"]')).toBeNull();
    (host.componentInstance as StandInChartHostComponent).chartClick.emit({ row: 'C', col: 'small' });
    fixture.detectChanges();
    const links = Array.from(el.querySelectorAll<HTMLAnchorElement>('[data-testid="analysis-drill-tenant"]'));
    expect(links.map((a) => a.textContent?.trim())).toEqual(['甲科技', '乙精密']);
  });

  it('shows an error with a retry, and an empty park as empty', () => {
    const { backend, fixture, el } = setUp();
    backend.expectOne((r) => r.url === '/api/park/analysis').flush({ title: 'boom' }, { status: 500, statusText: 'Error' });
    fixture.detectChanges();
    expect(el.querySelector('[data-testid="analysis"]')?.getAttribute('data-state')).toBe('error');
    (fixture.componentInstance as unknown as { load(): void }).load();
    backend
      .expectOne((r) => r.url === '/api/park/analysis')
      .flush({
        ...analysis,
        rowKeys: [],
        colKeys: [],
        cells: [],
        rowTotals: [],
        colTotals: [],
        total: { tenantCount: 0, value: 0, levels: null },
      });
    fixture.detectChanges();
    expect(el.querySelector('[data-testid="analysis"]')?.textContent).toContain('园区还没有企业');
  });
});
