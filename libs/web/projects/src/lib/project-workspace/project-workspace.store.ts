import { computed, DestroyRef, inject, Injectable, signal } from '@angular/core';
import type { LeadershipMember, Project, ProjectOverview, SnapshotSeries, Task, Team } from '@xinzhi/shared-contracts';
import { AuthService, LiveEventsService } from '@xinzhi/web-core';
import { type Observable, ReplaySubject, type Subscription } from 'rxjs';
import { MemberDirectory } from '../data/member-directory';
import { ProjectsClient, TASK_PAGE_MAX } from '../data/projects.client';
import type { ActivityNames } from '../logic/activity';
import { canPlan, ledTeamIds, type TaskActor } from '../logic/task-access';
import { DEFAULT_TASK_SORT, EMPTY_TASK_FILTER, type TaskFilter, type TaskSortOrder } from '../logic/task-query';

/**
 * State of one open project (provided on the `/projects/:id` route): the overview with its teams and
 * leadership group, up to 500 tasks shared by the board and the list, and the list's filters (mirrored in the address by the
 * workspace component).
 */
@Injectable()
export class ProjectWorkspaceStore {
  private readonly client = inject(ProjectsClient);
  private readonly auth = inject(AuthService);
  private readonly directory = inject(MemberDirectory);

  private overviewCall: Subscription | null = null;
  private tasksCall: Subscription | null = null;
  /**
   * The overview loaded when the project was opened, not yet shown by the overview page and with no
   * task changed since: the page shows it instead of asking again.
   */
  private overviewUnshown = false;
  /** The trend's snapshots, requested together with the overview when the overview is the page opened. */
  private trendPrefetch: { projectId: string; days: number; series: Observable<SnapshotSeries>; call: Subscription } | null = null;

  readonly projectId = signal<string | null>(null);
  readonly overview = signal<ProjectOverview | null>(null);
  readonly overviewLoading = signal(false);
  readonly overviewError = signal<unknown>(null);

  readonly tasks = signal<readonly Task[]>([]);
  readonly tasksLoading = signal(false);
  readonly tasksLoaded = signal(false);
  readonly tasksError = signal<unknown>(null);
  /** More tasks exist than the one request of 500 returned. */
  readonly tasksTruncated = signal(false);
  /** Milliseconds the last task request took (shown to nobody; read in browser tests). */
  readonly tasksLoadMs = signal<number | null>(null);

  readonly filter = signal<TaskFilter>(EMPTY_TASK_FILTER);
  readonly sort = signal<TaskSortOrder>(DEFAULT_TASK_SORT);

  readonly teams = computed<readonly Team[]>(() => this.overview()?.teams ?? []);
  readonly members = this.directory.members;
  readonly role = computed(() => (this.auth.context()?.type === 'tenant' ? (this.auth.context()?.role ?? null) : null));
  readonly userId = computed(() => this.auth.user()?.id ?? null);
  readonly canPlan = computed(() => canPlan(this.role() as TaskActor['role']));
  readonly archived = computed(() => this.overview()?.status === 'archived');
  readonly actor = computed<TaskActor>(() => ({
    role: this.role() as TaskActor['role'],
    userId: this.userId(),
    ledTeamIds: ledTeamIds(this.teams(), this.userId()),
  }));

  /** People, teams and tasks by id, for the activity history. */
  readonly names = computed<ActivityNames>(() => {
    const people = new Map<string, string>();
    for (const member of this.members()) if (member.userId) people.set(member.userId, member.displayName);
    for (const person of this.overview()?.leadership ?? []) people.set(person.userId, person.displayName);
    for (const team of this.teams()) {
      for (const member of team.members) people.set(member.userId, member.displayName);
      if (team.leadUserId && team.leadName) people.set(team.leadUserId, team.leadName);
    }
    for (const task of this.tasks()) if (task.assigneeId && task.assigneeName) people.set(task.assigneeId, task.assigneeName);
    const teams = new Map(this.teams().map((team) => [team.id, team.name]));
    const tasks = new Map(this.tasks().map((task) => [task.id, task.title]));
    return {
      user: (id) => people.get(id) ?? null,
      team: (id) => teams.get(id) ?? null,
      task: (id) => tasks.get(id) ?? null,
    };
  });

  constructor() {
    // The worker announces new numbers for a project; the open overview reloads them quietly.
    const liveEvents = inject(LiveEventsService);
    const live = liveEvents.events.subscribe((event) => {
      if (event.type === 'project.progress' && event.projectId === this.projectId()) this.loadOverview(true);
    });
    // A stream that (re)connects may have missed events: catch up once.
    const reconnected = liveEvents.ready.subscribe(() => {
      if (this.overview()) this.loadOverview(true);
    });
    inject(DestroyRef).onDestroy(() => {
      live.unsubscribe();
      reconnected.unsubscribe();
      this.overviewCall?.unsubscribe();
      this.tasksCall?.unsubscribe();
      this.dropTrendPrefetch();
    });
  }

  /** Opens another project: forgets the last one and loads the overview. */
  select(projectId: string): void {
    if (this.projectId() === projectId) return;
    this.projectId.set(projectId);
    this.overview.set(null);
    this.tasks.set([]);
    this.tasksLoaded.set(false);
    this.tasksTruncated.set(false);
    // The filters and order come from the address (the workspace reads them), not reset here.
    this.dropTrendPrefetch();
    this.loadOverview(false, true);
    this.directory.ensureLoaded();
  }

