import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { Router } from '@angular/router';
import type { Project } from '@xinzhi/shared-contracts';
import { AuthService, createPagedList, I18nService, problemMessage, TranslatePipe } from '@xinzhi/web-core';
import { AsyncStateComponent, injectHandset, PageHeaderComponent } from '@xinzhi/web-ui';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCollapseModule } from 'ng-zorro-antd/collapse';
import { NzDrawerModule } from 'ng-zorro-antd/drawer';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzMessageService } from 'ng-zorro-antd/message';
import { ProjectsClient } from '../data/projects.client';
import { canPlan } from '../logic/task-access';
import { ProjectFormComponent } from '../project-form/project-form.component';
import { ProjectCardComponent } from './project-card.component';

/**
 * `/projects`: the enterprise's transformation projects as cards (phase, status, dates, progress,
 * health); archived ones in their own section, still readable. Owners and leaders create projects.
 */
@Component({
  selector: 'xz-project-list-page',
  imports: [
    NzButtonModule,
    NzCollapseModule,
    NzDrawerModule,
    NzIconModule,
    AsyncStateComponent,
    PageHeaderComponent,
    ProjectCardComponent,
    ProjectFormComponent,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './project-list-page.component.html',
  styleUrl: './project-list-page.component.css',
})
export class ProjectListPageComponent {
  private readonly client = inject(ProjectsClient);
  private readonly auth = inject(AuthService);
  private readonly i18n = inject(I18nService);
  private readonly messages = inject(NzMessageService);
  private readonly router = inject(Router);

  protected readonly isHandset = injectHandset();
  protected readonly enterprise = computed(() => this.auth.currentMembership()?.name ?? '');
  protected readonly canCreate = computed(() => {
    const context = this.auth.context();
    return context?.type === 'tenant' && canPlan(context.role as Parameters<typeof canPlan>[0]);
  });

  protected readonly list = createPagedList((cursor) => this.client.projects(cursor));
  protected readonly listError = computed(() => (this.list.error() ? problemMessage(this.i18n, this.list.error()) : null));
  protected readonly current = computed(() => this.list.items().filter((project) => project.status !== 'archived'));
  protected readonly archived = computed(() => this.list.items().filter((project) => project.status === 'archived'));
  protected readonly createOpen = signal(false);

  protected openCreate(): void {
    this.createOpen.set(true);
  }

  protected closeCreate(): void {
    this.createOpen.set(false);
  }

  protected created(project: Project): void {
    this.createOpen.set(false);
    this.list.update((items) => [...items, project]);
    this.messages.success(this.i18n.t('projects.created', { name: project.name }));
    void this.router.navigate(['/projects', project.id]);
  }
}
