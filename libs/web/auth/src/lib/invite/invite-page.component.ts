import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import {
  AcceptInvitationRequestSchema,
  DISPLAY_NAME_MAX,
  type InvitationPreview,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
} from '@xinzhi/shared-contracts';
import {
  applyProblemToForm,
  AuthService,
  failureStatus,
  FieldErrorPipe,
  formatDateTime,
  I18nService,
  revealErrors,
  roleLabel,
  TranslatePipe,
} from '@xinzhi/web-core';
import { AsyncStateComponent } from '@xinzhi/web-ui';
import { schemaValidators } from '@xinzhi/web-forms';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzResultModule } from 'ng-zorro-antd/result';
import { InvitationClient } from './invitation.client';

type LoadState = { kind: 'loading' } | { kind: 'invalid' } | { kind: 'error' } | { kind: 'ready'; invitation: InvitationPreview };

/**
 * `/invite/:token`: whom the link invites and to what. A new person chooses their name and a
 * password; someone who already has an account proves it with that account's password. Accepting
 * signs them in to the new membership and takes them to its home.
 */
@Component({
  selector: 'xz-invite-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    NzAlertModule,
    NzButtonModule,
    NzCardModule,
    NzFormModule,
    NzIconModule,
    NzInputModule,
    NzResultModule,
    AsyncStateComponent,
    TranslatePipe,
    FieldErrorPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './invite-page.component.html',
  styleUrl: './invite-page.component.css',
})
export class InvitePageComponent {
  private readonly client = inject(InvitationClient);
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  private readonly i18n = inject(I18nService);
  private readonly fb = inject(NonNullableFormBuilder);

  /** The secret of the link (route parameter). */
  readonly token = input.required<string>();

  protected readonly state = signal<LoadState>({ kind: 'loading' });
  protected readonly submitting = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly passwordLength = { min: PASSWORD_MIN_LENGTH, max: PASSWORD_MAX_LENGTH };

  protected readonly form = this.fb.group({
    displayName: this.fb.control('', [Validators.maxLength(DISPLAY_NAME_MAX)]),
    password: this.fb.control('', [Validators.required]),
  });

  protected readonly invitation = computed(() => {
    const state = this.state();
    return state.kind === 'ready' ? state.invitation : null;
  });

  protected readonly intro = computed(() => {
    const invitation = this.invitation();
    if (!invitation) return '';
    const role = roleLabel(invitation.role);
    return this.i18n.t('invite.intro', {
      name: invitation.displayName || invitation.email,
      context: invitation.contextName,
      role: role ? this.i18n.t(role) : invitation.role,
    });
  });

  protected readonly expires = computed(() => {
    const invitation = this.invitation();
    return invitation ? formatDateTime(invitation.expiresAt, this.i18n.locale()) : '';
  });

  constructor() {
    effect(() => {
      const token = this.token();
      untracked(() => this.load(token));
    });
  }

  protected reload(): void {
    this.load(this.token());
  }

  protected async accept(): Promise<void> {
    const invitation = this.invitation();
    if (!invitation || this.submitting()) return;
    this.error.set(null);
    if (!revealErrors(this.form)) return;
    this.submitting.set(true);
    const { displayName, password } = this.form.getRawValue();
    try {
      await this.auth.acceptInvitation({
        token: this.token(),
        password,
        ...(!invitation.existingUser && displayName.trim() ? { displayName: displayName.trim() } : {}),
      });
      await this.router.navigateByUrl(this.auth.home());
    } catch (error) {
      this.error.set(failureStatus(error) === 404 ? this.i18n.t('invite.invalid') : applyProblemToForm(this.i18n, this.form, error));
    } finally {
      this.submitting.set(false);
    }
  }

  private load(token: string): void {
    this.state.set({ kind: 'loading' });
    this.client.preview(token).subscribe({
      next: (invitation) => {
        this.configureForm(invitation);
        this.state.set({ kind: 'ready', invitation });
      },
      error: (error: unknown) => this.state.set({ kind: failureStatus(error) === 404 ? 'invalid' : 'error' }),
    });
  }

  private configureForm(invitation: InvitationPreview): void {
    const { displayName, password } = this.form.controls;
    if (invitation.existingUser) {
      displayName.clearValidators();
      password.setValidators([Validators.required]);
    } else {
      displayName.setValue(invitation.displayName);
      displayName.setValidators(schemaValidators(AcceptInvitationRequestSchema, 'displayName'));
      password.setValidators([Validators.required, Validators.minLength(PASSWORD_MIN_LENGTH), Validators.maxLength(PASSWORD_MAX_LENGTH)]);
    }
    displayName.updateValueAndValidity();
    password.updateValueAndValidity();
  }
}