  /**
   * Whether the overview page should ask for the overview again when it opens: not when the one
   * loaded as the project was opened has not been shown yet and no task changed since.
   */
  overviewNeedsReload(): boolean {
    const unshown = this.overviewUnshown;
    this.overviewUnshown = false;
    return !unshown;
  }

  /**
   * Requests the trend's snapshots now, in parallel with the overview (the trend would otherwise
   * ask only once the overview has arrived and the page has rendered).
   */
  prefetchTrend(days: number): void {
    const projectId = this.projectId();
    if (!projectId || this.trendPrefetch?.projectId === projectId) return;
    this.dropTrendPrefetch();
    const series = new ReplaySubject<SnapshotSeries>(1);
    const call = this.client.snapshots(projectId, days).subscribe(series);
    this.trendPrefetch = { projectId, days, series, call };
  }

  /** The prefetched snapshots of this project and span, once (later loads ask the server). */
  takeTrend(projectId: string, days: number): Observable<SnapshotSeries> | null {
    const prefetch = this.trendPrefetch;
    if (!prefetch || prefetch.projectId !== projectId || prefetch.days !== days) return null;
    this.trendPrefetch = null;
    return prefetch.series;
  }

  private dropTrendPrefetch(): void {
    this.trendPrefetch?.call.unsubscribe();
    this.trendPrefetch = null;
  }

  /** Loads the overview; `quiet` keeps showing the old one meanwhile. */
  loadOverview(quiet = false, opening = false): void {
    const projectId = this.projectId();
    if (!projectId) return;
    this.overviewCall?.unsubscribe();
    if (!quiet) this.overviewLoading.set(true);
    this.overviewError.set(null);
    this.overviewUnshown = false;
    this.overviewCall = this.client.overview(projectId).subscribe({
      next: (overview) => {
        this.overviewUnshown = opening;
        this.overview.set(overview);
        this.overviewLoading.set(false);
      },
      error: (error: unknown) => {
        if (!quiet || !this.overview()) this.overviewError.set(error);
        this.overviewLoading.set(false);
      },
    });
  }

  /** Loads the project's tasks (one request, up to 500), unless they are loaded already. */
  loadTasks(force = false): void {
    const projectId = this.projectId();
    if (!projectId || (!force && (this.tasksLoaded() || this.tasksLoading()))) return;
    this.tasksCall?.unsubscribe();
    this.tasksLoading.set(true);
    this.tasksError.set(null);
    const started = performance.now();
    this.tasksCall = this.client.tasks(projectId, { limit: TASK_PAGE_MAX, sort: 'due_date' }).subscribe({
      next: (page) => {
        this.tasks.set(page.items);
        this.tasksTruncated.set(page.nextCursor !== null);
        this.tasksLoaded.set(true);
        this.tasksLoading.set(false);
        this.tasksLoadMs.set(Math.round(performance.now() - started));
      },
      error: (error: unknown) => {
        this.tasksError.set(error);
        this.tasksLoading.set(false);
      },
    });
  }

  /** Puts a created or changed task into the list (and keeps titles of dependants current). */
  upsertTask(task: Task): void {
    this.overviewUnshown = false;
    this.tasks.update((tasks) => {
      const found = tasks.some((item) => item.id === task.id);
      const next = found ? tasks.map((item) => (item.id === task.id ? task : item)) : [task, ...tasks];
      return next.map((item) =>
        item.dependsOnId === task.id && item.dependsOnTitle !== task.title ? { ...item, dependsOnTitle: task.title } : item,
      );
    });
  }

  removeTask(taskId: string): void {
    this.overviewUnshown = false;
    this.tasks.update((tasks) =>
      tasks
        .filter((task) => task.id !== taskId)
        .map((task) => (task.dependsOnId === taskId ? { ...task, dependsOnId: null, dependsOnTitle: null } : task)),
    );
  }

  /** After a PATCH of the project itself. */
  setProject(project: Project): void {
    this.overview.update((overview) => (overview ? { ...overview, ...project } : overview));
  }

  setLeadership(leadership: LeadershipMember[]): void {
    this.overview.update((overview) => (overview ? { ...overview, leadership } : overview));
  }

  upsertTeam(team: Team): void {
    this.overview.update((overview) => {
      if (!overview) return overview;
      const found = overview.teams.some((item) => item.id === team.id);
      const teams = found ? overview.teams.map((item) => (item.id === team.id ? team : item)) : [...overview.teams, team];
      return { ...overview, teams };
    });
    this.tasks.update((tasks) =>
      tasks.map((task) => (task.teamId === team.id && task.teamName !== team.name ? { ...task, teamName: team.name } : task)),
    );
  }

  removeTeam(teamId: string): void {
    this.overview.update((overview) => (overview ? { ...overview, teams: overview.teams.filter((team) => team.id !== teamId) } : overview));
    this.tasks.update((tasks) => tasks.map((task) => (task.teamId === teamId ? { ...task, teamId: null, teamName: null } : task)));
  }
}
