import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { BUSINESS_AREAS, type Page, type Recommendation, type Solution, TECHNOLOGY_TYPES } from '@xinzhi/shared-contracts';
import { AuthService, createPagedList, I18nService, problemMessage, TranslatePipe } from '@xinzhi/web-core';
import { AsyncStateComponent, injectHandset, PageHeaderComponent } from '@xinzhi/web-ui';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzModalModule } from 'ng-zorro-antd/modal';
import { map, tap } from 'rxjs';
import { FilterSelectComponent, type FilterOption } from '../common/filter-select.component';
import { SolutionsTabsComponent } from '../common/solutions-tabs.component';
import { SolutionsClient } from '../data/solutions.client';
import { managesSolutions } from '../logic/access';
import { AREA_LABELS, SCENE_KEYS, SCENE_LABELS, TECH_LABELS } from '../logic/labels';
import { reasonPainPointIds, wordReason } from '../logic/reasons';
import { AdoptFormComponent } from './adopt-form.component';
import { SolutionCardComponent } from './solution-card.component';

/**
 * `/solutions/catalog` (the park's published solutions: filter by business area, technology and
 * scene, search) and `/solutions/recommended` (ranked against the enterprise's open pain points,
 * its assessment's gaps, industry and scale, each with its reasons in words). Owners and leaders
 * adopt from either; everyone browses (phone-friendly cards).
 */
@Component({
  selector: 'xz-catalog-page',
  imports: [
    FormsModule,
    RouterLink,
    NzButtonModule,
    NzIconModule,
    NzInputModule,
    NzModalModule,
    AsyncStateComponent,
    PageHeaderComponent,
    FilterSelectComponent,
    SolutionsTabsComponent,
    SolutionCardComponent,
    AdoptFormComponent,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './catalog-page.component.html',
  styleUrl: './catalog-page.component.css',
})
export class CatalogPageComponent {
  private readonly client = inject(SolutionsClient);
  private readonly i18n = inject(I18nService);
  private readonly auth = inject(AuthService);
  private readonly route = inject(ActivatedRoute);
  protected readonly handset = injectHandset();

  protected readonly mode: 'all' | 'recommended' = this.route.snapshot.data['mode'] === 'recommended' ? 'recommended' : 'all';
  protected readonly manages = computed(() => managesSolutions(this.auth.context()));

  private readonly initial = this.route.snapshot.queryParamMap;
  protected readonly area = signal(this.initial.get('businessArea') ?? '');
  protected readonly technology = signal(this.initial.get('technologyType') ?? '');
  protected readonly scene = signal(this.initial.get('sceneId') ?? '');
  protected readonly query = signal(this.initial.get('q') ?? '');

  protected readonly areaOptions = computed<FilterOption[]>(() =>
    BUSINESS_AREAS.map((value) => ({ value, label: this.i18n.t(AREA_LABELS[value]) })),
  );
  protected readonly techOptions = computed<FilterOption[]>(() =>
    TECHNOLOGY_TYPES.map((value) => ({ value, label: this.i18n.t(TECH_LABELS[value]) })),
  );
  protected readonly sceneOptions = computed<FilterOption[]>(() =>
    SCENE_KEYS.map((value) => ({ value, label: this.i18n.t(SCENE_LABELS[value]) })),
  );

  protected readonly list = createPagedList((cursor) =>
    this.mode === 'all'
      ? this.client.solutions(
          {
            businessArea: (this.area() || undefined) as Solution['businessAreas'][number] | undefined,
            technologyType: (this.technology() || undefined) as Solution['technologyTypes'][number] | undefined,
            sceneId: this.scene() || undefined,
            q: this.query().trim() || undefined,
          },
          cursor,
        )
      : this.client.recommended().pipe(
          tap((recommendations) => this.reasons.set(new Map(recommendations.map((r) => [r.solution.id, r])))),
          map((recommendations): Page<Solution> => ({ items: recommendations.map((r) => r.solution), nextCursor: null })),
        ),
  );
  protected readonly listError = computed(() =>
    this.list.error()
      ? `${this.i18n.t(this.mode === 'all' ? 'catalog.error' : 'recommend.error')} ${problemMessage(this.i18n, this.list.error())}`
      : null,
  );

  /** Recommendations keep their reasons beside the solution. */
  private readonly reasons = signal<ReadonlyMap<string, Recommendation>>(new Map());
  protected readonly cards = computed(() =>
    this.list.items().map((solution) => {
      const recommendation = this.reasons().get(solution.id);
      const reasons = (recommendation?.reasons ?? []).map((reason) => wordReason(reason, (key) => this.i18n.t(key), this.i18n.locale()));
      return { solution, reasons, painPointIds: recommendation ? reasonPainPointIds(recommendation.reasons) : [] };
    }),
  );

  /** The adopt dialog: the solution and the pain points to preselect. */
  protected readonly adopting = signal<{ solution: Solution; painPointIds: readonly string[] } | null>(null);

  protected setArea(value: string): void {
    this.area.set(value);
    this.list.reload();
  }

  protected setTechnology(value: string): void {
    this.technology.set(value);
    this.list.reload();
  }

  protected setScene(value: string): void {
    this.scene.set(value);
    this.list.reload();
  }

  protected search(): void {
    this.list.reload();
  }

  protected adopt(solution: Solution, painPointIds: readonly string[]): void {
    this.adopting.set({ solution, painPointIds });
  }

  protected closeAdopt(): void {
    this.adopting.set(null);
  }
}
