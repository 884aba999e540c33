import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { I18nService } from '@xinzhi/web-core';
import { provideNzIconsTesting } from 'ng-zorro-antd/icon/testing';
import { HomePageComponent } from './home-page.component';

describe('HomePageComponent', () => {
  beforeEach(() => {
    localStorage.clear();
    jest.spyOn(window.navigator, 'languages', 'get').mockReturnValue(['zh-CN']);
    TestBed.configureTestingModule({
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting(), provideNzIconsTesting()],
    });
  });

  afterEach(() => jest.restoreAllMocks());

  it('introduces Xinzhi to the three personas, in the current language', () => {
    const fixture = TestBed.createComponent(HomePageComponent);
    fixture.detectChanges();
    TestBed.inject(HttpTestingController).expectOne('/api/health');
    const el = fixture.nativeElement as HTMLElement;
    const title = () => el.querySelector('[data-testid="home-title"]')?.textContent;

    expect(title()).toBe('让企业数字化转型有规划、可跟踪、见成效');
    expect(el.querySelectorAll('[data-testid^="persona-"]')).toHaveLength(3);
    expect(el.querySelector('[data-testid="persona-park"]')?.textContent).toContain('园区管理员');
    expect(el.querySelector('[data-testid="health-card"]')).not.toBeNull();
    expect(el.querySelector('[data-testid="home-sign-in"]')?.getAttribute('href')).toBe('/login');

    TestBed.inject(I18nService).setLocale('en-US');
    fixture.detectChanges();
    expect(title()).toBe('Digital transformation your enterprise can plan, track and prove');
    expect(el.querySelector('[data-testid="persona-leadership"]')?.textContent).toContain('SME leadership group');
  });
});
