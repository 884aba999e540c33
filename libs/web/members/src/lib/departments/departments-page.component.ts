import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { type Department, DepartmentRequestSchema } from '@xinzhi/shared-contracts';
import {
  applyProblemToForm,
  AuthService,
  createPagedList,
  FieldErrorPipe,
  I18nService,
  problemMessage,
  revealErrors,
  serverError,
  TranslatePipe,
} from '@xinzhi/web-core';
import { AsyncStateComponent, PageHeaderComponent } from '@xinzhi/web-ui';
import { schemaValidators } from '@xinzhi/web-forms';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzPopconfirmModule } from 'ng-zorro-antd/popconfirm';
import { MembersClient } from '../data/members.client';

/**
 * `/departments`: the enterprise's departments with member counts. Owners add one inline, rename in
 * place and delete (members stay, without a department); others only look.
 */
@Component({
  selector: 'xz-departments-page',
  imports: [
    ReactiveFormsModule,
    NzAlertModule,
    NzButtonModule,
    NzCardModule,
    NzFormModule,
    NzIconModule,
    NzInputModule,
    NzPopconfirmModule,
    AsyncStateComponent,
    PageHeaderComponent,
    TranslatePipe,
    FieldErrorPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './departments-page.component.html',
  styleUrl: './departments-page.component.css',
})
export class DepartmentsPageComponent {
  private readonly client = inject(MembersClient);
  private readonly auth = inject(AuthService);
  private readonly i18n = inject(I18nService);
  private readonly messages = inject(NzMessageService);
  private readonly fb = inject(NonNullableFormBuilder);

  protected readonly isOwner = computed(() => this.auth.context()?.role === 'owner');
  protected readonly enterprise = computed(() => this.auth.currentMembership()?.name ?? '');
  protected readonly list = createPagedList((cursor) => this.client.departments(cursor));
  protected readonly listError = computed(() => (this.list.error() ? problemMessage(this.i18n, this.list.error()) : null));
  protected readonly sorted = computed(() => [...this.list.items()].sort((a, b) => a.name.localeCompare(b.name, this.i18n.locale())));

  protected readonly createForm = this.fb.group({
    name: this.fb.control('', schemaValidators(DepartmentRequestSchema, 'name')),
  });
  protected readonly creating = signal(false);
  protected readonly createError = signal<string | null>(null);

  /** The department being renamed, and its form. */
  protected readonly renamingId = signal<string | null>(null);
  protected readonly renameForm = this.fb.group({
    name: this.fb.control('', schemaValidators(DepartmentRequestSchema, 'name')),
  });
  protected readonly renameSaving = signal(false);
  protected readonly renameError = signal<string | null>(null);

  protected readonly deleting = signal<string | null>(null);

  protected create(): void {
    if (this.creating()) return;
    this.createError.set(null);
    if (!revealErrors(this.createForm)) return;
    this.creating.set(true);
    const name = this.createForm.getRawValue().name.trim();
    this.client.createDepartment(name).subscribe({
      next: (department) => {
        this.creating.set(false);
        this.list.update((items) => [...items, department]);
        this.createForm.reset();
        this.messages.success(this.i18n.t('departments.created', { name: department.name }));
      },
      error: (error: unknown) => {
        this.creating.set(false);
        const message = applyProblemToForm(this.i18n, this.createForm, error);
        // The field shows what the API said about the name; the alert is for anything else.
        this.createError.set(serverError(this.createForm.controls.name.errors) ? null : message);
      },
    });
  }

  protected startRename(department: Department): void {
    this.renameForm.reset({ name: department.name });
    this.renameError.set(null);
    this.renamingId.set(department.id);
  }

  protected cancelRename(): void {
    this.renamingId.set(null);
  }

  protected rename(department: Department): void {
    if (this.renameSaving()) return;
    this.renameError.set(null);
    if (!revealErrors(this.renameForm)) return;
    const name = this.renameForm.getRawValue().name.trim();
    if (name === department.name) {
      this.renamingId.set(null);
      return;
    }
    this.renameSaving.set(true);
    this.client.renameDepartment(department.id, name).subscribe({
      next: (updated) => {
        this.renameSaving.set(false);
        this.list.update((items) => items.map((item) => (item.id === updated.id ? updated : item)));
        this.renamingId.set(null);
        this.messages.success(this.i18n.t('departments.renamed', { name: updated.name }));
      },
      error: (error: unknown) => {
        this.renameSaving.set(false);
        const message = applyProblemToForm(this.i18n, this.renameForm, error);
        this.renameError.set(serverError(this.renameForm.controls.name.errors) ? null : message);
      },
    });
  }

  protected remove(department: Department): void {
    if (this.deleting()) return;
    this.deleting.set(department.id);
    this.client.deleteDepartment(department.id).subscribe({
      next: () => {
        this.deleting.set(null);
        this.list.update((items) => items.filter((item) => item.id !== department.id));
        this.messages.success(this.i18n.t('departments.deleted', { name: department.name }));
      },
      error: (error: unknown) => {
        this.deleting.set(null);
        this.messages.error(problemMessage(this.i18n, error), { nzDuration: 6000 });
      },
    });
  }
}
