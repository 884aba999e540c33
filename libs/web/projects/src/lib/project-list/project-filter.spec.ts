import { convertToParamMap } from '@angular/router';
import { filterFromQuery, queryOfFilter } from './project-filter';

describe('project list filter in the URL', () => {
  it('reads search and status, dropping what the API would refuse', () => {
    expect(filterFromQuery(convertToParamMap({ q: '智能 工厂', status: 'archived' }))).toEqual({ q: '智能 工厂', status: 'archived' });
    expect(filterFromQuery(convertToParamMap({ status: 'gone' }))).toEqual({ q: '', status: null });
    expect(filterFromQuery(convertToParamMap({ q: 'x'.repeat(300) })).q).toHaveLength(100);
    expect(filterFromQuery(convertToParamMap({}))).toEqual({ q: '', status: null });
  });

  it('writes only what is set', () => {
    expect(queryOfFilter({ q: '  ', status: null })).toEqual({ q: null, status: null });
    expect(queryOfFilter({ q: 'ERP', status: 'all' })).toEqual({ q: 'ERP', status: 'all' });
    // Kept as typed, so a space typed between two words survives the round trip through the URL.
    expect(queryOfFilter({ q: '智能 ', status: null })).toEqual({ q: '智能 ', status: null });
  });
});
