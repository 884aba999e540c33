import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { AuthService, I18nService, roleLabel, TranslatePipe, type TranslationKey } from '@xinzhi/web-core';
import { PageHeaderComponent } from '@xinzhi/web-ui';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzTagModule } from 'ng-zorro-antd/tag';

interface Shortcut {
  readonly id: 'members' | 'departments' | 'audit';
  readonly path: string;
  readonly icon: string;
  readonly title: TranslationKey;
  readonly text: TranslationKey;
}

/** `/workspace`: the enterprise's home — its name, the user's role, and what they can manage. */
@Component({
  selector: 'xz-workspace-page',
  imports: [RouterLink, NzAlertModule, NzCardModule, NzIconModule, NzTagModule, PageHeaderComponent, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './workspace-page.component.html',
  styleUrl: './workspace-page.component.css',
})
export class WorkspacePageComponent {
  private readonly auth = inject(AuthService);
  private readonly i18n = inject(I18nService);

  protected readonly enterprise = computed(() => this.auth.currentMembership()?.name ?? '');
  protected readonly role = computed(() => this.auth.context()?.role ?? null);
  protected readonly roleText = computed(() => {
    const role = this.role();
    const key = role ? roleLabel(role) : null;
    return key ? this.i18n.t(key) : (role ?? '');
  });
  protected readonly greeting = computed(() =>
    this.i18n.t('workspace.greeting', { name: this.auth.user()?.displayName ?? '', role: this.roleText() }),
  );

  protected readonly shortcuts = computed<readonly Shortcut[]>(() => {
    const role = this.role();
    if (role === 'owner') {
      return [
        { id: 'members', path: '/members', icon: 'team', title: 'nav.members', text: 'workspace.members.text' },
        { id: 'departments', path: '/departments', icon: 'apartment', title: 'nav.departments', text: 'workspace.departments.text' },
        { id: 'audit', path: '/audit', icon: 'file-search', title: 'nav.audit', text: 'workspace.audit.text' },
      ];
    }
    if (role === 'leader' || role === 'team_lead') {
      return [
        { id: 'members', path: '/members', icon: 'team', title: 'nav.members', text: 'workspace.membersView.text' },
        {
          id: 'departments',
          path: '/departments',
          icon: 'apartment',
          title: 'nav.departments',
          text: 'workspace.departmentsView.text',
        },
      ];
    }
    return [];
  });
}
