import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type {
  Adoption,
  CreateKpiRequest,
  CreateProjectRequest,
  CreateReadingRequest,
  CreateTaskRequest,
  CreateTeamRequest,
  LeadershipMember,
  Kpi,
  KpiReading,
  KpiReadingEvent,
  Member,
  RemoveAdoptionQuery,
  MyTaskPage,
  Page,
  Project,
  ProjectListStatus,
  ProjectOverview,
  PutLeadershipRequest,
  SnapshotSeries,
  Task,
  TaskEvent,
  MentionableMember,
  TaskQuery,
  TaskStatus,
  Team,
  UpdateKpiRequest,
  UpdateProjectRequest,
  UpdateReadingRequest,
  UpdateTaskRequest,
  UpdateTeamRequest,
} from '@xinzhi/shared-contracts';
import { TASK_LIST_MAX } from '@xinzhi/shared-contracts';
import type { Observable } from 'rxjs';

/** The most tasks one list request returns (the API's cap). */
export const TASK_PAGE_MAX = TASK_LIST_MAX;

const id = (value: string) => encodeURIComponent(value);

/** Query parameters of `GET /api/projects/:id/tasks`. */
export function taskQueryParams(query: TaskQuery): HttpParams {
  let params = new HttpParams();
  if (query.status?.length) params = params.set('status', query.status.join(','));
  if (query.teamId) params = params.set('teamId', query.teamId);
  if (query.assigneeId) params = params.set('assigneeId', query.assigneeId);
  if (query.businessArea) params = params.set('businessArea', query.businessArea);
  if (query.technologyType) params = params.set('technologyType', query.technologyType);
  if (query.overdue !== undefined) params = params.set('overdue', String(query.overdue));
  if (query.q) params = params.set('q', query.q);
  if (query.sort) params = params.set('sort', query.sort);
  if (query.limit) params = params.set('limit', query.limit);
  if (query.cursor) params = params.set('cursor', query.cursor);
  return params;
}

/** Projects, leadership groups, teams, tasks and their activity of the acting enterprise. */
@Injectable({ providedIn: 'root' })
export class ProjectsClient {
  private readonly http = inject(HttpClient);

  /** Projects in id order; without a status, every status but archived. */
  projects(
    cursor: string | null = null,
    limit = 100,
    filter: { q?: string; status?: ProjectListStatus | null } = {},
  ): Observable<Page<Project>> {
    let params = new HttpParams().set('limit', limit);
    if (cursor) params = params.set('cursor', cursor);
    if (filter.q) params = params.set('q', filter.q);
    if (filter.status) params = params.set('status', filter.status);
    return this.http.get<Page<Project>>('/api/projects', { params });
  }

  createProject(request: CreateProjectRequest): Observable<Project> {
    return this.http.post<Project>('/api/projects', request);
  }

  overview(projectId: string): Observable<ProjectOverview> {
    return this.http.get<ProjectOverview>(`/api/projects/${id(projectId)}`);
  }

  updateProject(projectId: string, request: UpdateProjectRequest): Observable<Project> {
    return this.http.patch<Project>(`/api/projects/${id(projectId)}`, request);
  }

  deleteProject(projectId: string): Observable<void> {
    return this.http.delete<void>(`/api/projects/${id(projectId)}`);
  }

  putLeadership(projectId: string, request: PutLeadershipRequest): Observable<LeadershipMember[]> {
    return this.http.put<LeadershipMember[]>(`/api/projects/${id(projectId)}/leadership`, request);
  }

  teams(projectId: string): Observable<Team[]> {
    return this.http.get<Team[]>(`/api/projects/${id(projectId)}/teams`);
  }

  createTeam(projectId: string, request: CreateTeamRequest): Observable<Team> {
    return this.http.post<Team>(`/api/projects/${id(projectId)}/teams`, request);
  }

  updateTeam(teamId: string, request: UpdateTeamRequest): Observable<Team> {
    return this.http.patch<Team>(`/api/teams/${id(teamId)}`, request);
  }

  deleteTeam(teamId: string): Observable<void> {
    return this.http.delete<void>(`/api/teams/${id(teamId)}`);
  }

  tasks(projectId: string, query: TaskQuery = {}): Observable<Page<Task>> {
    return this.http.get<Page<Task>>(`/api/projects/${id(projectId)}/tasks`, { params: taskQueryParams(query) });
  }

  createTask(projectId: string, request: CreateTaskRequest): Observable<Task> {
    return this.http.post<Task>(`/api/projects/${id(projectId)}/tasks`, request);
  }

