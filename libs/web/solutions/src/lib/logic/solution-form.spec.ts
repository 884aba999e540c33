import { FormControl, FormGroup } from '@angular/forms';
import { CreateSolutionRequestSchema } from '@xinzhi/shared-contracts';
import {
  integerValidator,
  notBelowSibling,
  pickOneValidator,
  solutionFormValue,
  solutionRequest,
  type SolutionFormValue,
} from './solution-form';

const value: SolutionFormValue = {
  name: ' 轻量仓储 WMS ',
  providerName: '云仓科技',
  providerContact: '',
  summary: '扫码出入库',
  technologyTypes: ['cloud_computing'],
  businessAreas: ['warehousing_logistics'],
  industries: ['C'],
  scales: ['small'],
  priceMin: '20000',
  priceMax: 60000,
  deployWeeks: '4',
  delivery: 'saas',
  status: 'draft',
  scenes: [{ sceneId: 'warehousing', toLevel: '2' }],
  templateTasks: [
    {
      title: ' 梳理库位 ',
      businessArea: 'warehousing_logistics',
      technologyType: 'cloud_computing',
      weight: '2',
      startOffsetDays: 0,
      dueOffsetDays: '7',
    },
  ],
  templateKpis: [{ name: '库存准确率', unit: '%', direction: 'higher_is_better', category: 'quality', baseline: '85', target: 99.5 }],
};

describe('solution form', () => {
  it('sends numbers as numbers and trimmed texts, which the contract accepts', () => {
    const request = solutionRequest(value);
    expect(request.name).toBe('轻量仓储 WMS');
    expect(request.priceBand).toEqual({ min: 20000, max: 60000 });
    expect(request.deployWeeks).toBe(4);
    expect(request.scenes).toEqual([{ sceneId: 'warehousing', toLevel: 2 }]);
    expect(request.templateTasks[0]).toEqual({
      title: '梳理库位',
      businessArea: 'warehousing_logistics',
      technologyType: 'cloud_computing',
      weight: 2,
      startOffsetDays: 0,
      dueOffsetDays: 7,
    });
    expect(request.templateKpis?.[0]).toMatchObject({ baseline: 85, target: 99.5 });
    expect(CreateSolutionRequestSchema.safeParse(request).success).toBe(true);
  });

  it('fills the form from a stored solution and sends the same back', () => {
    const stored = {
      ...solutionRequest(value),
      id: '00000000-0000-4000-8000-000000000001',
      parkId: '00000000-0000-4000-8000-000000000002',
      providerContact: '',
      summary: '扫码出入库',
      scenes: [{ sceneId: 'warehousing', toLevel: 2 }],
      industries: ['C'],
      scales: ['small' as const],
      templateTasks: solutionRequest(value).templateTasks.map((task) => ({ ...task, description: '' })),
      templateKpis: solutionRequest(value).templateKpis ?? [],
      status: 'published' as const,
      adoptionCount: 3,
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
    };
    expect(solutionRequest(solutionFormValue(stored))).toEqual({ ...solutionRequest(value), status: 'published' });
  });

  it('refuses a due day before the start day, an upper price below the lower, fractions and empty choices', () => {
    const task = new FormGroup({
      startOffsetDays: new FormControl<number | null>(5),
      dueOffsetDays: new FormControl<number | null>(3, [notBelowSibling('startOffsetDays', 'order')]),
    });
    // The sibling is read through the parent: validity is known once the control sits in its group.
    task.controls.dueOffsetDays.updateValueAndValidity();
    expect(task.controls.dueOffsetDays.errors).toEqual({ order: true });
    task.controls.dueOffsetDays.setValue(5);
    expect(task.controls.dueOffsetDays.errors).toBeNull();

    const price = new FormGroup({
      priceMin: new FormControl<number | null>(100),
      priceMax: new FormControl<number | null>(50, [notBelowSibling('priceMin', 'priceOrder')]),
    });
    price.controls.priceMax.updateValueAndValidity();
    expect(price.controls.priceMax.errors).toEqual({ priceOrder: true });

    expect(integerValidator(new FormControl(1.5))).toEqual({ integer: true });
    expect(integerValidator(new FormControl('3'))).toBeNull();
    expect(integerValidator(new FormControl(''))).toBeNull();
    expect(pickOneValidator(new FormControl([]))).toEqual({ pickOne: true });
    expect(pickOneValidator(new FormControl(['iot']))).toBeNull();
  });
});
