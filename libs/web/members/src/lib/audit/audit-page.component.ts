import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { ActivatedRoute, Router } from '@angular/router';
import { AUDIT_KINDS, type AuditEvent, type AuditKind, type Member } from '@xinzhi/shared-contracts';
import {
  AUDIT_ACTION_LABELS,
  AUDIT_FIELD_LABELS,
  AUDIT_KIND_LABELS,
  createPagedList,
  formatDateTime,
  I18nService,
  problemMessage,
  roleLabel,
  TranslatePipe,
} from '@xinzhi/web-core';
import { AsyncStateComponent, injectHandset, PageHeaderComponent } from '@xinzhi/web-ui';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { type AuditFilter, MembersClient } from '../data/members.client';

interface AuditRow {
  readonly id: string;
  readonly time: string;
  readonly action: string;
  readonly tone: string;
  readonly actor: string;
  readonly subject: string;
  readonly detail: string;
  readonly ip: string;
}

const TONES: Partial<Record<AuditEvent['action'], string>> = {
  'login.failed': 'red',
  'member.removed': 'volcano',
  'department.deleted': 'volcano',
  'member.role_changed': 'purple',
  'password.changed': 'gold',
  'member.invited': 'blue',
  'member.joined': 'green',
  'task.deleted': 'volcano',
  'project.deleted': 'volcano',
  'scheme.deleted': 'volcano',
  'kpi.deleted': 'volcano',
  'kpi_reading.deleted': 'volcano',
  'award.approved': 'green',
  'award.paid': 'cyan',
  'award.rejected': 'red',
};

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** A filter value from the address, or '' when it is not one the API would take (a hand-edited link). */
const fromUrl = (value: string | null, valid: (v: string) => boolean): string => (value && valid(value) ? value : '');

/**
 * `/audit` (owner): the enterprise's audit log, newest first, a page at a time; filtered by person,
 * kind and days (the filters live in the address, so a reload or a shared link keeps them), and
 * exported with the same filters as an Excel workbook.
 */
