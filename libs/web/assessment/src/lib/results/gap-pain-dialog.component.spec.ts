import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideNoopAnimations } from '@angular/platform-browser/animations';
import type { AssessmentGap } from '@xinzhi/shared-contracts';
import { ASSESSMENT_DICTIONARIES } from '@xinzhi/web-assessment-i18n';
import { I18nService } from '@xinzhi/web-core';
import { provideNzIconsTesting } from 'ng-zorro-antd/icon/testing';
import { GapPainFormComponent, type GapPainSeed } from './gap-pain-dialog.component';

const assessmentId = '00000000-0000-7000-8000-0000000000a1';
const sceneGap: AssessmentGap = {
  kind: 'scene',
  key: 'scene:quality',
  sceneId: 'quality',
  businessArea: 'production',
  constraint: true,
  fromLevel: 1,
  toLevel: 2,
};
const seed: GapPainSeed = {
  gap: sceneGap,
  title: '将质量管理提升到 2 级',
  description: '来自评测“2026 自评”：将质量管理从 1 级提升到 2 级。',
  businessArea: 'production',
  sceneId: 'quality',
  severity: 4,
};

describe('GapPainFormComponent', () => {
  let fixture: ComponentFixture<GapPainFormComponent>;
  let backend: HttpTestingController;
  const byTestId = <T extends HTMLElement = HTMLElement>(id: string) =>
    (fixture.nativeElement as HTMLElement).querySelector<T>(`[data-testid="${id}"]`);
  const render = async () => {
    fixture.detectChanges();
    await fixture.whenStable();
    fixture.detectChanges();
  };

  async function start(withSeed: GapPainSeed = seed) {
    localStorage.clear();
    jest.spyOn(window.navigator, 'languages', 'get').mockReturnValue(['zh-CN']);
    TestBed.configureTestingModule({
      providers: [provideNzIconsTesting(), provideNoopAnimations(), provideHttpClient(), provideHttpClientTesting()],
    });
    TestBed.inject(I18nService).register(ASSESSMENT_DICTIONARIES);
    backend = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(GapPainFormComponent);
    fixture.componentRef.setInput('seed', withSeed);
    fixture.componentRef.setInput('assessmentId', assessmentId);
    await render();
  }

  afterEach(() => {
    fixture?.destroy();
    backend.verify();
    jest.restoreAllMocks();
  });

  it('is prefilled from the gap and posts the pain point with the gap as its source', async () => {
    await start();
    expect(byTestId<HTMLInputElement>('gap-pain-title')?.value).toBe(seed.title);
    expect(byTestId<HTMLSelectElement>('gap-pain-area')?.value).toBe('production');
    expect(byTestId<HTMLSelectElement>('gap-pain-severity')?.value).toBe('4');
    expect(byTestId('gap-pain-form')?.textContent).toContain('严重程度');

    const severity = byTestId<HTMLSelectElement>('gap-pain-severity') as HTMLSelectElement;
    severity.value = '5';
    severity.dispatchEvent(new Event('change'));
    const created = jest.fn();
    fixture.componentInstance.created.subscribe(created);
    byTestId('gap-pain-create')?.click();
    await render();

    const post = backend.expectOne((r) => r.url === '/api/pain-points' && r.method === 'POST');
    expect(post.request.body).toEqual({
      title: seed.title,
      description: seed.description,
      businessArea: 'production',
      sceneId: 'quality',
      severity: 5,
      fromGap: { assessmentId, gapKey: 'scene:quality' },
    });
    post.flush({ id: 'p1', title: seed.title });
    expect(created).toHaveBeenCalledWith(expect.objectContaining({ id: 'p1' }));
  });

  it('leaves an empty description out and sends no scene for an item gap', async () => {
    const itemGap: AssessmentGap = {
      kind: 'item',
      key: 'item:q3',
      itemId: 'q3',
      dimensionId: 'foundation',
      businessArea: 'management',
      toOptionId: 'q3-c',
      gain: 1.5,
    };
    await start({ gap: itemGap, title: 'Q3：达到“20%–40%”', description: '', businessArea: 'management', sceneId: null, severity: 3 });
    byTestId('gap-pain-create')?.click();
    await render();
    const post = backend.expectOne('/api/pain-points');
    expect(post.request.body).toEqual({
      title: 'Q3：达到“20%–40%”',
      businessArea: 'management',
      sceneId: null,
      severity: 3,
      fromGap: { assessmentId, gapKey: 'item:q3' },
    });
    post.flush({ id: 'p2' });
  });

  it('shows the API’s message when the gap is already in the register (409)', async () => {
    await start();
    const created = jest.fn();
    fixture.componentInstance.created.subscribe(created);
    byTestId('gap-pain-create')?.click();
    await render();
    backend
      .expectOne('/api/pain-points')
      .flush(
        { type: 'about:blank', title: 'Conflict', status: 409, detail: 'This gap is already a pain point of the enterprise.', errors: [] },
        { status: 409, statusText: 'Conflict' },
      );
    await render();
    expect(byTestId('gap-pain-error')?.textContent).toContain('This gap is already a pain point of the enterprise.');
    expect(created).not.toHaveBeenCalled();
    expect(byTestId<HTMLButtonElement>('gap-pain-create')?.disabled).toBe(false);
  });
});
