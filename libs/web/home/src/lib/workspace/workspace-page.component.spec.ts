import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { TenantRole } from '@xinzhi/shared-contracts';
import { AuthService } from '@xinzhi/web-core';
import { provideNzIconsTesting } from 'ng-zorro-antd/icon/testing';
import { WorkspacePageComponent } from './workspace-page.component';

describe('WorkspacePageComponent', () => {
  afterEach(() => jest.restoreAllMocks());

  async function render(role: TenantRole, language: string) {
    localStorage.clear();
    jest.spyOn(window.navigator, 'languages', 'get').mockReturnValue([language]);
    TestBed.configureTestingModule({
      providers: [provideNzIconsTesting(), provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
    const loaded = TestBed.inject(AuthService).loadMe();
    TestBed.inject(HttpTestingController)
      .expectOne('/api/me')
      .flush({
        user: { id: 'u1', email: 'x@acme.test', displayName: '王建国', locale: 'zh-CN', platformOperator: false },
        memberships: [{ type: 'tenant', id: 't1', name: 'Acme Precision Machining', role }],
        context: { type: 'tenant', id: 't1', role },
      });
    await loaded;
    const fixture = TestBed.createComponent(WorkspacePageComponent);
    fixture.detectChanges();
    const el = fixture.nativeElement as HTMLElement;
    return { el, byTestId: (id: string) => el.querySelector<HTMLElement>(`[data-testid="${id}"]`) };
  }

  it('shows the enterprise, the role, the note about projects and the owner’s links', async () => {
    const { byTestId } = await render('owner', 'zh-CN');
    expect(byTestId('workspace-title')?.textContent).toBe('Acme Precision Machining');
    expect(byTestId('workspace-role')?.textContent?.trim()).toBe('企业负责人');
    expect(byTestId('workspace-coming-soon')?.textContent).toContain('后续版本');
    expect(byTestId('workspace-link-members')?.getAttribute('href')).toBe('/members');
    expect(byTestId('workspace-link-departments')).not.toBeNull();
    expect(byTestId('workspace-link-audit')).not.toBeNull();
  });

  it('offers an employee no management links', async () => {
    const { byTestId, el } = await render('employee', 'en-US');
    expect(byTestId('workspace-role')?.textContent?.trim()).toBe('Employee');
    expect(el.querySelector('[data-testid^="workspace-link-"]')).toBeNull();
  });
});
