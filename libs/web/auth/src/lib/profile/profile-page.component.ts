import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { type AbstractControl, NonNullableFormBuilder, ReactiveFormsModule, type ValidationErrors, Validators } from '@angular/forms';
import { type Locale, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, UpdateProfileRequestSchema } from '@xinzhi/shared-contracts';
import {
  applyProblemToForm,
  AuthService,
  CONTEXT_TYPE_LABELS,
  FieldErrorPipe,
  I18nService,
  revealErrors,
  roleLabel,
  TranslatePipe,
  type TranslationKey,
} from '@xinzhi/web-core';
import { PageHeaderComponent } from '@xinzhi/web-ui';
import { schemaValidators } from '@xinzhi/web-forms';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzRadioModule } from 'ng-zorro-antd/radio';
import { NzTagModule } from 'ng-zorro-antd/tag';

/** The confirmation must repeat the new password. */
function sameAs(otherName: string) {
  return (control: AbstractControl): ValidationErrors | null => {
    const other = control.parent?.get(otherName);
    return other && control.value && control.value !== other.value ? { mismatch: true } : null;
  };
}

const LANGUAGES: readonly { locale: Locale; label: string }[] = [
  { locale: 'zh-CN', label: '简体中文' },
  { locale: 'en-US', label: 'English' },
];

/** `/profile`: the signed-in user's name and language (saved to the account) and password. */
@Component({
  selector: 'xz-profile-page',
  imports: [
    ReactiveFormsModule,
    NzAlertModule,
    NzButtonModule,
    NzCardModule,
    NzFormModule,
    NzInputModule,
    NzRadioModule,
    NzTagModule,
    PageHeaderComponent,
    TranslatePipe,
    FieldErrorPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './profile-page.component.html',
  styleUrl: './profile-page.component.css',
})
export class ProfilePageComponent {
  private readonly auth = inject(AuthService);
  private readonly i18n = inject(I18nService);
  private readonly fb = inject(NonNullableFormBuilder);

  protected readonly user = this.auth.user;
  protected readonly languages = LANGUAGES;
  protected readonly passwordLength = { min: PASSWORD_MIN_LENGTH, max: PASSWORD_MAX_LENGTH };

  protected readonly memberships = computed(() => {
    const current = this.auth.context();
    return this.auth.memberships().map((membership) => ({
      ...membership,
      typeLabel: CONTEXT_TYPE_LABELS[membership.type],
      roleLabel: roleLabel(membership.role),
      current: current?.type === membership.type && current.id === membership.id,
    }));
  });

  protected readonly details = this.fb.group({
    displayName: this.fb.control(this.auth.user()?.displayName ?? '', schemaValidators(UpdateProfileRequestSchema, 'displayName')),
    locale: this.fb.control<Locale>(this.i18n.locale()),
  });
  protected readonly detailsSaving = signal(false);
  protected readonly detailsMessage = signal<{ type: 'success' | 'error'; text: string } | null>(null);

  protected readonly password = this.fb.group({
    currentPassword: this.fb.control('', [Validators.required]),
    newPassword: this.fb.control('', [
      Validators.required,
      Validators.minLength(PASSWORD_MIN_LENGTH),
      Validators.maxLength(PASSWORD_MAX_LENGTH),
    ]),
    confirmPassword: this.fb.control('', [Validators.required, sameAs('newPassword')]),
  });
  protected readonly passwordSaving = signal(false);
  protected readonly passwordMessage = signal<{ type: 'success' | 'error'; text: string } | null>(null);

  constructor() {
    // A changed new password re-checks the confirmation.
    this.password.controls.newPassword.valueChanges.subscribe(() =>
      this.password.controls.confirmPassword.updateValueAndValidity({ emitEvent: false }),
    );
  }

  protected roleText(key: TranslationKey | null, raw: string): string {
    return key ? this.i18n.t(key) : raw;
  }

  protected async saveDetails(): Promise<void> {
    if (this.detailsSaving()) return;
    this.detailsMessage.set(null);
    if (!revealErrors(this.details)) return;
    this.detailsSaving.set(true);
    const { displayName, locale } = this.details.getRawValue();
    try {
      await this.auth.updateProfile({ displayName: displayName.trim(), locale });
      this.i18n.setLocale(locale);
      this.details.markAsPristine();
      this.detailsMessage.set({ type: 'success', text: this.i18n.t('profile.saved') });
    } catch (error) {
      this.detailsMessage.set({ type: 'error', text: applyProblemToForm(this.i18n, this.details, error) });
    } finally {
      this.detailsSaving.set(false);
    }
  }

  protected async changePassword(): Promise<void> {
    if (this.passwordSaving()) return;
    this.passwordMessage.set(null);
    if (!revealErrors(this.password)) return;
    this.passwordSaving.set(true);
    const { currentPassword, newPassword } = this.password.getRawValue();
    try {
      await this.auth.changePassword({ currentPassword, newPassword });
      this.password.reset();
      this.passwordMessage.set({ type: 'success', text: this.i18n.t('profile.passwordChanged') });
    } catch (error) {
      this.passwordMessage.set({ type: 'error', text: applyProblemToForm(this.i18n, this.password, error) });
    } finally {
      this.passwordSaving.set(false);
    }
  }
}
