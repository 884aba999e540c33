import { TestBed } from '@angular/core/testing';
import { provideNzIconsTesting } from 'ng-zorro-antd/icon/testing';
import { AsyncStateComponent, type AsyncStateKind } from './async-state.component';

describe('AsyncStateComponent', () => {
  beforeEach(() => {
    localStorage.clear();
    jest.spyOn(window.navigator, 'languages', 'get').mockReturnValue(['en-US']);
    TestBed.configureTestingModule({ providers: [provideNzIconsTesting()] });
  });

  afterEach(() => jest.restoreAllMocks());

  function render(kind: AsyncStateKind, inputs: { message?: string; retryable?: boolean } = {}) {
    const fixture = TestBed.createComponent(AsyncStateComponent);
    fixture.componentRef.setInput('kind', kind);
    for (const [name, value] of Object.entries(inputs)) fixture.componentRef.setInput(name, value);
    fixture.detectChanges();
    return fixture;
  }

  it('shows a translated default text for each state', () => {
    expect(render('loading').nativeElement.textContent).toContain('Loading…');
    expect(render('empty').nativeElement.textContent).toContain('Nothing here yet');
    expect(render('error').nativeElement.textContent).toContain('Something went wrong');
  });

  it('shows the given message', () => {
    expect(render('error', { message: 'Server down' }).nativeElement.textContent).toContain('Server down');
  });

  it('offers a retry button only when asked, and emits retry', () => {
    expect(render('error').nativeElement.querySelector('button')).toBeNull();

    const fixture = render('error', { retryable: true });
    const retried = jest.fn();
    fixture.componentInstance.retry.subscribe(retried);
    const button = fixture.nativeElement.querySelector('button') as HTMLButtonElement;
    expect(button.textContent).toContain('Try again');
    button.click();
    expect(retried).toHaveBeenCalledTimes(1);
  });
});
