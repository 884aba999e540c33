import { NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import {
  type Department,
  type InvitationCreated,
  InviteMemberRequestSchema,
  type InviteMemberResponse,
  type Member,
  PROBLEM_CODES,
  TENANT_ROLES,
  type TenantRole,
  UpdateMemberRequestSchema,
} from '@xinzhi/shared-contracts';
import {
  applyProblemToForm,
  AuthService,
  createPagedList,
  emailValidator,
  FieldErrorPipe,
  I18nService,
  problemMessage,
  readApiFailure,
  revealErrors,
  ROLE_LABELS,
  TranslatePipe,
} from '@xinzhi/web-core';
import { AsyncStateComponent, CopyLinkComponent, ExportButtonComponent, injectHandset, PageHeaderComponent } from '@xinzhi/web-ui';
import { EnumSelectComponent, schemaValidators } from '@xinzhi/web-forms';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzDrawerModule } from 'ng-zorro-antd/drawer';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzModalModule } from 'ng-zorro-antd/modal';
import { NzPopconfirmModule } from 'ng-zorro-antd/popconfirm';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { MembersClient } from '../data/members.client';

const ROLE_COLORS: Readonly<Record<TenantRole, string>> = {
  owner: 'gold',
  leader: 'blue',
  team_lead: 'cyan',
  employee: 'default',
};

/** Texts for conflicts the API reports on member fields. */
const MEMBER_CONFLICTS = {
  [`role:${PROBLEM_CODES.conflict}`]: 'members.lastOwner',
  [`email:${PROBLEM_CODES.conflict}`]: 'members.alreadyMember',
} as const;

/**
 * `/members`: everyone in the enterprise and the open invitations. Owners invite (and get the link
 * to pass on), change role, department and job title, and remove; leaders and team leads only look.
 */
