import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional } from 'class-validator';
import { AnyTenantMember, IdParam, TenantRoles } from '@xinzhi/server-core';
import { MyTask, Page, Task, TASK_STATUSES, TaskEvent, TaskStatus } from '@xinzhi/shared-contracts';
import { CommentDto, CreateTaskDto, TaskQueryDto, UpdateTaskDto } from './dto';
import { TasksService } from './tasks.service';

class MyTasksQuery {
  @ApiPropertyOptional({ description: 'comma-separated statuses' })
  @IsOptional() @Transform(({ value }) => (typeof value === 'string' ? value.split(',').filter(Boolean) : value)) @IsIn(TASK_STATUSES, { each: true })
  status?: TaskStatus[];
}

@ApiTags('tasks')
@Controller()
export class TasksController {
  constructor(private readonly tasks: TasksService) {}

  /** Tasks of a project, filtered and sorted; at most 500 a page. */
  @Get('projects/:id/tasks')
  @AnyTenantMember()
  list(@Param() { id }: IdParam, @Query() query: TaskQueryDto): Promise<Page<Task>> {
    return this.tasks.list(id, query);
  }

  @Post('projects/:id/tasks')
  @TenantRoles('owner', 'leader', 'team_lead')
  create(@Param() { id }: IdParam, @Body() body: CreateTaskDto): Promise<Task> {
    return this.tasks.create(id, body);
  }

  /** The tasks assigned to the caller across the enterprise's projects, most urgent first. */
  @Get('me/tasks')
  @AnyTenantMember()
  mine(@Query() query: MyTasksQuery): Promise<MyTask[]> {
    return this.tasks.mine(query.status);
  }

  @Get('tasks/:id')
  @AnyTenantMember()
  get(@Param() { id }: IdParam): Promise<Task> {
    return this.tasks.get(id);
  }

  /** Owners and leaders change anything; team leads the tasks of their team; assignees status, percent done and blocking reason. */
  @Patch('tasks/:id')
  @AnyTenantMember()
  update(@Param() { id }: IdParam, @Body() body: UpdateTaskDto): Promise<Task> {
    return this.tasks.update(id, body);
  }

  @Delete('tasks/:id')
  @HttpCode(204)
  @TenantRoles('owner', 'leader', 'team_lead')
  async remove(@Param() { id }: IdParam): Promise<void> {
    await this.tasks.remove(id);
  }

  @Get('tasks/:id/comments')
  @AnyTenantMember()
  comments(@Param() { id }: IdParam): Promise<TaskEvent[]> {
    return this.tasks.activity(id, true);
  }

  @Post('tasks/:id/comments')
  @AnyTenantMember()
  comment(@Param() { id }: IdParam, @Body() body: CommentDto): Promise<TaskEvent> {
    return this.tasks.comment(id, body.body);
  }

  /** Every change and comment of the task: who, what, when. */
  @Get('tasks/:id/activity')
  @AnyTenantMember()
  activity(@Param() { id }: IdParam): Promise<TaskEvent[]> {
    return this.tasks.activity(id, false);
  }
}
