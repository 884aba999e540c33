import { HttpClient, HttpHeaders, provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { I18nService } from '../i18n/i18n.service';
import { acceptLanguageInterceptor } from './accept-language.interceptor';

describe('acceptLanguageInterceptor', () => {
  let http: HttpClient;
  let backend: HttpTestingController;

  beforeEach(() => {
    localStorage.clear();
    jest.spyOn(window.navigator, 'languages', 'get').mockReturnValue(['en-US']);
    TestBed.configureTestingModule({
      providers: [provideHttpClient(withInterceptors([acceptLanguageInterceptor])), provideHttpClientTesting()],
    });
    http = TestBed.inject(HttpClient);
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => {
    backend.verify();
    jest.restoreAllMocks();
  });

  it('sends the current language', () => {
    http.get('/api/health').subscribe();
    expect(backend.expectOne('/api/health').request.headers.get('Accept-Language')).toBe('en-US');

    TestBed.inject(I18nService).setLocale('zh-CN');
    http.get('/api/health').subscribe();
    expect(backend.expectOne('/api/health').request.headers.get('Accept-Language')).toBe('zh-CN');
  });

  it('keeps a header the caller set', () => {
    http.get('/api/x', { headers: new HttpHeaders({ 'Accept-Language': 'de' }) }).subscribe();
    expect(backend.expectOne('/api/x').request.headers.get('Accept-Language')).toBe('de');
  });
});
