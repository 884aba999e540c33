import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import type { IncentiveScheme, Project } from '@xinzhi/shared-contracts';
import { CalendarService, createPagedList, failureStatus, I18nService, problemMessage, TranslatePipe } from '@xinzhi/web-core';
import { AsyncStateComponent, injectHandset, PageHeaderComponent } from '@xinzhi/web-ui';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzDrawerModule } from 'ng-zorro-antd/drawer';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzModalService } from 'ng-zorro-antd/modal';
import { NzPopconfirmModule } from 'ng-zorro-antd/popconfirm';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { IncentivesClient } from '../data/incentives.client';
import { budgetBar, budgetNotice } from '../logic/budget';
import { formatAmount, formatDay } from '../logic/format';
import { areaLabel, KIND_COLORS, KIND_LABELS, techLabel, TRIGGER_LABELS } from '../logic/labels';
import { SCHEME_STATE_COLORS, SCHEME_STATE_LABELS, schemeState } from '../logic/scheme-state';
import { AmountPipe } from '../common/format.pipes';
import { IncentivesTabsComponent } from '../common/incentives-tabs.component';
import { SchemeFormComponent } from './scheme-form.component';

/**
 * `/incentives/schemes` (owners and leaders): the schemes with their rule, scope, dates and budget
 * bar; create, edit, delete (or switch off one that has approved or paid awards).
 */
@Component({
  selector: 'xz-schemes-page',
  imports: [
    NzAlertModule,
    NzButtonModule,
    NzDrawerModule,
    NzIconModule,
    NzPopconfirmModule,
    NzTagModule,
    AsyncStateComponent,
    PageHeaderComponent,
    IncentivesTabsComponent,
    SchemeFormComponent,
    TranslatePipe,
    AmountPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './schemes-page.component.html',
  styleUrl: './schemes-page.component.css',
})
export class SchemesPageComponent {
  private readonly client = inject(IncentivesClient);
  private readonly i18n = inject(I18nService);
  private readonly calendar = inject(CalendarService);
  private readonly messages = inject(NzMessageService);
  private readonly modal = inject(NzModalService);
  protected readonly handset = injectHandset();

  protected readonly kindLabels = KIND_LABELS;
  protected readonly kindColors = KIND_COLORS;
  protected readonly triggerLabels = TRIGGER_LABELS;
  protected readonly areaLabel = areaLabel;
  protected readonly techLabel = techLabel;
  protected readonly stateLabels = SCHEME_STATE_LABELS;
  protected readonly stateColors = SCHEME_STATE_COLORS;

  protected readonly list = createPagedList((cursor) => this.client.schemes(cursor));
  protected readonly listError = computed(() =>
    this.list.error() ? `${this.i18n.t('schemes.error')} ${problemMessage(this.i18n, this.list.error())}` : null,
  );
  protected readonly rows = computed(() =>
    [...this.list.items()]
      .sort((a, b) => Number(b.active) - Number(a.active) || a.name.localeCompare(b.name, this.i18n.locale()))
      .map((scheme) => {
        const budget = budgetBar(scheme);
        return {
          scheme,
          budget,
          state: schemeState(scheme, this.calendar.today()),
          notice: budgetNotice(budget, (value) => this.amountOf(value, scheme)),
        };
      }),
  );

  protected readonly projects = signal<readonly Project[]>([]);
  protected readonly projectsFailed = signal(false);
  /** The form: closed (undefined), a new scheme (null) or the scheme edited. */
  protected readonly editing = signal<IncentiveScheme | null | undefined>(undefined);
  protected readonly deleting = signal<string | null>(null);

  constructor() {
    this.client.projects().subscribe({
      next: (page) => this.projects.set(page.items.filter((project) => project.status !== 'archived')),
      error: () => this.projectsFailed.set(true),
    });
  }

  protected amountOf(value: number | null, scheme: IncentiveScheme): string {
    return value === null ? '' : formatAmount(value, scheme.unit, this.i18n.locale());
  }

  protected dates(scheme: IncentiveScheme): string {
    const locale = this.i18n.locale();
    return this.i18n.t('schemes.activeDates', {
      from: scheme.activeFrom ? formatDay(scheme.activeFrom, locale) : this.i18n.t('schemes.always'),
      until: scheme.activeUntil ? formatDay(scheme.activeUntil, locale) : this.i18n.t('schemes.open'),
    });
  }

  protected openNew(): void {
    this.editing.set(null);
  }

  protected openEdit(scheme: IncentiveScheme): void {
    this.editing.set(scheme);
  }

  protected closeForm(): void {
    this.editing.set(undefined);
  }

  protected saved(scheme: IncentiveScheme): void {
    const isNew = this.editing() === null;
    this.editing.set(undefined);
    this.list.update((items) => (isNew ? [...items, scheme] : items.map((item) => (item.id === scheme.id ? scheme : item))));
    this.messages.success(this.i18n.t(isNew ? 'schemes.created' : 'schemes.saved', { name: scheme.name }));
  }

  protected remove(scheme: IncentiveScheme): void {
    if (this.deleting()) return;
    this.deleting.set(scheme.id);
    this.client.deleteScheme(scheme.id).subscribe({
      next: () => {
        this.deleting.set(null);
        this.list.update((items) => items.filter((item) => item.id !== scheme.id));
        this.messages.success(this.i18n.t('schemes.deleted', { name: scheme.name }));
      },
      error: (error: unknown) => {
        this.deleting.set(null);
        if (failureStatus(error) === 409) this.explainConflict(scheme);
        else this.messages.error(problemMessage(this.i18n, error), { nzDuration: 6000 });
      },
    });
  }

  /** A scheme with approved or paid awards stays: say why, and offer to switch it off. */
  private explainConflict(scheme: IncentiveScheme): void {
    this.modal.confirm({
      nzTitle: this.i18n.t('schemes.cannotDelete'),
      nzContent: this.i18n.t('schemes.deleteConflict', { name: scheme.name }),
      nzOkText: scheme.active ? this.i18n.t('schemes.switchOff') : this.i18n.t('common.close'),
      nzCancelText: scheme.active ? this.i18n.t('common.cancel') : null,
      nzOnOk: () => {
        if (scheme.active) this.switchOff(scheme);
      },
    });
  }

  private switchOff(scheme: IncentiveScheme): void {
    this.client.updateScheme(scheme.id, { active: false }).subscribe({
      next: (updated) => {
        this.list.update((items) => items.map((item) => (item.id === updated.id ? updated : item)));
        this.messages.success(this.i18n.t('schemes.switchedOff', { name: updated.name }));
      },
      error: (error: unknown) => this.messages.error(problemMessage(this.i18n, error), { nzDuration: 6000 }),
    });
  }
}
