import { NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import {
  CREDIT_CODE_LENGTH,
  type CreateTenantResponse,
  type InvitationCreated,
  ENTERPRISE_SCALES,
  INDUSTRY_DIVISION_LENGTH,
  INDUSTRY_SECTIONS,
  MANUFACTURING_TYPES,
  type Tenant,
  type TenantMaturity,
} from '@xinzhi/shared-contracts';
import {
  applyProblemToForm,
  AuthService,
  createPagedList,
  FieldErrorPipe,
  I18nService,
  industrySectionName,
  MANUFACTURING_LABELS,
  problemMessage,
  revealErrors,
  SCALE_LABELS,
  TranslatePipe,
} from '@xinzhi/web-core';
import { AsyncStateComponent, CopyLinkComponent, ExportButtonComponent, injectHandset, PageHeaderComponent } from '@xinzhi/web-ui';
import { EnumSelectComponent } from '@xinzhi/web-forms';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzDividerModule } from 'ng-zorro-antd/divider';
import { NzDrawerModule } from 'ng-zorro-antd/drawer';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzModalModule } from 'ng-zorro-antd/modal';
import { NzPopconfirmModule } from 'ng-zorro-antd/popconfirm';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzSwitchModule } from 'ng-zorro-antd/switch';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { maturityText } from './maturity';
import { ParkTenantsClient } from './park-tenants.client';
import { createTenantForm, prepareForCreate, prepareForEdit, TENANT_FIELD_TEXTS, toCreateRequest, toUpdateRequest } from './tenant-form';

type DrawerMode = { kind: 'closed' } | { kind: 'create' } | { kind: 'edit'; tenant: Tenant };

const OWNER_STATUS = {
  active: { key: 'ownerStatus.active', color: 'green' },
  invited: { key: 'ownerStatus.invited', color: 'orange' },
  none: { key: 'ownerStatus.none', color: 'default' },
} as const;

/**
 * `/park/tenants`: the park's enterprises with their classification (GB/T 4754 industry, scale,
 * region, emerging or traditional, discrete or process manufacturing) and owners. The park
 * administrator adds an enterprise with its owner — and gets the owner's invitation link — and edits
 * the classification and the showcase flag.
 */
