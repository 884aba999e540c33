import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { Department } from '@xinzhi/shared-contracts';
import { AuthService } from '@xinzhi/web-core';
import { provideNzIconsTesting } from 'ng-zorro-antd/icon/testing';
import { DepartmentsPageComponent } from './departments-page.component';

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
const dept = (id: string, name: string, memberCount: number): Department => ({ id, name, memberCount, createdAt: '' });

describe('DepartmentsPageComponent (owner)', () => {
  let fixture: ComponentFixture<DepartmentsPageComponent>;
  let backend: HttpTestingController;

  beforeEach(async () => {
    localStorage.clear();
    jest.spyOn(window.navigator, 'languages', 'get').mockReturnValue(['zh-CN']);
    TestBed.configureTestingModule({
      providers: [provideNzIconsTesting(), provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
    backend = TestBed.inject(HttpTestingController);
    const loaded = TestBed.inject(AuthService).loadMe();
    backend.expectOne('/api/me').flush({
      user: { id: 'u1', email: 'o@a.test', displayName: 'O', locale: 'zh-CN', platformOperator: false },
      memberships: [{ type: 'tenant', id: 't1', name: 'Acme', role: 'owner' }],
      context: { type: 'tenant', id: 't1', role: 'owner' },
    });
    await loaded;
    fixture = TestBed.createComponent(DepartmentsPageComponent);
    fixture.detectChanges();
    backend
      .expectOne((r) => r.url === '/api/departments')
      .flush({ items: [dept('d2', '生产部', 3), dept('d1', '财务部', 1)], nextCursor: null });
    fixture.detectChanges();
  });

  afterEach(() => {
    backend.verify();
    jest.restoreAllMocks();
  });

  const byTestId = (id: string) => document.querySelector<HTMLElement>(`[data-testid="${id}"]`);

  it('lists departments with member counts', () => {
    expect(byTestId('department-row-生产部')?.textContent).toContain('3 名成员');
    expect(byTestId('department-row-财务部')?.textContent).toContain('1 名成员');
  });

  it('adds a department, and shows a duplicate name on the field', async () => {
    const input = byTestId('department-new-name') as HTMLInputElement;
    input.value = '生产部';
    input.dispatchEvent(new Event('input'));
    byTestId('department-create')?.click();
    await settle();
    backend.expectOne({ method: 'POST', url: '/api/departments' }).flush(
      {
        type: '/problems/conflict',
        title: 'Conflict',
        status: 409,
        errors: [{ field: 'name', code: 'unique', message: 'name is already used by another department' }],
      },
      { status: 409, statusText: 'Conflict' },
    );
    fixture.detectChanges();
    expect(fixture.nativeElement.textContent).toContain('已被使用，请换一个');
    expect(byTestId('department-create-error')).toBeNull();

    input.value = '研发部';
    input.dispatchEvent(new Event('input'));
    byTestId('department-create')?.click();
    await settle();
    const request = backend.expectOne({ method: 'POST', url: '/api/departments' });
    expect(request.request.body).toEqual({ name: '研发部' });
    request.flush(dept('d3', '研发部', 0));
    fixture.detectChanges();
    expect(byTestId('department-row-研发部')).not.toBeNull();
  });

  it('renames in place', async () => {
    byTestId('department-rename-财务部')?.click();
    fixture.detectChanges();
    const input = byTestId('department-rename-input') as HTMLInputElement;
    expect(input.value).toBe('财务部');
    input.value = '财务中心';
    input.dispatchEvent(new Event('input'));
    byTestId('department-rename-save')?.click();
    await settle();
    backend.expectOne({ method: 'PATCH', url: '/api/departments/d1' }).flush(dept('d1', '财务中心', 1));
    fixture.detectChanges();
    expect(byTestId('department-row-财务中心')).not.toBeNull();
  });
});
