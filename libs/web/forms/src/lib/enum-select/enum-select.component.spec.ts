import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { By } from '@angular/platform-browser';
import { provideNoopAnimations } from '@angular/platform-browser/animations';
import type { TenantRole } from '@xinzhi/shared-contracts';
import { ROLE_LABELS } from '@xinzhi/web-core';
import { NzSelectComponent } from 'ng-zorro-antd/select';
import { EnumSelectComponent } from './enum-select.component';

@Component({
  imports: [ReactiveFormsModule, EnumSelectComponent],
  template: `
    <form [formGroup]="form">
      <xz-enum-select
        formControlName="role"
        testId="invite-role"
        inputId="invite-role"
        [options]="roles"
        [labels]="labels"
        placeholder="common.select"
      />
    </form>
  `,
})
class HostComponent {
  readonly roles: TenantRole[] = ['owner', 'leader', 'team_lead', 'employee'];
  readonly labels = ROLE_LABELS;
  readonly form = new FormGroup({ role: new FormControl<TenantRole | null>('employee') });
}

describe('EnumSelectComponent', () => {
  beforeEach(() => {
    localStorage.clear();
    jest.spyOn(window.navigator, 'languages', 'get').mockReturnValue(['en-US']);
    TestBed.configureTestingModule({ providers: [provideNoopAnimations()] });
  });

  afterEach(() => jest.restoreAllMocks());

  async function render() {
    const fixture = TestBed.createComponent(HostComponent);
    fixture.detectChanges();
    await fixture.whenStable();
    fixture.detectChanges();
    const select = fixture.debugElement.query(By.directive(NzSelectComponent));
    return { fixture, host: fixture.componentInstance, select, el: fixture.nativeElement as HTMLElement };
  }

  it('shows the form value by its translated label under the given test id and input id', async () => {
    const { el } = await render();
    const select = el.querySelector('[data-testid="invite-role"]');
    expect(select).not.toBeNull();
    expect(select?.textContent).toContain('Employee');
    expect(el.querySelector('#invite-role')).not.toBeNull();
  });

  it('writes a choice back to the form and follows later form values', async () => {
    const { fixture, host, select, el } = await render();
    select.triggerEventHandler('ngModelChange', 'leader');
    expect(host.form.value.role).toBe('leader');
    host.form.controls.role.setValue('owner');
    fixture.detectChanges();
    await fixture.whenStable();
    fixture.detectChanges();
    expect(el.querySelector('[data-testid="invite-role"]')?.textContent).toContain('Owner');
  });

  it('marks the control touched on blur and follows the form control being disabled', async () => {
    const { fixture, host, select } = await render();
    select.triggerEventHandler('nzBlur', undefined);
    expect(host.form.controls.role.touched).toBe(true);
    host.form.controls.role.disable();
    fixture.detectChanges();
    expect((select.componentInstance as NzSelectComponent).nzDisabled).toBe(true);
  });
});
