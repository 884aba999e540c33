import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { CreateParkRequestSchema, type CreateParkResponse } from '@xinzhi/shared-contracts';
import {
  applyProblemToForm,
  createPagedList,
  emailValidator,
  FieldErrorPipe,
  formatDateTime,
  I18nService,
  problemMessage,
  revealErrors,
  TranslatePipe,
} from '@xinzhi/web-core';
import { AsyncStateComponent, CopyLinkComponent, injectHandset, PageHeaderComponent } from '@xinzhi/web-ui';
import { schemaValidators } from '@xinzhi/web-forms';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzDividerModule } from 'ng-zorro-antd/divider';
import { NzDrawerModule } from 'ng-zorro-antd/drawer';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { PlatformParksClient } from './platform-parks.client';

/** `/platform/parks`: the parks, their enterprise counts and administrators; adding a park with its first administrator. */
@Component({
  selector: 'xz-platform-parks-page',
  imports: [
    ReactiveFormsModule,
    NzAlertModule,
    NzButtonModule,
    NzCardModule,
    NzDividerModule,
    NzDrawerModule,
    NzFormModule,
    NzIconModule,
    NzInputModule,
    NzTableModule,
    NzTagModule,
    AsyncStateComponent,
    CopyLinkComponent,
    PageHeaderComponent,
    TranslatePipe,
    FieldErrorPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './platform-parks-page.component.html',
  styleUrl: './platform-parks-page.component.css',
})
export class PlatformParksPageComponent {
  private readonly client = inject(PlatformParksClient);
  private readonly i18n = inject(I18nService);
  private readonly fb = inject(NonNullableFormBuilder);

  protected readonly isHandset = injectHandset();
  protected readonly list = createPagedList((cursor) => this.client.list(cursor));
  protected readonly listError = computed(() => (this.list.error() ? problemMessage(this.i18n, this.list.error()) : null));
  protected readonly parks = computed(() =>
    this.list.items().map((park) => ({ ...park, created: formatDateTime(park.createdAt, this.i18n.locale(), false) })),
  );

  protected readonly open = signal(false);
  protected readonly saving = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly created = signal<CreateParkResponse | null>(null);
  protected readonly form = this.fb.group({
    name: this.fb.control('', schemaValidators(CreateParkRequestSchema, 'name')),
    region: this.fb.control('', schemaValidators(CreateParkRequestSchema, 'region')),
    adminName: this.fb.control('', schemaValidators(CreateParkRequestSchema, 'adminName')),
    adminEmail: this.fb.control('', [...schemaValidators(CreateParkRequestSchema, 'adminEmail'), emailValidator]),
  });

  protected openCreate(): void {
    this.form.reset();
    this.error.set(null);
    this.created.set(null);
    this.open.set(true);
  }

  protected close(): void {
    this.open.set(false);
  }

  protected submit(): void {
    if (this.saving()) return;
    this.error.set(null);
    if (!revealErrors(this.form)) return;
    this.saving.set(true);
    const value = this.form.getRawValue();
    this.client
      .create({
        name: value.name.trim(),
        region: value.region.trim(),
        adminName: value.adminName.trim(),
        adminEmail: value.adminEmail.trim(),
      })
      .subscribe({
        next: (result) => {
          this.saving.set(false);
          this.created.set(result);
          this.list.update((items) => [...items, result.park]);
        },
        error: (error: unknown) => {
          this.saving.set(false);
          this.error.set(applyProblemToForm(this.i18n, this.form, error));
        },
      });
  }
}
