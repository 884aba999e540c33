import { FormControl, FormGroup, Validators } from '@angular/forms';
import {
  amountValidator,
  budgetCapValidator,
  dateOrderValidator,
  type SchemeFormValue,
  schemeRequest,
  taskFiltersApply,
} from './scheme-form';

describe('scheme form validation (mirrors the API)', () => {
  it('accepts amounts above 0 up to 10,000,000 with at most two decimals', () => {
    const amount = new FormControl<number | string | null>(null, [Validators.required, amountValidator]);
    for (const ok of [0.01, 200, 10_000_000, '99.5']) {
      amount.setValue(ok);
      expect(amount.errors).toBeNull();
    }
    for (const bad of [0, -1, 10_000_000.01, 1.005, 'abc']) {
      amount.setValue(bad);
      expect(amount.errors).toEqual({ amount: true });
    }
  });

  it('leaves the budget cap optional but checks it when given', () => {
    const cap = new FormControl<number | string | null>(null, [budgetCapValidator]);
    expect(cap.errors).toBeNull();
    cap.setValue('');
    expect(cap.errors).toBeNull();
    cap.setValue(0);
    expect(cap.errors).toEqual({ budgetCap: true });
    cap.setValue(3000);
    expect(cap.errors).toBeNull();
  });

  it('refuses an end before the start', () => {
    const group = new FormGroup({
      activeFrom: new FormControl('2026-06-01'),
      activeUntil: new FormControl('2026-05-31', [dateOrderValidator]),
    });
    // A control is first validated before it has a parent; the form re-validates it once assembled (and whenever activeFrom changes).
    group.controls.activeUntil.updateValueAndValidity();
    expect(group.controls.activeUntil.errors).toEqual({ order: true });
    group.controls.activeUntil.setValue('2026-06-01');
    expect(group.controls.activeUntil.errors).toBeNull();
    group.controls.activeUntil.setValue('');
    expect(group.controls.activeUntil.errors).toBeNull();
    group.controls.activeUntil.setValue('2026-05-01');
    group.controls.activeFrom.setValue('');
    group.controls.activeUntil.updateValueAndValidity();
    expect(group.controls.activeUntil.errors).toBeNull();
  });

  it('applies weight scaling and area / technology filters to task_done only', () => {
    expect(taskFiltersApply('task_done')).toBe(true);
    expect(taskFiltersApply('kpi_target_reached')).toBe(false);
    expect(taskFiltersApply('team_all_done')).toBe(false);
  });

  it('sends null for empty optional fields and drops task-only settings for other triggers', () => {
    const value: SchemeFormValue = {
      name: '  物联网积分 ',
      description: '',
      kind: 'points',
      trigger: 'task_done',
      amount: '10',
      scaleByWeight: true,
      businessAreas: ['production'],
      technologyTypes: ['internet_of_things'],
      projectId: null,
      budgetCap: '',
      activeFrom: '',
      activeUntil: '',
      active: true,
    };
    expect(schemeRequest(value)).toEqual({
      name: '物联网积分',
      description: '',
      kind: 'points',
      trigger: 'task_done',
      amount: 10,
      scaleByWeight: true,
      businessAreas: ['production'],
      technologyTypes: ['internet_of_things'],
      projectId: null,
      budgetCap: null,
      activeFrom: null,
      activeUntil: null,
      active: true,
    });
    expect(schemeRequest({ ...value, trigger: 'kpi_target_reached', budgetCap: 5000, activeFrom: '2026-01-01' })).toMatchObject({
      scaleByWeight: false,
      businessAreas: [],
      technologyTypes: [],
      budgetCap: 5000,
      activeFrom: '2026-01-01',
    });
  });
});
