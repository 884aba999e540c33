import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import type { HealthResponse } from '@xinzhi/shared-contracts';
import { I18nService } from '@xinzhi/web-core';
import { provideNzIconsTesting } from 'ng-zorro-antd/icon/testing';
import { HealthCardComponent } from './health-card.component';

const HEALTHY: HealthResponse = {
  status: 'ok',
  version: '0.1.0',
  checkedAt: '2025-03-01T08:00:00.000Z',
  database: { status: 'up', latencyMs: 2.4 },
  redis: { status: 'up', latencyMs: 0.8 },
  worker: { status: 'up', lastHeartbeatAt: '2025-03-01T07:59:58.000Z', instance: 'worker-1' },
};

const DEGRADED: HealthResponse = {
  ...HEALTHY,
  status: 'degraded',
  redis: { status: 'down', error: 'connect ECONNREFUSED 127.0.0.1:6379' },
  worker: { status: 'down', lastHeartbeatAt: null, instance: null },
};

describe('HealthCardComponent', () => {
  let fixture: ComponentFixture<HealthCardComponent>;
  let backend: HttpTestingController;

  beforeEach(() => {
    localStorage.clear();
    jest.spyOn(window.navigator, 'languages', 'get').mockReturnValue(['en-US']);
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideNzIconsTesting()],
    });
    backend = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(HealthCardComponent);
    fixture.detectChanges();
  });

  afterEach(() => {
    backend.verify();
    jest.restoreAllMocks();
  });

  const el = () => fixture.nativeElement as HTMLElement;
  const byTestId = (id: string) => el().querySelector<HTMLElement>(`[data-testid="${id}"]`);
  const card = () => byTestId('health-card');

  it('shows a loading state while the request runs', () => {
    expect(card()?.getAttribute('data-state')).toBe('loading');
    expect(card()?.textContent).toContain('Checking system status…');
    backend.expectOne('/api/health').flush(HEALTHY);
  });

  it('shows every dependency as running when the API answers 200', () => {
    backend.expectOne('/api/health').flush(HEALTHY);
    fixture.detectChanges();

    expect(card()?.getAttribute('data-state')).toBe('ready');
    expect(byTestId('health-overall')?.textContent).toContain('All core services are running');
    for (const id of ['health-database', 'health-redis', 'health-worker']) {
      expect(byTestId(id)?.getAttribute('data-status')).toBe('up');
      expect(byTestId(id)?.textContent).toContain('Running');
    }
    expect(byTestId('health-database')?.textContent).toContain('2 ms');
    expect(byTestId('health-worker')?.textContent).toContain('Last heartbeat');
    expect(card()?.textContent).toContain('Version 0.1.0');
  });

  it('reads the body of a 503 and shows what is down', () => {
    backend.expectOne('/api/health').flush(DEGRADED, { status: 503, statusText: 'Service Unavailable' });
    fixture.detectChanges();

    expect(card()?.getAttribute('data-state')).toBe('ready');
    expect(byTestId('health-overall')?.getAttribute('data-status')).toBe('degraded');
    expect(byTestId('health-database')?.getAttribute('data-status')).toBe('up');
    expect(byTestId('health-redis')?.getAttribute('data-status')).toBe('down');
    expect(byTestId('health-redis')?.textContent).toContain('Unavailable');
    expect(byTestId('health-redis')?.getAttribute('title')).toContain('ECONNREFUSED');
    expect(byTestId('health-worker')?.textContent).toContain('No heartbeat received yet');
  });

  it('shows an error state when the server cannot be reached, and retries', () => {
    backend.expectOne('/api/health').error(new ProgressEvent('error'), { status: 0 });
    fixture.detectChanges();
    expect(card()?.getAttribute('data-state')).toBe('error');
    expect(byTestId('health-error')?.textContent).toContain('Could not reach the server');

    (byTestId('health-error')?.querySelector('button') as HTMLButtonElement).click();
    fixture.detectChanges();
    expect(card()?.getAttribute('data-state')).toBe('loading');
    backend.expectOne('/api/health').flush(HEALTHY);
    fixture.detectChanges();
    expect(card()?.getAttribute('data-state')).toBe('ready');
  });

  it('treats a 502 from a proxy (no health body) as an error', () => {
    backend.expectOne('/api/health').flush('Bad Gateway', { status: 502, statusText: 'Bad Gateway' });
    fixture.detectChanges();
    expect(card()?.getAttribute('data-state')).toBe('error');
  });

  it('follows the language', () => {
    backend.expectOne('/api/health').flush(HEALTHY);
    TestBed.inject(I18nService).setLocale('zh-CN');
    fixture.detectChanges();
    expect(card()?.textContent).toContain('系统状态');
    expect(byTestId('health-database')?.textContent).toContain('数据库');
    expect(byTestId('health-database')?.textContent).toContain('正常');
    expect(byTestId('health-database')?.textContent).toContain('2 毫秒');
  });

  it('keeps the data on screen while refreshing', () => {
    backend.expectOne('/api/health').flush(HEALTHY);
    fixture.detectChanges();
    byTestId('health-refresh')?.click();
    fixture.detectChanges();
    expect(card()?.getAttribute('data-state')).toBe('ready');
    expect(byTestId('health-refresh')?.hasAttribute('disabled')).toBe(true);
    backend.expectOne('/api/health').flush(DEGRADED, { status: 503, statusText: 'Service Unavailable' });
    fixture.detectChanges();
    expect(byTestId('health-redis')?.getAttribute('data-status')).toBe('down');
  });
});