@Component({
  selector: 'xz-members-page',
  imports: [
    ExportButtonComponent,
    EnumSelectComponent,
    NgTemplateOutlet,
    ReactiveFormsModule,
    NzAlertModule,
    NzButtonModule,
    NzCardModule,
    NzDrawerModule,
    NzFormModule,
    NzIconModule,
    NzInputModule,
    NzModalModule,
    NzPopconfirmModule,
    NzSelectModule,
    NzTableModule,
    NzTagModule,
    AsyncStateComponent,
    CopyLinkComponent,
    PageHeaderComponent,
    TranslatePipe,
    FieldErrorPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './members-page.component.html',
  styleUrl: './members-page.component.css',
})
export class MembersPageComponent {
  private readonly client = inject(MembersClient);
  private readonly auth = inject(AuthService);
  private readonly i18n = inject(I18nService);
  private readonly messages = inject(NzMessageService);
  private readonly fb = inject(NonNullableFormBuilder);

  protected readonly isHandset = injectHandset();
  protected readonly isOwner = computed(() => this.auth.context()?.role === 'owner');
  protected readonly enterprise = computed(() => this.auth.currentMembership()?.name ?? '');
  protected readonly myUserId = computed(() => this.auth.user()?.id ?? null);
  protected readonly roles = TENANT_ROLES;
  protected readonly roleLabels = ROLE_LABELS;
  protected readonly roleColors = ROLE_COLORS;

  protected readonly list = createPagedList((cursor) => this.client.members(cursor));
  protected readonly departments = signal<readonly Department[]>([]);
  protected readonly listError = computed(() => (this.list.error() ? problemMessage(this.i18n, this.list.error()) : null));

  // Invite
  protected readonly inviteOpen = signal(false);
  protected readonly inviteSaving = signal(false);
  protected readonly inviteError = signal<string | null>(null);
  protected readonly inviteResult = signal<InviteMemberResponse | null>(null);
  protected readonly inviteForm = this.fb.group({
    email: this.fb.control('', [...schemaValidators(InviteMemberRequestSchema, 'email'), emailValidator]),
    displayName: this.fb.control('', schemaValidators(InviteMemberRequestSchema, 'displayName')),
    role: this.fb.control<TenantRole>('employee', [Validators.required]),
    departmentId: this.fb.control<string | null>(null),
    jobTitle: this.fb.control('', schemaValidators(InviteMemberRequestSchema, 'jobTitle')),
  });

  // Edit
  protected readonly editing = signal<Member | null>(null);
  protected readonly editSaving = signal(false);
  protected readonly editError = signal<string | null>(null);
  protected readonly editForm = this.fb.group({
    displayName: this.fb.control('', schemaValidators(UpdateMemberRequestSchema, 'displayName')),
    role: this.fb.control<TenantRole>('employee', [Validators.required]),
    departmentId: this.fb.control<string | null>(null),
    jobTitle: this.fb.control('', schemaValidators(UpdateMemberRequestSchema, 'jobTitle')),
  });

  /** Membership id being removed. */
  protected readonly removing = signal<string | null>(null);

  /** Invitation whose link is being issued again, and the new link once it is. */
  protected readonly relinking = signal<string | null>(null);
  protected readonly relinked = signal<InvitationCreated | null>(null);

  constructor() {
    this.client.departments().subscribe({
      next: (page) => this.departments.set(page.items),
      error: () => this.departments.set([]),
    });
  }

  protected isMe(member: Member): boolean {
    return member.userId !== null && member.userId === this.myUserId();
  }

  protected openInvite(): void {
    this.inviteForm.reset();
    this.inviteError.set(null);
    this.inviteResult.set(null);
    this.inviteOpen.set(true);
  }

  protected closeInvite(): void {
    this.inviteOpen.set(false);
  }

  protected inviteAnother(): void {
    this.openInvite();
  }

  protected async invite(): Promise<void> {
    if (this.inviteSaving()) return;
    this.inviteError.set(null);
    if (!revealErrors(this.inviteForm)) return;
    this.inviteSaving.set(true);
    const value = this.inviteForm.getRawValue();
    this.client
      .invite({
        email: value.email.trim(),
        displayName: value.displayName.trim(),
        role: value.role,
        departmentId: value.departmentId || null,
        jobTitle: value.jobTitle.trim() || null,
      })
      .subscribe({
        next: (result) => {
          this.inviteSaving.set(false);
          this.inviteResult.set(result);
          this.list.update((items) => [...items, result.member]);
          this.bumpDepartment(result.member.departmentId, 1);
        },
        error: (error: unknown) => {
          this.inviteSaving.set(false);
          this.inviteError.set(applyProblemToForm(this.i18n, this.inviteForm, error, { messages: MEMBER_CONFLICTS }));
        },
      });
  }

  protected openEdit(member: Member): void {
    this.editForm.reset({
      displayName: member.displayName,
      role: member.role,
      departmentId: member.departmentId,
      jobTitle: member.jobTitle ?? '',
    });
    if (member.status === 'active') this.editForm.controls.displayName.disable();
    else this.editForm.controls.displayName.enable();
    this.editError.set(null);
    this.editing.set(member);
  }

  protected closeEdit(): void {
    this.editing.set(null);
  }

  protected save(): void {
    const member = this.editing();
    if (!member || this.editSaving()) return;
    this.editError.set(null);
    if (!revealErrors(this.editForm)) return;
    this.editSaving.set(true);
    const value = this.editForm.getRawValue();
    this.client
      .updateMember(member.id, {
        role: value.role,
        departmentId: value.departmentId || null,
        jobTitle: value.jobTitle.trim() || null,
        ...(member.status === 'invited' ? { displayName: value.displayName.trim() } : {}),
      })
      .subscribe({
        next: (updated) => {
          this.editSaving.set(false);
          this.list.update((items) => items.map((item) => (item.id === updated.id ? updated : item)));
          if (member.departmentId !== updated.departmentId) {
            this.bumpDepartment(member.departmentId, -1);
            this.bumpDepartment(updated.departmentId, 1);
          }
          this.editing.set(null);
          this.messages.success(this.i18n.t('members.updated', { name: updated.displayName }));
          if (this.isMe(updated) && updated.role !== member.role) void this.auth.loadMe();
        },
        error: (error: unknown) => {
          this.editSaving.set(false);
          this.editError.set(applyProblemToForm(this.i18n, this.editForm, error, { messages: MEMBER_CONFLICTS }));
        },
      });
  }

  protected remove(member: Member): void {
    if (this.removing()) return;
    this.removing.set(member.id);
    this.client.removeMember(member.id).subscribe({
      next: () => {
        this.removing.set(null);
        this.list.update((items) => items.filter((item) => item.id !== member.id));
        this.bumpDepartment(member.departmentId, -1);
        this.messages.success(this.i18n.t('members.removed', { name: member.displayName }));
      },
      error: (error: unknown) => {
        this.removing.set(null);
        const failure = readApiFailure(error);
        this.messages.error(failure?.status === 409 ? this.i18n.t('members.lastOwner') : problemMessage(this.i18n, error), {
          nzDuration: 6000,
        });
      },
    });
  }

  /**
   * A new link for a pending invitation, shown to copy. Links are kept only as a hash, so the one sent
   * before cannot be shown again: a new one replaces it (the old link stops working).
   */
  protected reissue(member: Member): void {
    if (this.relinking()) return;
    this.relinking.set(member.id);
    this.client.reissueInvitation(member.id).subscribe({
      next: (invitation) => {
        this.relinking.set(null);
        this.relinked.set(invitation);
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

  private bumpDepartment(id: string | null, by: number): void {
    if (!id) return;
    this.departments.update((list) => list.map((d) => (d.id === id ? { ...d, memberCount: Math.max(0, d.memberCount + by) } : d)));
  }
}
