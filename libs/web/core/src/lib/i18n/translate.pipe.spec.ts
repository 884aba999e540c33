import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { I18nService } from './i18n.service';
import { TranslatePipe } from './translate.pipe';

@Component({
  selector: 'xz-pipe-host',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<span id="plain">{{ 'nav.home' | t }}</span> <span id="params">{{ 'health.version' | t: { version: '1.2.3' } }}</span>`,
})
class PipeHostComponent {}

describe('TranslatePipe', () => {
  beforeEach(() => {
    localStorage.clear();
    jest.spyOn(window.navigator, 'languages', 'get').mockReturnValue(['en-US']);
  });

  afterEach(() => jest.restoreAllMocks());

  function text(fixture: { nativeElement: HTMLElement }, id: string): string | undefined {
    return fixture.nativeElement.querySelector(`#${id}`)?.textContent?.trim();
  }

  it('shows the text of the current language and follows a switch, even in an OnPush view', () => {
    const fixture = TestBed.createComponent(PipeHostComponent);
    fixture.detectChanges();
    expect(text(fixture, 'plain')).toBe('Home');
    expect(text(fixture, 'params')).toBe('Version 1.2.3');

    TestBed.inject(I18nService).setLocale('zh-CN');
    fixture.detectChanges();

    expect(text(fixture, 'plain')).toBe('首页');
    expect(text(fixture, 'params')).toBe('版本 1.2.3');

    TestBed.inject(I18nService).setLocale('en-US');
    fixture.detectChanges();
    expect(text(fixture, 'plain')).toBe('Home');
  });
});
