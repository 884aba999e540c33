import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { ShowcasePage } from '@xinzhi/shared-contracts';
import { failureStatus, I18nService, problemMessage, TranslatePipe } from '@xinzhi/web-core';
import { AsyncStateComponent, PageHeaderComponent } from '@xinzhi/web-ui';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { type GalleryMode, ShowcasesClient } from '../data/showcases.client';
import { ShowcaseViewComponent } from './showcase-view.component';

/** `/showcases/:id` (members of the park's enterprises) and `/park/showcases/:id` (the park administrator): one showcase. */
@Component({
  selector: 'xz-showcase-page',
  imports: [RouterLink, NzButtonModule, AsyncStateComponent, PageHeaderComponent, ShowcaseViewComponent, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <xz-page-header headingTestId="showcase-title" [heading]="'showcase.pageTitle' | t" [subheading]="'showcase.pageSubtitle' | t">
      <a nz-button xzPageHeaderActions [routerLink]="back()" data-testid="showcase-back">{{ 'showcase.back' | t }}</a>
    </xz-page-header>
    <section data-testid="showcase-page" [attr.data-state]="loading() ? 'loading' : error() ? 'error' : 'ready'">
      @if (loading()) {
        <xz-async-state kind="loading" />
      } @else if (error(); as message) {
        <xz-async-state kind="error" [message]="message" [retryable]="!gone()" (retry)="load()" />
      } @else if (showcase(); as s) {
        <xz-showcase-view [showcase]="s" />
      }
    </section>
  `,
  styles: `
    :host {
      display: block;
      max-width: 960px;
    }
  `,
})
export class ShowcasePageComponent {
  private readonly client = inject(ShowcasesClient);
  private readonly i18n = inject(I18nService);

  readonly id = input.required<string>();
  readonly mode = input<GalleryMode>('tenant');

  protected readonly showcase = signal<ShowcasePage | null>(null);
  protected readonly loading = signal(true);
  protected readonly error = signal<string | null>(null);
  protected readonly gone = signal(false);
  protected readonly back = computed(() => (this.mode() === 'park' ? '/park/showcases' : '/showcases'));

  constructor() {
    effect(() => {
      this.id();
      this.load();
    });
  }

  load(): void {
    this.loading.set(true);
    this.error.set(null);
    this.gone.set(false);
    this.client.get(this.mode(), this.id()).subscribe({
      next: (s) => {
        this.showcase.set(s);
        this.loading.set(false);
      },
      error: (error: unknown) => {
        // Revoked or never shown here: the API answers 404 for both.
        const gone = failureStatus(error) === 404;
        this.gone.set(gone);
        this.error.set(gone ? this.i18n.t('showcase.gone') : `${this.i18n.t('showcase.error')} ${problemMessage(this.i18n, error)}`);
        this.loading.set(false);
      },
    });
  }
}
