import { Controller, Delete, Get, Headers, HttpCode, Patch, Post, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import {
  AnyTenantMember,
  Clock,
  Responds,
  RespondsFile,
  RespondsNoContent,
  sendWorkbook,
  TenantRoles,
  ValidBody,
  ValidParams,
  ValidQuery,
  writeWorkbook,
  XLSX_TYPE,
} from '@xinzhi/server-core';
import {
  CommentRequest,
  CommentRequestSchema,
  CreateTaskRequest,
  CreateTaskRequestSchema,
  IdParams,
  IdParamsSchema,
  MentionableMember,
  MentionableMemberListSchema,
  MyTaskPage,
  MyTaskPageSchema,
  MyTasksQuery,
  MyTasksQuerySchema,
  Page,
  Task,
  TaskEvent,
  TaskEventListSchema,
  TaskEventSchema,
  TaskPageSchema,
  TaskQuery,
  TaskQuerySchema,
  TaskSchema,
  UpdateTaskRequest,
  UpdateTaskRequestSchema,
} from '@xinzhi/shared-contracts';
import { taskSheet } from './tasks-export';
import { TasksService } from './tasks.service';

@ApiTags('tasks')
@Controller()
export class TasksController {
  constructor(
    private readonly tasks: TasksService,
    private readonly clock: Clock,
  ) {}

  @Get('projects/:id/tasks.xlsx')
  @AnyTenantMember()
  @ApiOperation({
    summary:
      'The project’s tasks the list’s filters select (same query parameters, cursor and limit ignored) as an Excel workbook; key column first; language from Accept-Language, else the user’s saved locale',
  })
  @RespondsFile(XLSX_TYPE, 'The workbook')
  async exportTasks(
    @ValidParams(IdParamsSchema) { id }: IdParams,
    @ValidQuery(TaskQuerySchema) query: TaskQuery,
    @Headers('accept-language') acceptLanguage: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer> {
    const { tasks, locale } = await this.tasks.exportable(id, query, acceptLanguage);
    const body = await writeWorkbook([taskSheet(tasks, locale)], locale);
    return sendWorkbook(reply, 'tasks', `${locale === 'zh-CN' ? '任务' : 'tasks'}-${this.clock.today()}`, body);
  }

  /** Tasks of a project, filtered and sorted; at most 500 a page. */
  @Get('projects/:id/tasks')
  @AnyTenantMember()
  @Responds(TaskPageSchema)
  list(@ValidParams(IdParamsSchema) { id }: IdParams, @ValidQuery(TaskQuerySchema) query: TaskQuery): Promise<Page<Task>> {
    return this.tasks.list(id, query);
  }

  /** Owners and leaders create tasks anywhere; team leads in a team they lead. */
  @Post('projects/:id/tasks')
  @TenantRoles('owner', 'leader', 'team_lead')
  @Responds(TaskSchema, 201)
  create(@ValidParams(IdParamsSchema) { id }: IdParams, @ValidBody(CreateTaskRequestSchema) body: CreateTaskRequest): Promise<Task> {
    return this.tasks.create(id, body);
  }

  /** The tasks assigned to the caller across the enterprise's projects, most urgent first, a page at a time. */
  @Get('me/tasks')
  @AnyTenantMember()
  @Responds(MyTaskPageSchema)
  mine(@ValidQuery(MyTasksQuerySchema) query: MyTasksQuery): Promise<MyTaskPage> {
    return this.tasks.mine(query);
  }

  @Get('tasks/:id')
  @AnyTenantMember()
  @Responds(TaskSchema)
  get(@ValidParams(IdParamsSchema) { id }: IdParams): Promise<Task> {
    return this.tasks.get(id);
  }

  /** Owners and leaders change anything; team leads the tasks of their team; assignees status, percent done and blocking reason. */
  @Patch('tasks/:id')
  @AnyTenantMember()
  @Responds(TaskSchema)
  update(@ValidParams(IdParamsSchema) { id }: IdParams, @ValidBody(UpdateTaskRequestSchema) body: UpdateTaskRequest): Promise<Task> {
    return this.tasks.update(id, body);
  }

  @Delete('tasks/:id')
  @HttpCode(204)
  @TenantRoles('owner', 'leader', 'team_lead')
  @RespondsNoContent()
  async remove(@ValidParams(IdParamsSchema) { id }: IdParams): Promise<void> {
    await this.tasks.remove(id);
  }

  @Get('tasks/:id/comments')
  @AnyTenantMember()
  @Responds(TaskEventListSchema)
  comments(@ValidParams(IdParamsSchema) { id }: IdParams): Promise<TaskEvent[]> {
    return this.tasks.activity(id, true);
  }

  @Post('tasks/:id/comments')
  @AnyTenantMember()
  @Responds(TaskEventSchema, 201)
  comment(@ValidParams(IdParamsSchema) { id }: IdParams, @ValidBody(CommentRequestSchema) body: CommentRequest): Promise<TaskEvent> {
    return this.tasks.comment(id, body.body, body.mentions ?? []);
  }

  /** The members a comment on this task may mention (the comment box's picker). */
  @Get('tasks/:id/mentionable')
  @AnyTenantMember()
  @Responds(MentionableMemberListSchema)
  mentionable(@ValidParams(IdParamsSchema) { id }: IdParams): Promise<MentionableMember[]> {
    return this.tasks.mentionable(id);
  }

  /** Every change and comment of the task: who, what, when. */
  @Get('tasks/:id/activity')
  @AnyTenantMember()
  @Responds(TaskEventListSchema)
  activity(@ValidParams(IdParamsSchema) { id }: IdParams): Promise<TaskEvent[]> {
    return this.tasks.activity(id, false);
  }
}
