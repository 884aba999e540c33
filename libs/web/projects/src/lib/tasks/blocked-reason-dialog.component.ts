import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { CreateTaskRequestSchema, TASK_BLOCKED_REASON_MAX } from '@xinzhi/shared-contracts';
import { TranslatePipe } from '@xinzhi/web-core';
import { schemaValidators } from '@xinzhi/web-forms';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NZ_MODAL_DATA, NzModalRef } from 'ng-zorro-antd/modal';

export interface BlockedReasonData {
  readonly title: string;
  readonly reason: string | null;
}

/** The small dialog that asks why a task is blocked; closes with the reason, or nothing when cancelled. */
@Component({
  selector: 'xz-blocked-reason-dialog',
  imports: [ReactiveFormsModule, NzButtonModule, NzFormModule, NzInputModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form nz-form nzLayout="vertical" novalidate [formGroup]="form" (ngSubmit)="confirm()">
      <p class="task">{{ data.title }}</p>
      <nz-form-item>
        <nz-form-label nzFor="blocked-reason" nzRequired>{{ 'blocked.label' | t }}</nz-form-label>
        <nz-form-control [nzErrorTip]="'task.error.blockedReason' | t">
          <textarea
            nz-input
            id="blocked-reason"
            cdkFocusInitial
            rows="3"
            [maxlength]="reasonMax"
            formControlName="reason"
            data-testid="blocked-reason-input"
            [placeholder]="'blocked.placeholder' | t"
          ></textarea>
        </nz-form-control>
      </nz-form-item>
      <div class="buttons">
        <button nz-button type="button" data-testid="blocked-reason-cancel" (click)="cancel()">{{ 'common.cancel' | t }}</button>
        <button nz-button nzType="primary" nzDanger type="submit" data-testid="blocked-reason-ok">{{ 'blocked.ok' | t }}</button>
      </div>
    </form>
  `,
  styles: `
    .task {
      margin: 0 0 12px;
      font-weight: 500;
      overflow-wrap: anywhere;
    }
    .buttons {
      display: flex;
      justify-content: flex-end;
      gap: 8px;
    }
  `,
})
export class BlockedReasonDialogComponent {
  private readonly modal = inject<NzModalRef<BlockedReasonDialogComponent, string>>(NzModalRef);
  protected readonly data = inject<BlockedReasonData>(NZ_MODAL_DATA);
  protected readonly reasonMax = TASK_BLOCKED_REASON_MAX;
  // Optional in a task update, but required to block a task (as the API checks).
  protected readonly form = inject(NonNullableFormBuilder).group({
    reason: [
      this.data.reason ?? '',
      [Validators.required, Validators.pattern(/\S/), ...schemaValidators(CreateTaskRequestSchema, 'blockedReason')],
    ],
  });

  protected confirm(): void {
    const control = this.form.controls.reason;
    if (control.invalid) {
      control.markAsDirty();
      control.markAsTouched();
      control.updateValueAndValidity();
      return;
    }
    this.modal.close(control.value.trim());
  }

  protected cancel(): void {
    this.modal.close();
  }
}
