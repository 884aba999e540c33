import { Clipboard } from '@angular/cdk/clipboard';
import { TestBed } from '@angular/core/testing';
import { provideNzIconsTesting } from 'ng-zorro-antd/icon/testing';
import { CopyLinkComponent } from './copy-link.component';

describe('CopyLinkComponent', () => {
  beforeEach(() => {
    localStorage.clear();
    jest.spyOn(window.navigator, 'languages', 'get').mockReturnValue(['en-US']);
    TestBed.configureTestingModule({ providers: [provideNzIconsTesting()] });
  });

  afterEach(() => jest.restoreAllMocks());

  function render() {
    const fixture = TestBed.createComponent(CopyLinkComponent);
    fixture.componentRef.setInput('link', 'http://localhost/invite/abc');
    fixture.componentRef.setInput('testId', 'invite-link');
    fixture.detectChanges();
    const el = fixture.nativeElement as HTMLElement;
    return { fixture, el, button: el.querySelector<HTMLButtonElement>('[data-testid="invite-link-copy"]') };
  }

  it('shows the link under its test id and copies it', () => {
    const copy = jest.spyOn(TestBed.inject(Clipboard), 'copy').mockReturnValue(true);
    const { fixture, el, button } = render();
    expect(el.querySelector('[data-testid="invite-link"]')?.textContent).toBe('http://localhost/invite/abc');
    button?.click();
    fixture.detectChanges();
    expect(copy).toHaveBeenCalledWith('http://localhost/invite/abc');
    expect(button?.textContent).toContain('Link copied');
  });

  it('asks to copy by hand when the browser refuses', () => {
    jest.spyOn(TestBed.inject(Clipboard), 'copy').mockReturnValue(false);
    const { fixture, el, button } = render();
    button?.click();
    fixture.detectChanges();
    expect(el.textContent).toContain('Select the link and copy it by hand.');
  });
});
