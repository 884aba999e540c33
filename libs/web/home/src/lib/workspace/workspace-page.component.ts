import { HttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { MyTask, MyTaskPage } from '@xinzhi/shared-contracts';
import { AuthService, CalendarService, I18nService, roleLabel, TranslatePipe, type TranslationKey } from '@xinzhi/web-core';
import { PageHeaderComponent } from '@xinzhi/web-ui';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzSpinModule } from 'ng-zorro-antd/spin';
import { NzTagModule } from 'ng-zorro-antd/tag';

interface Shortcut {
  readonly id: 'members' | 'departments' | 'audit' | 'projects' | 'my-tasks';
  readonly path: string;
  readonly icon: string;
  readonly title: TranslationKey;
  readonly text: TranslationKey;
}

/** How many of the most urgent tasks the workspace lists. */
const URGENT_SHOWN = 3;

/**
 * `/workspace`: the enterprise's home — its name, the user's role, the user's most urgent tasks
 * (My tasks comes first for everyone, employees above all), the projects, and what they can manage.
 */
@Component({
  selector: 'xz-workspace-page',
  imports: [RouterLink, NzButtonModule, NzCardModule, NzIconModule, NzSpinModule, NzTagModule, PageHeaderComponent, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './workspace-page.component.html',
  styleUrl: './workspace-page.component.css',
})
export class WorkspacePageComponent {
  private readonly auth = inject(AuthService);
  private readonly i18n = inject(I18nService);
  private readonly calendar = inject(CalendarService);
  private readonly http = inject(HttpClient);

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

  /** The first page of the user's open tasks, most urgent first (as the API orders them), with the counts. */
  protected readonly myTasks = signal<MyTaskPage | null>(null);
  protected readonly myTasksFailed = signal(false);
  /** The business calendar's today, as the API judges overdue. */
  protected readonly today = this.calendar.today();
  protected readonly openCount = computed(() => this.myTasks()?.open ?? 0);
  protected readonly urgent = computed(() => (this.myTasks()?.items ?? []).slice(0, URGENT_SHOWN));
  protected readonly overdueCount = computed(() => this.myTasks()?.overdue ?? 0);

  protected readonly work: readonly Shortcut[] = [
    { id: 'my-tasks', path: '/my-tasks', icon: 'check-square', title: 'nav.myTasks', text: 'workspace.myTasks.text' },
    { id: 'projects', path: '/projects', icon: 'project', title: 'nav.projects', text: 'workspace.projects.text' },
  ];

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

  constructor() {
    this.http.get<MyTaskPage>('/api/me/tasks', { params: { status: 'todo,in_progress,blocked', limit: URGENT_SHOWN } }).subscribe({
      next: (page) => this.myTasks.set(page),
      error: () => this.myTasksFailed.set(true),
    });
  }

  protected isOverdue(task: MyTask): boolean {
    return task.dueDate !== null && task.dueDate < this.today;
  }

  protected due(task: MyTask): string {
    if (!task.dueDate) return '';
    const [year, month, day] = task.dueDate.split('-').map(Number);
    const date = new Intl.DateTimeFormat(this.i18n.locale(), { month: 'short', day: 'numeric' }).format(new Date(year, month - 1, day));
    return this.i18n.t(this.isOverdue(task) ? 'myTasks.overdue' : 'myTasks.due', { date });
  }
}
