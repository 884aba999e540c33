import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { TranslatePipe } from '@xinzhi/web-core';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzInputModule } from 'ng-zorro-antd/input';
import { createLoginForm, emailMessage, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, passwordMessage } from './login-form';

/**
 * Sign-in form. Sign-in itself arrives with issue 3; until then a valid form only shows a notice and
 * sends nothing.
 */
@Component({
  selector: 'xz-login-page',
  imports: [
    ReactiveFormsModule,
    NzAlertModule,
    NzButtonModule,
    NzCardModule,
    NzFormModule,
    NzIconModule,
    NzInputModule,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './login-page.component.html',
  styleUrl: './login-page.component.css',
})
export class LoginPageComponent {
  protected readonly form = createLoginForm(inject(NonNullableFormBuilder));
  protected readonly emailMessage = emailMessage;
  protected readonly passwordMessage = passwordMessage;
  protected readonly passwordLength = { min: PASSWORD_MIN_LENGTH, max: PASSWORD_MAX_LENGTH };
  /** Set once a valid form was submitted: shows the "coming soon" notice. */
  protected readonly comingSoon = signal(false);

  protected submit(): void {
    if (this.form.invalid) {
      this.comingSoon.set(false);
      this.showErrors();
      return;
    }
    this.comingSoon.set(true);
  }

  private showErrors(): void {
    for (const control of Object.values(this.form.controls)) {
      if (control.invalid) {
        control.markAsDirty();
        control.markAsTouched();
        control.updateValueAndValidity({ onlySelf: true });
      }
    }
  }
}
