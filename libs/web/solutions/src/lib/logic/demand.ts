import type { BusinessArea, UnmetDemand } from '@xinzhi/shared-contracts';

export interface DemandMatrix {
  /** Industry sections that have any unmet pain point, in letter order. */
  readonly sections: readonly string[];
  /** Business areas that have any, in the contract's order, with one count per section. */
  readonly rows: readonly { area: BusinessArea; counts: readonly number[] }[];
}

/** The unmet-demand cells as a table: areas down, industry sections across; empty rows and columns left out. */
export function demandMatrix(cells: UnmetDemand['cells'], areas: readonly BusinessArea[]): DemandMatrix {
  const sections = [...new Set(cells.map((cell) => cell.industrySection))].sort();
  const rows = areas
    .filter((area) => cells.some((cell) => cell.businessArea === area))
    .map((area) => ({
      area,
      counts: sections.map((section) =>
        cells.filter((cell) => cell.businessArea === area && cell.industrySection === section).reduce((sum, cell) => sum + cell.count, 0),
      ),
    }));
  return { sections, rows };
}
