import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { NzMessageService } from 'ng-zorro-antd/message';
import { ExportButtonComponent } from './export-button.component';

describe('ExportButtonComponent', () => {
  beforeEach(() => {
    localStorage.clear();
    jest.spyOn(window.navigator, 'languages', 'get').mockReturnValue(['en-US']);
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    (URL as unknown as { createObjectURL: () => string }).createObjectURL = jest.fn(() => 'blob:x');
    (URL as unknown as { revokeObjectURL: () => void }).revokeObjectURL = jest.fn();
  });

  afterEach(() => jest.restoreAllMocks());

  function render() {
    const fixture = TestBed.createComponent(ExportButtonComponent);
    fixture.componentRef.setInput('path', '/api/projects/p1/tasks.xlsx');
    fixture.componentRef.setInput('params', { status: 'todo,blocked', teamId: null, q: '' });
    fixture.componentRef.setInput('fileName', 'tasks');
    fixture.detectChanges();
    const el = fixture.nativeElement as HTMLElement;
    return { fixture, button: el.querySelector<HTMLButtonElement>('[data-testid="export-excel"]') as HTMLButtonElement };
  }

  it('downloads the workbook with the filters that are set, as <fileName>.xlsx', () => {
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    const { fixture, button } = render();
    expect(button.textContent).toContain('Export Excel');
    button.click();
    const req = TestBed.inject(HttpTestingController).expectOne((r) => r.url === '/api/projects/p1/tasks.xlsx');
    expect(req.request.params.keys()).toEqual(['status']);
    expect(req.request.params.get('status')).toBe('todo,blocked');
    expect(req.request.responseType).toBe('blob');
    req.flush(new Blob(['x']));
    fixture.detectChanges();
    expect(click).toHaveBeenCalledTimes(1);
    const anchor = click.mock.contexts[0] as HTMLAnchorElement;
    expect(anchor.download).toBe('tasks.xlsx');
  });

  it('says so when the export fails', () => {
    const error = jest.spyOn(TestBed.inject(NzMessageService), 'error');
    const { button } = render();
    button.click();
    TestBed.inject(HttpTestingController)
      .expectOne(() => true)
      .flush(new Blob([]), { status: 403, statusText: 'Forbidden' });
    expect(error).toHaveBeenCalledWith(expect.stringContaining('Export failed.'));
  });
});