@Component({
  selector: 'xz-audit-page',
  imports: [
    FormsModule,
    NzButtonModule,
    NzCardModule,
    NzIconModule,
    NzInputModule,
    NzSelectModule,
    NzTableModule,
    NzTagModule,
    AsyncStateComponent,
    PageHeaderComponent,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './audit-page.component.html',
  styleUrl: './audit-page.component.css',
})
export class AuditPageComponent {
  private readonly client = inject(MembersClient);
  private readonly i18n = inject(I18nService);
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly messages = inject(NzMessageService);

  protected readonly isHandset = injectHandset();

  private readonly initial = this.route.snapshot.queryParamMap;
  protected readonly actorId = signal(fromUrl(this.initial.get('actorId'), (v) => UUID.test(v)));
  protected readonly kind = signal(fromUrl(this.initial.get('kind'), (v) => (AUDIT_KINDS as readonly string[]).includes(v)));
  protected readonly from = signal(fromUrl(this.initial.get('from'), (v) => DAY.test(v)));
  protected readonly to = signal(fromUrl(this.initial.get('to'), (v) => DAY.test(v)));
  /** An end before the start: said beside the dates, and nothing is asked of the API. */
  protected readonly datesReversed = computed(() => !!this.from() && !!this.to() && this.to() < this.from());
  protected readonly filtered = computed(() => !!(this.actorId() || this.kind() || this.from() || this.to()));

  protected readonly kinds = AUDIT_KINDS.map((kind) => ({ kind, label: AUDIT_KIND_LABELS[kind] }));
  /** The people to filter by: the enterprise's members who have an account (invitations pending have done nothing yet). */
  protected readonly people = signal<readonly Member[]>([]);
  protected readonly exporting = signal(false);

  protected readonly list = createPagedList((cursor) => this.client.auditEvents(this.filter(), cursor));
  protected readonly listError = computed(() => (this.list.error() ? problemMessage(this.i18n, this.list.error()) : null));
  protected readonly rows = computed<readonly AuditRow[]>(() => this.list.items().map((event) => this.toRow(event)));

  constructor() {
    this.client.members().subscribe({
      next: (page) => this.people.set(page.items.filter((m) => m.userId !== null)),
      // Without the members the person filter is empty; the log itself still shows.
      error: () => this.people.set([]),
    });
  }

  private filter(): AuditFilter {
    return {
      kind: (this.kind() || undefined) as AuditKind | undefined,
      actorId: this.actorId() || undefined,
      from: this.from() || undefined,
      to: this.to() || undefined,
    };
  }

  protected setActor(value: string | null): void {
    this.actorId.set(value ?? '');
    this.apply();
  }

  protected setKind(value: string | null): void {
    this.kind.set(value ?? '');
    this.apply();
  }

  protected setFrom(value: string): void {
    this.from.set(value);
    this.apply();
  }

  protected setTo(value: string): void {
    this.to.set(value);
    this.apply();
  }

  protected clearFilters(): void {
    this.actorId.set('');
    this.kind.set('');
    this.from.set('');
    this.to.set('');
    this.apply();
  }

  /** Writes the filters into the address (replacing the entry: the back button leaves the page) and reloads the list. */
  private apply(): void {
    const f = this.filter();
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: { actorId: f.actorId ?? null, kind: f.kind ?? null, from: f.from ?? null, to: f.to ?? null },
      replaceUrl: true,
    });
    if (!this.datesReversed()) this.list.reload();
  }

  protected exportWorkbook(): void {
    if (this.datesReversed()) return;
    this.exporting.set(true);
    this.client.auditWorkbook(this.filter()).subscribe({
      next: (blob) => {
        this.exporting.set(false);
        const url = URL.createObjectURL(blob);
        const a = document.createElement('a');
        a.href = url;
        a.download = this.i18n.t('audit.exportFile');
        a.click();
        setTimeout(() => URL.revokeObjectURL(url), 0);
      },
      error: (error: unknown) => {
        this.exporting.set(false);
        this.messages.error(`${this.i18n.t('audit.exportFailed')} ${problemMessage(this.i18n, error)}`);
      },
    });
  }

  private toRow(event: AuditEvent): AuditRow {
    const label = AUDIT_ACTION_LABELS[event.action];
    return {
      id: event.id,
      time: formatDateTime(event.at, this.i18n.locale()),
      action: label ? this.i18n.t(label) : event.action,
      tone: TONES[event.action] ?? 'default',
      actor: event.actorName ?? event.actorEmail ?? this.i18n.t('audit.system'),
      subject: event.subject ?? '',
      detail: this.describe(event),
      ip: event.ip ?? '',
    };
  }

  private describe(event: AuditEvent): string {
    const detail = event.detail ?? {};
    const role = (value: unknown): string => {
      const key = typeof value === 'string' ? roleLabel(value) : null;
      return key ? this.i18n.t(key) : String(value ?? '');
    };
    switch (event.action) {
      case 'member.role_changed':
        return this.i18n.t('audit.roleChange', { from: role(detail['from']), to: role(detail['to']) });
      case 'member.invited':
      case 'member.joined':
      case 'member.removed':
        return detail['role'] ? role(detail['role']) : '';
      case 'department.updated':
        return typeof detail['from'] === 'string' ? this.i18n.t('audit.renamedFrom', { from: detail['from'] }) : '';
      case 'member.updated':
      case 'login.succeeded':
      case 'login.failed':
      case 'password.changed':
        return '';
      default:
        // Business actions: each field the event tells, `field: from → to` for a change.
        return Object.entries(detail)
          .filter(([, value]) => value !== null && value !== '')
          .map(([field, value]) => {
            const label = AUDIT_FIELD_LABELS[field];
            const shown = typeof value === 'boolean' ? this.i18n.t(value ? 'common.yes' : 'common.no') : String(value);
            return `${label ? this.i18n.t(label) : field}: ${shown}`;
          })
          .join('; ');
    }
  }
}
