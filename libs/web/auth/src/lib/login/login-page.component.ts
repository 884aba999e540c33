import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { Router } from '@angular/router';
import {
  applyProblemToForm,
  AuthService,
  FieldErrorPipe,
  I18nService,
  readApiFailure,
  retryMinutes,
  revealErrors,
  safeReturnUrl,
  TranslatePipe,
} from '@xinzhi/web-core';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzInputModule } from 'ng-zorro-antd/input';
import { createLoginForm, emailMessage, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, passwordMessage } from './login-form';

/**
 * Sign-in. Afterwards the user goes back to the page that sent them here (`returnUrl`) or to the home
 * of the context the API chose: their enterprise's workspace, their park's enterprises, or the
 * platform's parks.
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
    FieldErrorPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './login-page.component.html',
  styleUrl: './login-page.component.css',
})
export class LoginPageComponent {
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  private readonly i18n = inject(I18nService);

  /** Where to go after signing in (query parameter, bound by the router). */
  readonly returnUrl = input<string>();

  protected readonly form = createLoginForm(inject(NonNullableFormBuilder));
  protected readonly emailMessage = emailMessage;
  protected readonly passwordMessage = passwordMessage;
  protected readonly passwordLength = { min: PASSWORD_MIN_LENGTH, max: PASSWORD_MAX_LENGTH };
  protected readonly submitting = signal(false);
  /** The reason the last attempt failed, in the user's language. */
  protected readonly error = signal<string | null>(null);

  protected async submit(): Promise<void> {
    if (this.submitting()) return;
    this.error.set(null);
    if (!revealErrors(this.form)) return;
    this.submitting.set(true);
    const { email, password } = this.form.getRawValue();
    try {
      await this.auth.login(email.trim(), password);
      await this.router.navigateByUrl(safeReturnUrl(this.returnUrl()) ?? this.auth.home());
    } catch (error) {
      this.error.set(this.describe(error));
    } finally {
      this.submitting.set(false);
    }
  }

  private describe(error: unknown): string {
    const failure = readApiFailure(error);
    if (failure?.status === 401) return this.i18n.t('login.error.wrongCredentials');
    if (failure?.status === 429) return this.i18n.t('login.error.tooMany', { minutes: retryMinutes(failure.retryAfterSeconds) });
    return applyProblemToForm(this.i18n, this.form, error);
  }
}
