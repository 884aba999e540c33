import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { ProblemException, RequestContext } from '@xinzhi/server-core';
import { AuditLog, markProjectChanged, TransactionRunner } from '@xinzhi/server-db';
import { JobProducer, QueueNames } from '@xinzhi/server-queue';
import {
  ApplyImportRequest,
  CreateImportFields,
  IMPORT_ROWS_MAX,
  ImportCreated,
  ImportState,
  Locale,
  PROBLEM_CODES,
  ProblemTypes,
} from '@xinzhi/shared-contracts';
import {
  deleteTasks,
  findImport,
  importFile,
  ImportRow,
  insertImport,
  insertImportedTask,
  lockImport,
  membersByEmail,
  projectExists,
  projectTasks,
  projectTeams,
  savedLocale,
  setTaskDependency,
  updateImport,
  updateImportedTask,
} from './imports.data';
import { annotatedWorkbook } from './imports-workbooks';
import { planTasks, TasksPlan } from './tasks-import';
import { dataRowCount, dataSheet, loadWorkbook, readSheet } from './workbook';

const problem = (status: number, title: string, detail: string) => new ProblemException({ type: ProblemTypes.http, title, status, detail });

/** The uploader's language: the request's first Accept-Language tag, else their saved locale, else Chinese. */
function localeOf(acceptLanguage: string | undefined, saved: Locale | null): Locale {
  const first = acceptLanguage?.split(',')[0]?.split(';')[0]?.trim().toLowerCase();
  if (first) return first.startsWith('zh') ? 'zh-CN' : 'en-US';
  return saved ?? 'zh-CN';
}

export function stateOf(row: ImportRow): ImportState {
  return {
    id: row.id,
    kind: row.kind as ImportState['kind'],
    projectId: row.project_id,
    fileName: row.file_name,
    status: row.status as ImportState['status'],
    progress: row.progress,
    counts: row.counts,
    errors: row.errors,
    removeMissing: row.remove_missing,
  };
}

/** Reads the stored file and plans it against the project as it is now (in the caller's transaction). */
export async function planImport(m: EntityManager, row: ImportRow): Promise<TasksPlan> {
  const file = await importFile(m, row.id);
  const wb = file ? await loadWorkbook(file) : null;
  if (!wb || !row.project_id) throw new Error(`import ${row.id} has no readable file`);
  const [tasks, teams, members] = await Promise.all([projectTasks(m, row.project_id), projectTeams(m, row.project_id), membersByEmail(m)]);
  return planTasks(readSheet(dataSheet(wb)), { tasks, teams, members }, row.locale);
}

/** Writes a plan in the caller's transaction: updates, creates (then their dependencies on new rows), removals when asked. */
export async function writePlan(
  m: EntityManager,
  audit: AuditLog,
  projectId: string,
  plan: TasksPlan,
  removeMissing: boolean,
): Promise<void> {
  for (const u of plan.updates) {
    await updateImportedTask(m, u.id as string, u.fields);
    await audit.record(m, 'task.updated', u.fields.title, { via: 'import' });
  }
  const newIds = new Map<number, string>();
  for (const c of plan.creates) {
    newIds.set(c.row, await insertImportedTask(m, projectId, c.fields));
    await audit.record(m, 'task.created', c.fields.title, { via: 'import' });
  }
  for (const c of [...plan.creates, ...plan.updates]) {
    if (c.dependsOnNewRow === null) continue;
    const id = c.id ?? newIds.get(c.row);
    if (id) await setTaskDependency(m, id, newIds.get(c.dependsOnNewRow) ?? null);
  }
  if (removeMissing && plan.missingIds.length) await deleteTasks(m, plan.missingIds);
  await markProjectChanged(m, projectId);
}

@Injectable()
export class ImportsService {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly producer: JobProducer,
  ) {}

  /** Checks and stores an upload, then queues its validation. */
  async create(
    fields: CreateImportFields,
    file: { name: string; buffer: Buffer },
    acceptLanguage: string | undefined,
  ): Promise<ImportCreated> {
    const id = await this.tx.run(async (m) => {
      if (!(await projectExists(m, fields.projectId))) throw ProblemException.notFound('No project with this id.');
      const wb = await loadWorkbook(file.buffer);
      if (!wb) throw problem(415, 'Unsupported Media Type', 'The file is not an Excel workbook (.xlsx).');
      const rows = dataRowCount(dataSheet(wb));
      if (rows > IMPORT_ROWS_MAX)
        throw problem(422, 'Unprocessable Content', `The file has ${rows} rows; an import takes at most ${IMPORT_ROWS_MAX}.`);
      const locale = localeOf(acceptLanguage, acceptLanguage ? null : await savedLocale(m));
      return insertImport(m, { kind: fields.kind, projectId: fields.projectId, fileName: file.name, file: file.buffer, locale });
    });
    const tenantId = RequestContext.current().tenantId as string;
    await this.producer.enqueue(
      QueueNames.imports,
      'validate-import',
      { tenantId, importId: id },
      { jobId: `validate-${id}`, attempts: 3 },
    );
    return { id };
  }

  async get(id: string): Promise<ImportState> {
    const row = await this.tx.run((m) => findImport(m, id));
    if (!row) throw ProblemException.notFound('No import with this id.');
    return stateOf(row);
  }

  /** Moves a previewed import to `applying` and queues the write. */
  async apply(id: string, body: ApplyImportRequest): Promise<ImportState> {
    const state = await this.tx.run(async (m) => {
      const row = await lockImport(m, id);
      if (!row) throw ProblemException.notFound('No import with this id.');
      if (row.status !== 'preview')
        throw ProblemException.conflict(
          'status',
          `This import is ${row.status}; only a previewed import can be applied.`,
          PROBLEM_CODES.state,
        );
      await updateImport(m, id, { status: 'applying', progress: 0, removeMissing: body.removeMissing ?? false });
      return stateOf((await findImport(m, id)) as ImportRow);
    });
    const tenantId = RequestContext.current().tenantId as string;
    await this.producer.enqueue(QueueNames.imports, 'apply-import', { tenantId, importId: id }, { jobId: `apply-${id}`, attempts: 3 });
    return state;
  }

  /** The uploaded rows with an error column. */
  async errorsWorkbook(id: string): Promise<Buffer> {
    const { row, file } = await this.tx.run(async (m) => ({ row: await findImport(m, id), file: await importFile(m, id) }));
    if (!row || !file) throw ProblemException.notFound('No import with this id.');
    const wb = await loadWorkbook(file);
    if (!wb) throw ProblemException.notFound('The import has no readable file.');
    return annotatedWorkbook(wb, row.errors, row.locale);
  }
}
