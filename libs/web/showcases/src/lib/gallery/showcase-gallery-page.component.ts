import { ChangeDetectionStrategy, Component, computed, inject, input, OnInit, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { ShowcaseCard } from '@xinzhi/shared-contracts';
import { AuthService, I18nService, industrySectionName, problemMessage, TranslatePipe } from '@xinzhi/web-core';
import { AsyncStateComponent, PageHeaderComponent } from '@xinzhi/web-ui';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzModalService } from 'ng-zorro-antd/modal';
import { NzProgressModule } from 'ng-zorro-antd/progress';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { type GalleryMode, ShowcasesClient } from '../data/showcases.client';
import { percent } from '../logic/format';

/**
 * `/showcases` (every member of the park's enterprises) and `/park/showcases` (the park
 * administrator, who marks benchmarks — 标杆 — after a confirmation): the park's active showcases
 * as cards, benchmarks first.
 */
@Component({
  selector: 'xz-showcase-gallery-page',
  imports: [RouterLink, NzButtonModule, NzProgressModule, NzTagModule, AsyncStateComponent, PageHeaderComponent, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <xz-page-header headingTestId="showcases-title" [heading]="'showcase.galleryTitle' | t" [subheading]="'showcase.gallerySubtitle' | t">
      @if (canManageOwn()) {
        <a nz-button nzType="primary" xzPageHeaderActions routerLink="/showcase" data-testid="showcase-settings-link">{{
          'showcase.mine' | t
        }}</a>
      }
      @if (canBenchmark()) {
        <a nz-button xzPageHeaderActions routerLink="/benchmarks" data-testid="benchmarks-link">{{ 'benchmark.pageTitle' | t }}</a>
      }
    </xz-page-header>
    <section data-testid="showcases" [attr.data-state]="loading() ? 'loading' : error() ? 'error' : 'ready'">
      @if (loading()) {
        <xz-async-state kind="loading" />
      } @else if (error(); as message) {
        <xz-async-state kind="error" [message]="message" [retryable]="true" (retry)="load()" />
      } @else if (!cards().length) {
        <xz-async-state kind="empty" [message]="'showcase.galleryEmpty' | t" />
      } @else {
        <ul class="cards">
          @for (card of cards(); track card.id) {
            <li data-testid="showcase-card" [attr.data-id]="card.id" [class.benchmark]="card.benchmark">
              <div class="top">
                <a [routerLink]="[base(), card.id]" data-testid="showcase-card-link">
                  <strong>{{ card.projectName }}</strong>
                </a>
                @if (card.benchmark) {
                  <nz-tag nzColor="gold" data-testid="showcase-benchmark-tag">{{ 'showcase.benchmarkTag' | t }}</nz-tag>
                }
                @if (card.own) {
                  <nz-tag nzColor="blue">{{ 'showcase.ownTag' | t }}</nz-tag>
                }
              </div>
              <div class="meta">{{ card.tenantName }} · {{ card.industrySection }} {{ industryName(card.industrySection) }}</div>
              @if (card.goal) {
                <p class="goal">{{ card.goal }}</p>
              }
              <div class="numbers">
                <span>{{ 'showcase.progress' | t }}</span>
                <nz-progress [nzPercent]="round(card.progress)" nzSize="small" />
                <span
                  >{{ 'showcase.index' | t }} <strong>{{ percent(card.transformationIndex) }}</strong></span
                >
              </div>
              @if (mode() === 'park') {
                <button
                  nz-button
                  nzSize="small"
                  [nzType]="card.benchmark ? 'default' : 'primary'"
                  [nzLoading]="busy() === card.id"
                  data-testid="showcase-benchmark-toggle"
                  (click)="toggle(card)"
                >
                  {{ (card.benchmark ? 'showcase.unmark' : 'showcase.mark') | t }}
                </button>
              }
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
    .cards {
      margin: 0;
      padding: 0;
      list-style: none;
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(min(100%, 300px), 1fr));
      gap: 12px;
    }
    .cards li {
      background: #fff;
      border: 1px solid rgba(5, 5, 5, 0.08);
      border-radius: 8px;
      padding: 12px 16px;
      display: grid;
      gap: 6px;
      align-content: start;
    }
    .cards li.benchmark {
      border-color: #ffd666;
      box-shadow: 0 0 0 1px #ffe58f inset;
    }
    .top {
      display: flex;
      flex-wrap: wrap;
      gap: 6px;
      align-items: center;
    }
    .meta {
      color: rgba(0, 0, 0, 0.55);
      font-size: 13px;
    }
    .goal {
      margin: 0;
    }
    .numbers {
      display: grid;
      gap: 2px;
      font-size: 13px;
    }
    button {
      justify-self: start;
    }
  `,
})
export class ShowcaseGalleryPageComponent implements OnInit {
  private readonly client = inject(ShowcasesClient);
  private readonly i18n = inject(I18nService);
  private readonly auth = inject(AuthService);
  private readonly modal = inject(NzModalService);
  private readonly messages = inject(NzMessageService);

  readonly mode = input<GalleryMode>('tenant');

  protected readonly cards = signal<ShowcaseCard[]>([]);
  protected readonly loading = signal(true);
  protected readonly error = signal<string | null>(null);
  protected readonly busy = signal<string | null>(null);
  protected readonly base = computed(() => (this.mode() === 'park' ? '/park/showcases' : '/showcases'));
  private readonly role = computed(() => {
    const context = this.auth.context();
    return context?.type === 'tenant' ? context.role : null;
  });
  protected readonly canManageOwn = computed(() => this.mode() === 'tenant' && (this.role() === 'owner' || this.role() === 'leader'));
  protected readonly canBenchmark = this.canManageOwn;
  protected readonly percent = percent;

  ngOnInit(): void {
    this.load();
  }

  load(): void {
    this.loading.set(true);
    this.error.set(null);
    this.client.list(this.mode()).subscribe({
      next: (cards) => {
        this.cards.set(cards);
        this.loading.set(false);
      },
      error: (error: unknown) => {
        this.error.set(`${this.i18n.t('showcase.error')} ${problemMessage(this.i18n, error)}`);
        this.loading.set(false);
      },
    });
  }

  protected round(value: number | null): number {
    return value == null ? 0 : Math.round(value * 100);
  }

  protected industryName(section: string): string {
    return industrySectionName(section, this.i18n.locale());
  }

  protected toggle(card: ShowcaseCard): void {
    const benchmark = !card.benchmark;
    this.modal.confirm({
      nzTitle: this.i18n.t(benchmark ? 'showcase.markConfirm' : 'showcase.unmarkConfirm', { name: card.projectName }),
      nzContent: this.i18n.t(benchmark ? 'showcase.markHint' : 'showcase.unmarkHint'),
      nzOkText: this.i18n.t(benchmark ? 'showcase.mark' : 'showcase.unmark'),
      nzCancelText: this.i18n.t('common.cancel'),
      nzClassName: 'showcase-benchmark-confirm',
      nzOnOk: () => {
        this.busy.set(card.id);
        this.client.mark(card.id, benchmark).subscribe({
          next: (page) => {
            this.busy.set(null);
            this.cards.update((cards) =>
              cards.map((c) => (c.id === card.id ? { ...c, benchmark: page.benchmark, benchmarkAt: page.benchmarkAt } : c)),
            );
          },
          error: (error: unknown) => {
            this.busy.set(null);
            this.messages.error(problemMessage(this.i18n, error), { nzDuration: 6000 });
            this.load();
          },
        });
      },
    });
  }
}