  task(taskId: string): Observable<Task> {
    return this.http.get<Task>(`/api/tasks/${id(taskId)}`);
  }

  updateTask(taskId: string, request: UpdateTaskRequest): Observable<Task> {
    return this.http.patch<Task>(`/api/tasks/${id(taskId)}`, request);
  }

  deleteTask(taskId: string): Observable<void> {
    return this.http.delete<void>(`/api/tasks/${id(taskId)}`);
  }

  activity(taskId: string): Observable<TaskEvent[]> {
    return this.http.get<TaskEvent[]>(`/api/tasks/${id(taskId)}/activity`);
  }

  /** A comment with the members it mentions (by user id): each of them is notified. */
  addComment(taskId: string, body: string, mentions: readonly string[] = []): Observable<TaskEvent> {
    return this.http.post<TaskEvent>(`/api/tasks/${id(taskId)}/comments`, mentions.length ? { body, mentions } : { body });
  }

  /** The members a comment on the task may mention. */
  mentionable(taskId: string): Observable<MentionableMember[]> {
    return this.http.get<MentionableMember[]>(`/api/tasks/${id(taskId)}/mentionable`);
  }

  /** A page of My tasks: some statuses (all when none), one project or all, from a cursor. */
  myTasks(
    query: { statuses?: readonly TaskStatus[]; projectId?: string | null; cursor?: string | null; limit?: number } = {},
  ): Observable<MyTaskPage> {
    let params = new HttpParams();
    if (query.statuses?.length) params = params.set('status', query.statuses.join(','));
    if (query.projectId) params = params.set('projectId', query.projectId);
    if (query.cursor) params = params.set('cursor', query.cursor);
    if (query.limit) params = params.set('limit', query.limit);
    return this.http.get<MyTaskPage>('/api/me/tasks', { params });
  }

  /** Members for the pickers (owners, leaders and team leads may list them). */
  members(): Observable<Page<Member>> {
    return this.http.get<Page<Member>>('/api/members', { params: new HttpParams().set('limit', 200) });
  }

  /** The project's daily snapshots (oldest first, today not included), for the trend chart. */
  snapshots(projectId: string, days = 90): Observable<SnapshotSeries> {
    return this.http.get<SnapshotSeries>(`/api/projects/${id(projectId)}/snapshots`, { params: new HttpParams().set('days', days) });
  }

  /** Solutions adopted into the project, with the progress of their tasks. */
  adoptions(projectId: string): Observable<Adoption[]> {
    return this.http.get<Adoption[]>(`/api/projects/${id(projectId)}/adoptions`);
  }

  /** Removes an adoption: its open tasks are cancelled, or kept as ordinary tasks. */
  removeAdoption(adoptionId: string, tasks: RemoveAdoptionQuery['tasks']): Observable<void> {
    return this.http.delete<void>(`/api/adoptions/${id(adoptionId)}`, { params: new HttpParams().set('tasks', tasks) });
  }

  kpis(projectId: string): Observable<Kpi[]> {
    return this.http.get<Kpi[]>(`/api/projects/${id(projectId)}/kpis`);
  }

  createKpi(projectId: string, request: CreateKpiRequest): Observable<Kpi> {
    return this.http.post<Kpi>(`/api/projects/${id(projectId)}/kpis`, request);
  }

  updateKpi(kpiId: string, request: UpdateKpiRequest): Observable<Kpi> {
    return this.http.patch<Kpi>(`/api/kpis/${id(kpiId)}`, request);
  }

  deleteKpi(kpiId: string): Observable<void> {
    return this.http.delete<void>(`/api/kpis/${id(kpiId)}`);
  }

  readings(kpiId: string): Observable<KpiReading[]> {
    return this.http.get<KpiReading[]>(`/api/kpis/${id(kpiId)}/readings`);
  }

  createReading(kpiId: string, request: CreateReadingRequest): Observable<KpiReading> {
    return this.http.post<KpiReading>(`/api/kpis/${id(kpiId)}/readings`, request);
  }

  correctReading(readingId: string, request: UpdateReadingRequest): Observable<KpiReading> {
    return this.http.patch<KpiReading>(`/api/kpi-readings/${id(readingId)}`, request);
  }

  deleteReading(readingId: string): Observable<void> {
    return this.http.delete<void>(`/api/kpi-readings/${id(readingId)}`);
  }

  /** A KPI's corrections and deletions of readings, oldest first. */
  readingEvents(kpiId: string): Observable<KpiReadingEvent[]> {
    return this.http.get<KpiReadingEvent[]>(`/api/kpis/${id(kpiId)}/reading-events`);
  }
}
