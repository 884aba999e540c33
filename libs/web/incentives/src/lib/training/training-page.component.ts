import { ChangeDetectionStrategy, Component, computed, effect, inject, signal, untracked } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { ActivatedRoute } from '@angular/router';
import type { Member, TrainingRecord } from '@xinzhi/shared-contracts';
import { AuthService, createPagedList, I18nService, problemMessage, TranslatePipe } from '@xinzhi/web-core';
import { AsyncStateComponent, ExportButtonComponent, injectHandset, PageHeaderComponent } from '@xinzhi/web-ui';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzDrawerModule } from 'ng-zorro-antd/drawer';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzPopconfirmModule } from 'ng-zorro-antd/popconfirm';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { IncentivesClient } from '../data/incentives.client';
import { formatNumber } from '../logic/format';
import { SKILL_LABELS } from '../logic/labels';
import { DayPipe, NumberPipe } from '../common/format.pipes';
import { IncentivesTabsComponent } from '../common/incentives-tabs.component';
import { TrainingFormComponent } from './training-form.component';

/** Whose records a training page lists. */
export type TrainingMode = 'mine' | 'all';

/**
 * `/me/training` (`mine`, every member): one's own courses, added, edited and deleted by oneself.
 * `/incentives/training` (`all`, owners and leaders): everyone's, filterable by member, with
 * "record for a member".
 */
@Component({
  selector: 'xz-training-page',
  imports: [
    ExportButtonComponent,
    FormsModule,
    NzAlertModule,
    NzButtonModule,
    NzDrawerModule,
    NzIconModule,
    NzPopconfirmModule,
    NzSelectModule,
    NzTagModule,
    AsyncStateComponent,
    PageHeaderComponent,
    IncentivesTabsComponent,
    TrainingFormComponent,
    TranslatePipe,
    DayPipe,
    NumberPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './training-page.component.html',
  styleUrl: './training-page.component.css',
})
export class TrainingPageComponent {
  private readonly client = inject(IncentivesClient);
  private readonly auth = inject(AuthService);
  private readonly i18n = inject(I18nService);
  private readonly messages = inject(NzMessageService);
  protected readonly handset = injectHandset();

  /** The route's `data.mode`: everyone's records (owners and leaders) or one's own. */
  protected readonly all = (inject(ActivatedRoute).snapshot.data['mode'] as TrainingMode | undefined) === 'all';
  protected readonly skillLabels = SKILL_LABELS;
  protected readonly me = computed(() => this.auth.user()?.id ?? null);

  /** Member filter of the `all` page ('' = everyone). */
  protected readonly memberId = signal('');
  protected readonly members = signal<readonly Member[] | null>(null);
  protected readonly membersFailed = signal(false);
  protected readonly list = createPagedList((cursor) =>
    this.all
      ? this.client.trainingRecords({ userId: this.memberId() || undefined, cursor: cursor ?? undefined })
      : this.client.myTrainingRecords(cursor),
  );
  protected readonly listError = computed(() =>
    this.list.error() ? `${this.i18n.t('training.error')} ${problemMessage(this.i18n, this.list.error())}` : null,
  );
  protected readonly records = computed(() =>
    [...this.list.items()].sort((a, b) => b.completedOn.localeCompare(a.completedOn) || b.createdAt.localeCompare(a.createdAt)),
  );
  protected readonly totals = computed(() => {
    const records = this.records();
    const hours = records.reduce((sum, record) => sum + record.hours, 0);
    return { count: records.length, hours: formatNumber(hours, this.i18n.locale()) };
  });

  /** The form: closed (undefined), a new record (null) or the record edited. */
  protected readonly editing = signal<TrainingRecord | null | undefined>(undefined);
  protected readonly deleting = signal<string | null>(null);

  constructor() {
    if (this.all) this.loadMembers();
    // A change of the member filter reads the records again (the first read is the list's own).
    let first = true;
    effect(() => {
      this.memberId();
      untracked(() => {
        if (!first) this.list.reload();
        first = false;
      });
    });
  }

  private loadMembers(): void {
    this.members.set([]);
    this.client.members().subscribe({
      next: (page) => this.members.set(page.items.filter((member) => member.userId !== null && member.status === 'active')),
      error: () => {
        this.members.set(null);
        this.membersFailed.set(true);
      },
    });
  }

  protected openNew(): void {
    this.editing.set(null);
  }

  protected openEdit(record: TrainingRecord): void {
    this.editing.set(record);
  }

  protected closeForm(): void {
    this.editing.set(undefined);
  }

  /** Only owners and leaders record for others; everyone keeps their own. */
  protected mayChange(record: TrainingRecord): boolean {
    return this.all || record.userId === this.me();
  }

  protected saved(record: TrainingRecord): void {
    const isNew = this.editing() === null;
    this.editing.set(undefined);
    const shown = this.all ? !this.memberId() || this.memberId() === record.userId : record.userId === this.me();
    this.list.update((items) => {
      const rest = items.filter((item) => item.id !== record.id);
      return shown ? [record, ...rest] : rest;
    });
    this.messages.success(this.i18n.t(isNew ? 'training.created' : 'training.saved', { course: record.course }));
  }

  protected remove(record: TrainingRecord): void {
    if (this.deleting()) return;
    this.deleting.set(record.id);
    this.client.deleteTraining(record.id).subscribe({
      next: () => {
        this.deleting.set(null);
        this.list.update((items) => items.filter((item) => item.id !== record.id));
        this.messages.success(this.i18n.t('training.deleted', { course: record.course }));
      },
      error: (error: unknown) => {
        this.deleting.set(null);
        this.messages.error(problemMessage(this.i18n, error), { nzDuration: 6000 });
      },
    });
  }
}
