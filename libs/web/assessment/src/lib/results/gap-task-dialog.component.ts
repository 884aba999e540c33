import { ChangeDetectionStrategy, Component, computed, inject, input, type OnInit, output, signal } from '@angular/core';
import {
  type AssessmentGap,
  BUSINESS_AREAS,
  type BusinessArea,
  type Project,
  type Task,
  TASK_DESCRIPTION_MAX,
  TASK_TITLE_MAX,
  TECHNOLOGY_TYPES,
  type TechnologyType,
} from '@xinzhi/shared-contracts';
import { AREA_LABELS, fieldErrorMessage, I18nService, problemMessage, readApiFailure, TECH_LABELS, TranslatePipe } from '@xinzhi/web-core';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzInputModule } from 'ng-zorro-antd/input';
import { AssessmentClient } from '../data/assessment.client';

/** What the dialog starts with: the gap and the task it suggests. */
export interface GapTaskSeed {
  readonly gap: AssessmentGap;
  readonly title: string;
  readonly description: string;
  readonly businessArea: BusinessArea;
}

/**
 * "Make it a task": one of the enterprise's projects, the title, description and business area
 * taken from the gap, a technology type; creates the task with the gap as its origin.
 */
@Component({
  selector: 'xz-gap-task-form',
  imports: [NzAlertModule, NzButtonModule, NzInputModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form class="form" data-testid="gap-task-form" (submit)="$event.preventDefault(); create()">
      @if (projectsError(); as error) {
        <nz-alert nzType="error" nzShowIcon [nzMessage]="error" />
      } @else if (projectsLoaded() && !projects().length) {
        <nz-alert nzType="warning" nzShowIcon data-testid="gap-task-no-projects" [nzMessage]="'gapTask.noProjects' | t" />
      }
      <label class="field">
        <span class="label">{{ 'gapTask.project' | t }}</span>
        <select class="native-select" name="project" data-testid="gap-task-project" required (change)="projectId.set(valueOf($event))">
          <option value="" disabled [selected]="!projectId()">{{ 'common.select' | t }}</option>
          @for (p of projects(); track p.id) {
            <option [value]="p.id" [selected]="projectId() === p.id">{{ p.name }}</option>
          }
        </select>
      </label>
      <label class="field">
        <span class="label">{{ 'gapTask.title' | t }}</span>
        <input
          nz-input
          name="title"
          data-testid="gap-task-title"
          required
          [attr.maxlength]="titleMax"
          [value]="title()"
          (input)="title.set(valueOf($event))"
        />
      </label>
      <label class="field">
        <span class="label">{{ 'gapTask.description' | t }}</span>
        <textarea
          nz-input
          name="description"
          rows="4"
          data-testid="gap-task-description"
          [attr.maxlength]="descriptionMax"
          [value]="description()"
          (input)="description.set(valueOf($event))"
        ></textarea>
      </label>
      <div class="pair">
        <label class="field">
          <span class="label">{{ 'gapTask.area' | t }}</span>
          <select class="native-select" name="area" data-testid="gap-task-area" (change)="businessArea.set($any(valueOf($event)))">
            @for (area of areas; track area) {
              <option [value]="area" [selected]="businessArea() === area">{{ areaLabels[area] | t }}</option>
            }
          </select>
        </label>
        <label class="field">
          <span class="label">{{ 'gapTask.technology' | t }}</span>
          <select class="native-select" name="tech" data-testid="gap-task-technology" (change)="technologyType.set($any(valueOf($event)))">
            @for (tech of techs; track tech) {
              <option [value]="tech" [selected]="technologyType() === tech">{{ techLabels[tech] | t }}</option>
            }
          </select>
        </label>
      </div>
      @if (error(); as message) {
        <nz-alert nzType="error" nzShowIcon data-testid="gap-task-error" [nzMessage]="message" />
      }
      <div class="actions">
        <button nz-button type="button" (click)="cancelled.emit()">{{ 'common.cancel' | t }}</button>
        <button nz-button nzType="primary" type="submit" data-testid="gap-task-create" [nzLoading]="saving()" [disabled]="!canCreate()">
          {{ 'gapTask.create' | t }}
        </button>
      </div>
    </form>
  `,
  styles: `
    .form {
      display: grid;
      gap: 12px;
    }
    .field {
      display: grid;
      gap: 4px;
      min-width: 0;
    }
    .label {
      font-weight: 500;
    }
    .pair {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(180px, 1fr));
      gap: 12px;
    }
    .native-select {
      width: 100%;
      height: 32px;
      padding: 0 8px;
      background: #fff;
      border: 1px solid #d9d9d9;
      border-radius: 6px;
      font: inherit;
    }
    .actions {
      display: flex;
      justify-content: flex-end;
      gap: 8px;
    }
  `,
})
export class GapTaskFormComponent implements OnInit {
  private readonly client = inject(AssessmentClient);
  private readonly i18n = inject(I18nService);

  readonly seed = input.required<GapTaskSeed>();
  readonly assessmentId = input.required<string>();
  readonly created = output<{ task: Task; project: Project }>();
  readonly cancelled = output<void>();

  protected readonly areas = BUSINESS_AREAS;
  protected readonly techs = TECHNOLOGY_TYPES;
  protected readonly areaLabels = AREA_LABELS;
  protected readonly techLabels = TECH_LABELS;
  protected readonly titleMax = TASK_TITLE_MAX;
  protected readonly descriptionMax = TASK_DESCRIPTION_MAX;

  protected readonly projects = signal<readonly Project[]>([]);
  protected readonly projectsLoaded = signal(false);
  protected readonly projectsError = signal<string | null>(null);
  protected readonly saving = signal(false);
  protected readonly error = signal<string | null>(null);

  protected readonly projectId = signal('');
  protected readonly title = signal('');
  protected readonly description = signal('');
  protected readonly businessArea = signal<BusinessArea>('management');
  protected readonly technologyType = signal<TechnologyType>('technology_convergence');
  protected readonly valueOf = (event: Event): string => (event.target as HTMLInputElement).value;
  protected readonly canCreate = computed(() => !this.saving() && this.projectsLoaded());

  ngOnInit(): void {
    const seed = this.seed();
    this.title.set(seed.title);
    this.description.set(seed.description.slice(0, TASK_DESCRIPTION_MAX));
    this.businessArea.set(seed.businessArea);
    this.client.projects().subscribe({
      next: (page) => {
        const open = page.items.filter((p) => p.status !== 'archived');
        this.projects.set(open);
        if (open.length === 1) this.projectId.set(open[0].id);
        this.projectsLoaded.set(true);
      },
      error: (error: unknown) => this.projectsError.set(problemMessage(this.i18n, error)),
    });
  }

  protected create(): void {
    const project = this.projects().find((p) => p.id === this.projectId());
    if (!project) {
      this.error.set(this.i18n.t('gapTask.chooseProject'));
      return;
    }
    const title = this.title().trim();
    if (!title) {
      this.error.set(this.i18n.t('gapTask.titleRequired'));
      return;
    }
    this.saving.set(true);
    this.error.set(null);
    this.client
      .createTask(project.id, {
        title,
        description: this.description(),
        businessArea: this.businessArea(),
        technologyType: this.technologyType(),
        origin: { type: 'assessment_gap', assessmentId: this.assessmentId(), gapKey: this.seed().gap.key },
      })
      .subscribe({
        next: (task) => {
          this.saving.set(false);
          this.created.emit({ task, project });
        },
        error: (error: unknown) => {
          this.saving.set(false);
          const failure = readApiFailure(error);
          const details = (failure?.fieldErrors ?? []).map((e) => fieldErrorMessage(this.i18n, e));
          this.error.set([problemMessage(this.i18n, error), ...details].join(' '));
        },
      });
  }
}