@Component({
  selector: 'xz-park-tenants-page',
  imports: [
    ExportButtonComponent,
    EnumSelectComponent,
    NgTemplateOutlet,
    ReactiveFormsModule,
    NzAlertModule,
    NzButtonModule,
    NzCardModule,
    NzDividerModule,
    NzDrawerModule,
    NzFormModule,
    NzIconModule,
    NzInputModule,
    NzModalModule,
    NzPopconfirmModule,
    NzSelectModule,
    NzSwitchModule,
    NzTableModule,
    NzTagModule,
    AsyncStateComponent,
    CopyLinkComponent,
    PageHeaderComponent,
    TranslatePipe,
    FieldErrorPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './park-tenants-page.component.html',
  styleUrl: './park-tenants-page.component.css',
})
export class ParkTenantsPageComponent {
  private readonly client = inject(ParkTenantsClient);
  private readonly auth = inject(AuthService);
  private readonly i18n = inject(I18nService);
  private readonly messages = inject(NzMessageService);

  protected readonly isHandset = injectHandset();
  protected readonly park = computed(() => this.auth.currentMembership()?.name ?? '');
  protected readonly list = createPagedList((cursor) => this.client.list(cursor));
  protected readonly listError = computed(() => (this.list.error() ? problemMessage(this.i18n, this.list.error()) : null));
  protected readonly tenants = computed(() => [...this.list.items()].sort((a, b) => a.name.localeCompare(b.name, this.i18n.locale())));

  protected readonly maturity = (tenant: TenantMaturity) =>
    maturityText(tenant, this.i18n.locale(), (key, params) => this.i18n.t(key, params));
  protected readonly scales = ENTERPRISE_SCALES;
  protected readonly manufacturingTypes = MANUFACTURING_TYPES;
  protected readonly scaleLabels = SCALE_LABELS;
  protected readonly manufacturingLabels = MANUFACTURING_LABELS;
  protected readonly fieldTexts = TENANT_FIELD_TEXTS;
  protected readonly limits = { creditCode: CREDIT_CODE_LENGTH, division: INDUSTRY_DIVISION_LENGTH } as const;
  /** Industry sections with their names in the current language, for the select. */
  protected readonly sections = computed(() =>
    Object.keys(INDUSTRY_SECTIONS).map((letter) => ({
      letter,
      label: `${letter} · ${industrySectionName(letter, this.i18n.locale())}`,
    })),
  );

  protected readonly form = createTenantForm(inject(NonNullableFormBuilder));
  protected readonly drawer = signal<DrawerMode>({ kind: 'closed' });
  protected readonly saving = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly created = signal<CreateTenantResponse | null>(null);

  /** Tenant whose owner invitation is being issued again, and the new link once it is. */
  protected readonly relinking = signal<string | null>(null);
  protected readonly relinked = signal<{ tenant: string; invitation: InvitationCreated } | null>(null);

  protected readonly drawerTitle = computed(() => {
    const mode = this.drawer();
    return mode.kind === 'edit' ? this.i18n.t('park.editTitle', { name: mode.tenant.name }) : this.i18n.t('park.createTitle');
  });

  /**
   * A new link for the owner's pending invitation, shown to copy. Links are kept only as a hash, so
   * the one sent before cannot be shown again: a new one replaces it (the old link stops working).
   */
  protected reissue(tenant: Tenant): void {
    if (this.relinking()) return;
    this.relinking.set(tenant.id);
    this.client.reissueOwnerInvitation(tenant.id).subscribe({
      next: (invitation) => {
        this.relinking.set(null);
        this.relinked.set({ tenant: tenant.name, invitation });
      },
      error: (error: unknown) => {
        this.relinking.set(null);
        this.messages.error(this.i18n.t('members.relinkFailed', { reason: problemMessage(this.i18n, error) }), { nzDuration: 6000 });
        this.list.reload();
      },
    });
  }

  protected closeRelinked(): void {
    this.relinked.set(null);
  }

  protected industry(tenant: Tenant): string {
    return `${tenant.industrySection} ${industrySectionName(tenant.industrySection, this.i18n.locale())} · ${tenant.industryDivision}`;
  }

  protected ownerTag(status: Tenant['ownerStatus']) {
    return OWNER_STATUS[status] ?? OWNER_STATUS.none;
  }

  protected openCreate(): void {
    prepareForCreate(this.form);
    this.error.set(null);
    this.created.set(null);
    this.drawer.set({ kind: 'create' });
  }

  protected openEdit(tenant: Tenant): void {
    prepareForEdit(this.form, tenant);
    this.error.set(null);
    this.created.set(null);
    this.drawer.set({ kind: 'edit', tenant });
  }

  protected close(): void {
    this.drawer.set({ kind: 'closed' });
  }

  protected submit(): void {
    const mode = this.drawer();
    if (mode.kind === 'closed' || this.saving()) return;
    this.error.set(null);
    if (!revealErrors(this.form)) return;
    this.saving.set(true);
    const fail = (error: unknown) => {
      this.saving.set(false);
      this.error.set(applyProblemToForm(this.i18n, this.form, error));
    };
    if (mode.kind === 'create') {
      this.client.create(toCreateRequest(this.form)).subscribe({
        next: (result) => {
          this.saving.set(false);
          this.created.set(result);
          this.list.update((items) => [...items, result.tenant]);
        },
        error: fail,
      });
    } else {
      this.client.update(mode.tenant.id, toUpdateRequest(this.form)).subscribe({
        next: (tenant) => {
          this.saving.set(false);
          this.list.update((items) => items.map((item) => (item.id === tenant.id ? tenant : item)));
          this.drawer.set({ kind: 'closed' });
          this.messages.success(this.i18n.t('park.updated', { name: tenant.name }));
        },
        error: fail,
      });
    }
  }
}
