import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import type { AuditEvent } from '@xinzhi/shared-contracts';
import {
  AUDIT_ACTION_LABELS,
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
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { MembersClient } from '../data/members.client';

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
};

/** `/audit` (owner): the enterprise's audit log, newest first, a page at a time. */
@Component({
  selector: 'xz-audit-page',
  imports: [NzButtonModule, NzCardModule, NzTableModule, NzTagModule, AsyncStateComponent, PageHeaderComponent, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './audit-page.component.html',
  styleUrl: './audit-page.component.css',
})
export class AuditPageComponent {
  private readonly client = inject(MembersClient);
  private readonly i18n = inject(I18nService);

  protected readonly isHandset = injectHandset();
  protected readonly list = createPagedList((cursor) => this.client.auditEvents(cursor));
  protected readonly listError = computed(() => (this.list.error() ? problemMessage(this.i18n, this.list.error()) : null));
  protected readonly rows = computed<readonly AuditRow[]>(() => this.list.items().map((event) => this.toRow(event)));

  private toRow(event: AuditEvent): AuditRow {
    const label = AUDIT_ACTION_LABELS[event.action];
    return {
      id: event.id,
      time: formatDateTime(event.at, this.i18n.locale()),
      action: label ? this.i18n.t(label) : event.action,
      tone: TONES[event.action] ?? 'default',
      actor: event.actorEmail ?? this.i18n.t('audit.system'),
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
      default:
        return '';
    }
  }
}
