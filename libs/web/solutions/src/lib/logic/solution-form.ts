import type { AbstractControl, ValidationErrors, ValidatorFn } from '@angular/forms';
import {
  type BusinessArea,
  type CreateSolutionRequest,
  type EnterpriseScale,
  type KpiCategory,
  type KpiDirection,
  type Solution,
  type SolutionDelivery,
  type SolutionStatus,
  type TechnologyType,
  PROVIDER_TEXT_MAX,
  SOLUTION_NAME_MAX,
  SOLUTION_SUMMARY_MAX,
  TEMPLATE_KPIS_MAX,
  TEMPLATE_TASKS_MAX,
} from '@xinzhi/shared-contracts';
import type { FieldErrorTexts } from '@xinzhi/web-core';

/** The API's bounds of a solution, from the contract. */
export const SOLUTION_LIMITS = {
  nameMax: SOLUTION_NAME_MAX,
  providerMax: PROVIDER_TEXT_MAX,
  summaryMax: SOLUTION_SUMMARY_MAX,
  tasksMax: TEMPLATE_TASKS_MAX,
  kpisMax: TEMPLATE_KPIS_MAX,
  scenesMax: 16,
} as const;

/** Error texts of the form's own validators (the rest are the shared field errors). */
export const SOLUTION_ERROR_TEXTS: FieldErrorTexts = {
  order: 'parkSolutions.errorDueBeforeStart',
  priceOrder: 'parkSolutions.errorPriceOrder',
  integer: 'parkSolutions.errorNumber',
  pickOne: 'parkSolutions.pickOne',
};

/** A whole number (empty is left to `required`). */
export const integerValidator: ValidatorFn = (control: AbstractControl): ValidationErrors | null => {
  const raw = control.value as number | string | null;
  if (raw === null || raw === '') return null;
  return Number.isInteger(Number(raw)) ? null : { integer: true };
};

/** At least one value chosen in a multiple select. */
export const pickOneValidator: ValidatorFn = (control: AbstractControl): ValidationErrors | null =>
  Array.isArray(control.value) && control.value.length > 0 ? null : { pickOne: true };

/**
 * On a field that must not be below its sibling `sibling` (the due offset and its start offset, the
 * upper price and the lower): `{ [error]: true }`. Re-run it when the sibling changes.
 */
export function notBelowSibling(sibling: string, error: string): ValidatorFn {
  return (control: AbstractControl): ValidationErrors | null => {
    const value = control.value as number | string | null;
    const other = control.parent?.get(sibling)?.value as number | string | null | undefined;
    if (value === null || value === '' || other === null || other === undefined || other === '') return null;
    return Number(value) < Number(other) ? { [error]: true } : null;
  };
}

export interface TemplateTaskValue {
  title: string;
  businessArea: BusinessArea;
  technologyType: TechnologyType;
  weight: number | string | null;
  startOffsetDays: number | string | null;
  dueOffsetDays: number | string | null;
}

export interface TemplateKpiValue {
  name: string;
  unit: string;
  direction: KpiDirection;
  category: KpiCategory;
  baseline: number | string | null;
  target: number | string | null;
}

export interface SceneValue {
  sceneId: string;
  toLevel: number | string | null;
}

export interface SolutionFormValue {
  name: string;
  providerName: string;
  providerContact: string;
  summary: string;
  technologyTypes: TechnologyType[];
  businessAreas: BusinessArea[];
  industries: string[];
  scales: EnterpriseScale[];
  priceMin: number | string | null;
  priceMax: number | string | null;
  deployWeeks: number | string | null;
  delivery: SolutionDelivery;
  status: SolutionStatus;
  scenes: SceneValue[];
  templateTasks: TemplateTaskValue[];
  templateKpis: TemplateKpiValue[];
}

const num = (value: number | string | null): number => Number(value ?? 0);

/** The request the form sends (numbers as numbers, texts trimmed). */
export function solutionRequest(value: SolutionFormValue): CreateSolutionRequest {
  return {
    name: value.name.trim(),
    providerName: value.providerName.trim(),
    providerContact: value.providerContact.trim(),
    summary: value.summary.trim(),
    technologyTypes: [...value.technologyTypes],
    businessAreas: [...value.businessAreas],
    industries: [...value.industries],
    scales: [...value.scales],
    priceBand: { min: num(value.priceMin), max: num(value.priceMax) },
    deployWeeks: num(value.deployWeeks),
    delivery: value.delivery,
    status: value.status,
    scenes: value.scenes.map((scene) => ({ sceneId: scene.sceneId, toLevel: num(scene.toLevel) })),
    templateTasks: value.templateTasks.map((task) => ({
      title: task.title.trim(),
      businessArea: task.businessArea,
      technologyType: task.technologyType,
      weight: num(task.weight),
      startOffsetDays: num(task.startOffsetDays),
      dueOffsetDays: num(task.dueOffsetDays),
    })),
    templateKpis: value.templateKpis.map((kpi) => ({
      name: kpi.name.trim(),
      unit: kpi.unit.trim(),
      direction: kpi.direction,
      category: kpi.category,
      baseline: num(kpi.baseline),
      target: num(kpi.target),
    })),
  };
}

/** The form's values of a stored solution (to edit it). */
export function solutionFormValue(solution: Solution): SolutionFormValue {
  return {
    name: solution.name,
    providerName: solution.providerName,
    providerContact: solution.providerContact,
    summary: solution.summary,
    technologyTypes: [...solution.technologyTypes],
    businessAreas: [...solution.businessAreas],
    industries: [...solution.industries],
    scales: [...solution.scales],
    priceMin: solution.priceBand.min,
    priceMax: solution.priceBand.max,
    deployWeeks: solution.deployWeeks,
    delivery: solution.delivery,
    status: solution.status,
    scenes: solution.scenes.map((scene) => ({ ...scene })),
    templateTasks: solution.templateTasks.map((task) => ({
      title: task.title,
      businessArea: task.businessArea,
      technologyType: task.technologyType,
      weight: task.weight,
      startOffsetDays: task.startOffsetDays,
      dueOffsetDays: task.dueOffsetDays,
    })),
    templateKpis: solution.templateKpis.map((kpi) => ({
      name: kpi.name,
      unit: kpi.unit,
      direction: kpi.direction,
      category: kpi.category,
      baseline: kpi.baseline,
      target: kpi.target,
    })),
  };
}
