import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { Solution } from '@xinzhi/shared-contracts';
import { I18nService, TranslatePipe } from '@xinzhi/web-core';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { areaLabel, DELIVERY_LABELS, sceneLabel, SOLUTION_STATUS_COLORS, SOLUTION_STATUS_LABELS, techLabel } from '../logic/labels';
import { priceParams } from '../logic/format';

/** A solution at a glance: name, provider, summary, areas and technologies, price, weeks, delivery, scenes it raises. */
@Component({
  selector: 'xz-solution-card',
  imports: [RouterLink, NzTagModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let s = solution();
    <div class="top">
      @if (link()) {
        <a class="name" [routerLink]="link()" data-testid="solution-card-name">{{ s.name }}</a>
      } @else {
        <span class="name" data-testid="solution-card-name">{{ s.name }}</span>
      }
      @if (showStatus()) {
        <nz-tag data-testid="solution-status" [attr.data-status]="s.status" [nzColor]="statusColors[s.status]">{{
          statusLabels[s.status] | t
        }}</nz-tag>
      }
    </div>
    <div class="provider">{{ s.providerName }}</div>
    @if (s.summary) {
      <p class="summary">{{ s.summary }}</p>
    }
    <div class="tags">
      @for (area of s.businessAreas; track area) {
        <nz-tag>{{ areaLabel(area) ? (areaLabel(area)! | t) : area }}</nz-tag>
      }
      @for (tech of s.technologyTypes; track tech) {
        <nz-tag nzColor="geekblue">{{ techLabel(tech) ? (techLabel(tech)! | t) : tech }}</nz-tag>
      }
    </div>
    <dl class="facts">
      <div>
        <dt>{{ 'catalog.priceBand' | t }}</dt>
        <dd data-testid="solution-price">{{ price() ? ('catalog.price' | t: price()!) : ('catalog.priceFree' | t) }}</dd>
      </div>
      <div>
        <dt>{{ 'catalog.deployWeeks' | t }}</dt>
        <dd data-testid="solution-weeks">{{ 'catalog.weeks' | t: { weeks: s.deployWeeks } }}</dd>
      </div>
      <div>
        <dt>{{ 'catalog.delivery' | t }}</dt>
        <dd>{{ deliveryLabels[s.delivery] | t }}</dd>
      </div>
    </dl>
    @if (s.scenes.length) {
      <div class="scenes">
        @for (scene of s.scenes; track scene.sceneId) {
          <nz-tag nzColor="cyan">{{ 'catalog.sceneTo' | t: { scene: sceneName(scene.sceneId), level: scene.toLevel } }}</nz-tag>
        }
      </div>
    }
    <ng-content />
  `,
  styles: `
    :host {
      display: block;
      padding: 12px 16px;
      background: #fff;
      border: 1px solid rgba(5, 5, 5, 0.08);
      border-radius: 8px;
      min-width: 0;
    }
    .top {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 4px 8px;
    }
    .name {
      font-size: 16px;
      font-weight: 600;
      overflow-wrap: anywhere;
    }
    .provider {
      color: rgba(0, 0, 0, 0.55);
      font-size: 13px;
    }
    .summary {
      margin: 8px 0 0;
      color: rgba(0, 0, 0, 0.65);
      overflow-wrap: anywhere;
      display: -webkit-box;
      -webkit-line-clamp: 3;
      -webkit-box-orient: vertical;
      overflow: hidden;
    }
    .tags,
    .scenes {
      display: flex;
      flex-wrap: wrap;
      gap: 4px 0;
      margin-top: 8px;
    }
    .facts {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(100px, 1fr));
      gap: 8px 16px;
      margin: 8px 0 0;
    }
    .facts dt {
      font-size: 12px;
      color: rgba(0, 0, 0, 0.45);
    }
    .facts dd {
      margin: 0;
    }
  `,
})
export class SolutionCardComponent {
  private readonly i18n = inject(I18nService);

  readonly solution = input.required<Solution>();
  /** Where the name links to (the detail page); none when null. */
  readonly link = input<string | readonly string[] | null>(null);
  readonly showStatus = input(false);

  protected readonly statusLabels = SOLUTION_STATUS_LABELS;
  protected readonly statusColors = SOLUTION_STATUS_COLORS;
  protected readonly deliveryLabels = DELIVERY_LABELS;
  protected readonly areaLabel = areaLabel;
  protected readonly techLabel = techLabel;
  protected sceneName(sceneId: string): string {
    const label = sceneLabel(sceneId);
    return label ? this.i18n.t(label) : sceneId;
  }

  protected readonly price = computed(() => priceParams(this.solution(), this.i18n.locale()));
}
