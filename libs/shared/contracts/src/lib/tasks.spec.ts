import {
  CommentRequestSchema,
  CreateTaskRequestSchema,
  MyTasksQuerySchema,
  TASK_COMMENT_MAX,
  TASK_TITLE_MAX,
  TaskQuerySchema,
  UpdateTaskRequestSchema,
} from './tasks';

const task = { title: 'Roll out the MES', businessArea: 'production', technologyType: 'cloud_computing' } as const;

describe('task requests', () => {
  it('trims the title and holds it to 1–TASK_TITLE_MAX characters', () => {
    expect(CreateTaskRequestSchema.parse({ ...task, title: '  MES  ' }).title).toBe('MES');
    expect(CreateTaskRequestSchema.safeParse({ ...task, title: '   ' }).success).toBe(false);
    expect(CreateTaskRequestSchema.safeParse({ ...task, title: 'x'.repeat(TASK_TITLE_MAX) }).success).toBe(true);
    expect(CreateTaskRequestSchema.safeParse({ ...task, title: 'x'.repeat(TASK_TITLE_MAX + 1) }).success).toBe(false);
  });
  it('needs area and technology to create, refuses unknown fields, and takes any subset to update', () => {
    expect(CreateTaskRequestSchema.safeParse({ title: 'x' }).success).toBe(false);
    expect(CreateTaskRequestSchema.safeParse({ ...task, owner: 'x' }).success).toBe(false);
    expect(UpdateTaskRequestSchema.safeParse({ percentDone: 40 }).success).toBe(true);
    expect(UpdateTaskRequestSchema.safeParse({ percentDone: 101 }).success).toBe(false);
    expect(UpdateTaskRequestSchema.safeParse({ weight: 0 }).success).toBe(false);
    expect(UpdateTaskRequestSchema.safeParse({ dueDate: '2026-02-30' }).success).toBe(false);
    expect(UpdateTaskRequestSchema.safeParse({ teamId: null, dependsOnId: null }).success).toBe(true);
  });
  it('trims a comment and holds it to 1–TASK_COMMENT_MAX characters', () => {
    expect(CommentRequestSchema.safeParse({ body: ' \n ' }).success).toBe(false);
    expect(CommentRequestSchema.safeParse({ body: 'x'.repeat(TASK_COMMENT_MAX + 1) }).success).toBe(false);
  });
});

describe('task list queries', () => {
  it('reads comma-separated statuses, true/false and a numeric limit from the query string', () => {
    expect(TaskQuerySchema.parse({ status: 'todo,blocked', overdue: 'false', limit: '500' })).toEqual({
      status: ['todo', 'blocked'],
      overdue: false,
      limit: 500,
    });
    expect(MyTasksQuerySchema.parse({ status: ['done'] })).toEqual({ status: ['done'] });
  });
  it('refuses unknown statuses, sorts and flags, and more than 500 a page', () => {
    expect(TaskQuerySchema.safeParse({ status: 'todo,later' }).success).toBe(false);
    expect(TaskQuerySchema.safeParse({ sort: 'priority' }).success).toBe(false);
    expect(TaskQuerySchema.safeParse({ overdue: 'yes' }).success).toBe(false);
    expect(TaskQuerySchema.safeParse({ limit: '501' }).success).toBe(false);
    expect(TaskQuerySchema.safeParse({ teamId: 'not-a-uuid' }).success).toBe(false);
  });
});
