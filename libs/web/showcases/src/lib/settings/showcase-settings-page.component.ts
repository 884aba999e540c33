import { ChangeDetectionStrategy, Component, computed, inject, OnInit, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { Project, ShowcasePage, ShowcaseSettings } from '@xinzhi/shared-contracts';
import { AuthService, I18nService, problemMessage, TranslatePipe } from '@xinzhi/web-core';
import { AsyncStateComponent, PageHeaderComponent } from '@xinzhi/web-ui';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzModalService } from 'ng-zorro-antd/modal';
import { forkJoin } from 'rxjs';
import { ShowcasesClient } from '../data/showcases.client';
import { ShowcaseViewComponent } from '../page/showcase-view.component';

/**
 * `/showcase`: the owner shows one project to the park as a showcase (样板间) — pick the project,
 * tick whether absolute KPI values may be shown, save; the preview below is exactly what the other
 * enterprises see; revoke (after a confirmation) hides it at once. Leaders read it.
 */
@Component({
  selector: 'xz-showcase-settings-page',
  imports: [RouterLink, NzAlertModule, NzButtonModule, AsyncStateComponent, PageHeaderComponent, ShowcaseViewComponent, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <xz-page-header
      headingTestId="showcase-settings-title"
      [heading]="'showcase.settingsTitle' | t"
      [subheading]="'showcase.settingsSubtitle' | t"
    >
      <a nz-button xzPageHeaderActions routerLink="/showcases">{{ 'showcase.galleryTitle' | t }}</a>
    </xz-page-header>
    <section data-testid="showcase-settings" [attr.data-state]="loading() ? 'loading' : error() ? 'error' : 'ready'">
      @if (loading()) {
        <xz-async-state kind="loading" />
      } @else if (error(); as message) {
        <xz-async-state kind="error" [message]="message" [retryable]="true" (retry)="load()" />
      } @else {
        @let active = settings()?.active;
        <div class="status" data-testid="showcase-status" [attr.data-active]="active ? 'yes' : 'no'">
          @if (active) {
            <nz-alert nzType="success" nzShowIcon [nzMessage]="'showcase.activeAs' | t: { name: active.projectName }" />
          } @else {
            <nz-alert nzType="info" nzShowIcon [nzMessage]="'showcase.inactive' | t" />
          }
        </div>
        <p class="consent">{{ 'showcase.consentText' | t }}</p>
        @if (!projects().length) {
          <xz-async-state kind="empty" [message]="'showcase.noProjects' | t" />
        } @else {
          <div class="form">
            <label for="showcase-project">{{ 'showcase.project' | t }}</label>
            <select
              id="showcase-project"
              data-testid="showcase-project-select"
              [disabled]="!isOwner() || saving()"
              [value]="projectId()"
              (change)="projectId.set($any($event.target).value)"
            >
              <option value="">{{ 'showcase.pickProject' | t }}</option>
              @for (p of projects(); track p.id) {
                <option [value]="p.id" [selected]="p.id === projectId()">{{ p.name }}</option>
              }
            </select>
            <label class="check">
              <input
                type="checkbox"
                data-testid="showcase-absolute"
                [disabled]="!isOwner() || saving()"
                [checked]="showAbsolute()"
                (change)="showAbsolute.set($any($event.target).checked)"
              />
              {{ 'showcase.showAbsolute' | t }}
            </label>
            <p class="hint">{{ 'showcase.showAbsoluteHint' | t }}</p>
            @if (isOwner()) {
              <div class="actions">
                <button
                  nz-button
                  nzType="primary"
                  data-testid="showcase-save"
                  [disabled]="!projectId() || !dirty()"
                  [nzLoading]="saving()"
                  (click)="save()"
                >
                  {{ (active ? 'showcase.update' : 'showcase.optIn') | t }}
                </button>
                @if (active) {
                  <button nz-button nzDanger data-testid="showcase-revoke" [disabled]="saving()" (click)="revoke()">
                    {{ 'showcase.revoke' | t }}
                  </button>
                }
              </div>
            } @else {
              <p class="hint" data-testid="showcase-owner-only">{{ 'showcase.ownerOnly' | t }}</p>
            }
          </div>
        }
        @if (active) {
          <h2>{{ 'showcase.preview' | t }}</h2>
          <p class="hint">{{ 'showcase.previewHint' | t }}</p>
          <div class="preview" data-testid="showcase-preview">
            @if (preview(); as page) {
              <xz-showcase-view [showcase]="page" />
            } @else if (previewError(); as message) {
              <xz-async-state kind="error" [message]="message" />
            } @else {
              <xz-async-state kind="loading" />
            }
          </div>
        }
      }
    </section>
  `,
  styles: `
    :host {
      display: block;
      max-width: 960px;
    }
    .form {
      display: grid;
      gap: 8px;
      max-width: 520px;
      margin: 12px 0;
    }
    select {
      width: 100%;
      min-height: 32px;
      padding: 4px 8px;
      border: 1px solid #d9d9d9;
      border-radius: 6px;
      background: #fff;
    }
    .check {
      display: flex;
      gap: 8px;
      align-items: center;
    }
    .hint,
    .consent {
      color: rgba(0, 0, 0, 0.55);
      margin: 0;
    }
    .consent {
      margin-top: 12px;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
    }
    h2 {
      font-size: 16px;
      margin: 24px 0 4px;
    }
    .preview {
      margin-top: 8px;
      padding: 16px;
      background: #fff;
      border: 1px dashed rgba(5, 5, 5, 0.2);
      border-radius: 8px;
    }
  `,
})
export class ShowcaseSettingsPageComponent implements OnInit {
  private readonly client = inject(ShowcasesClient);
  private readonly i18n = inject(I18nService);
  private readonly auth = inject(AuthService);
  private readonly modal = inject(NzModalService);
  private readonly messages = inject(NzMessageService);

  protected readonly settings = signal<ShowcaseSettings | null>(null);
  protected readonly projects = signal<Project[]>([]);
  protected readonly loading = signal(true);
  protected readonly error = signal<string | null>(null);
  protected readonly saving = signal(false);
  protected readonly projectId = signal('');
  protected readonly showAbsolute = signal(false);
  protected readonly preview = signal<ShowcasePage | null>(null);
  protected readonly previewError = signal<string | null>(null);
  protected readonly isOwner = computed(() => {
    const context = this.auth.context();
    return context?.type === 'tenant' && context.role === 'owner';
  });
  protected readonly dirty = computed(() => {
    const active = this.settings()?.active;
    return !active || active.projectId !== this.projectId() || active.showAbsolute !== this.showAbsolute();
  });

  ngOnInit(): void {
    this.load();
  }

  load(): void {
    this.loading.set(true);
    this.error.set(null);
    forkJoin([this.client.settings(), this.client.projects()]).subscribe({
      next: ([settings, projects]) => {
        this.projects.set(projects.items.filter((p) => p.status !== 'archived'));
        this.apply(settings);
        this.loading.set(false);
      },
      error: (error: unknown) => {
        this.error.set(`${this.i18n.t('showcase.error')} ${problemMessage(this.i18n, error)}`);
        this.loading.set(false);
      },
    });
  }

  private apply(settings: ShowcaseSettings): void {
    this.settings.set(settings);
    this.projectId.set(settings.active?.projectId ?? '');
    this.showAbsolute.set(settings.active?.showAbsolute ?? false);
    this.preview.set(null);
    this.previewError.set(null);
    if (settings.active) {
      this.client.get('tenant', settings.active.id).subscribe({
        next: (page) => this.preview.set(page),
        error: (error: unknown) => this.previewError.set(problemMessage(this.i18n, error)),
      });
    }
  }

  protected save(): void {
    this.saving.set(true);
    this.client.save({ projectId: this.projectId(), showAbsolute: this.showAbsolute() }).subscribe({
      next: (settings) => {
        this.saving.set(false);
        this.apply(settings);
        this.messages.success(this.i18n.t('showcase.saved'));
      },
      error: (error: unknown) => {
        this.saving.set(false);
        this.messages.error(problemMessage(this.i18n, error), { nzDuration: 6000 });
      },
    });
  }

  protected revoke(): void {
    this.modal.confirm({
      nzTitle: this.i18n.t('showcase.revokeConfirm'),
      nzContent: this.i18n.t('showcase.revokeHint'),
      nzOkText: this.i18n.t('showcase.revoke'),
      nzOkDanger: true,
      nzCancelText: this.i18n.t('common.cancel'),
      nzClassName: 'showcase-revoke-confirm',
      nzOnOk: () => {
        this.saving.set(true);
        this.client.revoke().subscribe({
          next: () => {
            this.saving.set(false);
            this.apply({ active: null });
            this.messages.success(this.i18n.t('showcase.revoked'));
          },
          error: (error: unknown) => {
            this.saving.set(false);
            this.messages.error(problemMessage(this.i18n, error), { nzDuration: 6000 });
          },
        });
      },
    });
  }
}
