import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { BUSINESS_AREAS, type UnmetDemand } from '@xinzhi/shared-contracts';
import { I18nService, industrySectionName, problemMessage, TranslatePipe } from '@xinzhi/web-core';
import { AsyncStateComponent, PageHeaderComponent } from '@xinzhi/web-ui';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { SolutionsTabsComponent } from '../common/solutions-tabs.component';
import { SolutionsClient } from '../data/solutions.client';
import { demandMatrix } from '../logic/demand';
import { AREA_LABELS, sceneLabel, severityColor } from '../logic/labels';

/**
 * `/park/demand` (the park administrator): open pain points of the park's enterprises that no
 * published solution answers — counted by business area × industry section, then listed.
 */
@Component({
  selector: 'xz-demand-page',
  imports: [NzTagModule, AsyncStateComponent, PageHeaderComponent, SolutionsTabsComponent, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <xz-page-header headingTestId="demand-title" [heading]="'demand.heading' | t" [subheading]="'demand.subheading' | t" />
    <xz-solutions-tabs set="park" />
    <section data-testid="demand" [attr.data-state]="loading() ? 'loading' : error() ? 'error' : 'ready'">
      @if (loading()) {
        <xz-async-state kind="loading" />
      } @else if (error(); as message) {
        <xz-async-state kind="error" [message]="message" [retryable]="true" (retry)="load()" />
      } @else if (!demand()?.painPoints?.length) {
        <xz-async-state kind="empty" [message]="'demand.empty' | t" />
      } @else {
        @let m = matrix();
        <h2>{{ 'demand.matrix' | t }}</h2>
        <div class="scroll">
          <table class="matrix" data-testid="demand-matrix">
            <thead>
              <tr>
                <th scope="col">{{ 'demand.area' | t }}</th>
                @for (section of m.sections; track section) {
                  <th scope="col" [title]="industryName(section)">{{ section }} {{ industryName(section) }}</th>
                }
              </tr>
            </thead>
            <tbody>
              @for (row of m.rows; track row.area) {
                <tr [attr.data-area]="row.area">
                  <th scope="row">{{ areaLabels[row.area] | t }}</th>
                  @for (count of row.counts; track $index) {
                    <td [class.hot]="count > 0" [attr.data-testid]="'demand-cell-' + row.area + '-' + m.sections[$index]">
                      {{ count || '' }}
                    </td>
                  }
                </tr>
              }
            </tbody>
          </table>
        </div>
        <h2>{{ 'demand.list' | t }}</h2>
        <ul class="rows">
          @for (painPoint of demand()!.painPoints; track painPoint.id) {
            <li data-testid="demand-pain-point" [attr.data-id]="painPoint.id">
              <div class="top">
                <strong>{{ painPoint.title }}</strong>
                <nz-tag [nzColor]="severityColor(painPoint.severity)">{{ 'severity.value' | t: { value: painPoint.severity } }}</nz-tag>
              </div>
              <div class="meta">
                {{ painPoint.tenantName }} · {{ areaLabels[painPoint.businessArea] | t }}
                @if (painPoint.sceneId) {
                  · {{ sceneName(painPoint.sceneId) }}
                }
              </div>
            </li>
          }
        </ul>
      }
    </section>
  `,
  styles: `
    :host {
      display: block;
      max-width: 1100px;
    }
    h2 {
      font-size: 16px;
      margin: 16px 0 8px;
    }
    .scroll {
      overflow-x: auto;
      max-width: 100%;
    }
    .matrix {
      border-collapse: collapse;
      background: #fff;
      font-size: 13px;
    }
    .matrix th,
    .matrix td {
      border: 1px solid rgba(5, 5, 5, 0.08);
      padding: 4px 8px;
      text-align: center;
      white-space: nowrap;
    }
    .matrix th[scope='row'] {
      text-align: left;
    }
    .matrix td.hot {
      background: #fff1f0;
      font-weight: 600;
    }
    .rows {
      margin: 0;
      padding: 0;
      list-style: none;
      display: grid;
      gap: 8px;
    }
    .rows li {
      padding: 8px 12px;
      background: #fff;
      border: 1px solid rgba(5, 5, 5, 0.08);
      border-radius: 8px;
    }
    .top {
      display: flex;
      flex-wrap: wrap;
      gap: 4px 8px;
      align-items: center;
      overflow-wrap: anywhere;
    }
    .meta {
      color: rgba(0, 0, 0, 0.55);
      font-size: 13px;
    }
  `,
})
export class DemandPageComponent {
  private readonly client = inject(SolutionsClient);
  private readonly i18n = inject(I18nService);

  protected readonly areaLabels = AREA_LABELS;
  protected readonly severityColor = severityColor;
  protected readonly demand = signal<UnmetDemand | null>(null);
  protected readonly loading = signal(true);
  protected readonly error = signal<string | null>(null);
  protected readonly matrix = computed(() => demandMatrix(this.demand()?.cells ?? [], BUSINESS_AREAS));

  constructor() {
    this.load();
  }

  protected load(): void {
    this.loading.set(true);
    this.error.set(null);
    this.client.demand().subscribe({
      next: (demand) => {
        this.demand.set(demand);
        this.loading.set(false);
      },
      error: (error: unknown) => {
        this.loading.set(false);
        this.error.set(`${this.i18n.t('demand.error')} ${problemMessage(this.i18n, error)}`);
      },
    });
  }

  protected industryName(section: string): string {
    return industrySectionName(section, this.i18n.locale());
  }

  protected sceneName(sceneId: string): string {
    const label = sceneLabel(sceneId);
    return label ? this.i18n.t(label) : sceneId;
  }
}
