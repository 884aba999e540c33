import { BUSINESS_AREAS } from '@xinzhi/shared-contracts';
import { demandMatrix } from './demand';

describe('unmet demand matrix', () => {
  it('puts business areas down and industry sections across, leaving out empty rows and columns', () => {
    const matrix = demandMatrix(
      [
        { businessArea: 'warehousing_logistics', industrySection: 'C', count: 2 },
        { businessArea: 'finance', industrySection: 'F', count: 1 },
        { businessArea: 'warehousing_logistics', industrySection: 'F', count: 3 },
      ],
      BUSINESS_AREAS,
    );
    expect(matrix.sections).toEqual(['C', 'F']);
    expect(matrix.rows).toEqual([
      { area: 'warehousing_logistics', counts: [2, 3] },
      { area: 'finance', counts: [0, 1] },
    ]);
  });

  it('is empty without cells', () => {
    expect(demandMatrix([], BUSINESS_AREAS)).toEqual({ sections: [], rows: [] });
  });
});
