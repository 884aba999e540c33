import { ChangeDetectionStrategy, Component, computed, DestroyRef, inject, input, type OnInit, output, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { type Adoption, type PainPoint, type Project, type Solution } from '@xinzhi/shared-contracts';
import { CalendarService, failureStatus, FieldErrorPipe, I18nService, problemMessage, revealErrors, TranslatePipe } from '@xinzhi/web-core';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCheckboxModule } from 'ng-zorro-antd/checkbox';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { forkJoin } from 'rxjs';
import { SolutionsClient } from '../data/solutions.client';
import { AREA_LABELS } from '../logic/labels';

/**
 * Adopts a solution into a project (owners and leaders): the project, the start date (the business
 * calendar's today unless changed) and the open pain points it answers (those the recommendation
 * named are preselected). On success it links to the project's board; adopting the same solution
 * into the same project again is refused (409) with a message.
 */
@Component({
  selector: 'xz-adopt-form',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    NzAlertModule,
    NzButtonModule,
    NzCheckboxModule,
    NzFormModule,
    NzInputModule,
    NzSelectModule,
    TranslatePipe,
    FieldErrorPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (adopted(); as adoption) {
      <div class="done" data-testid="adopt-done">
        <nz-alert
          nzType="success"
          nzShowIcon
          [nzMessage]="'adopt.done' | t: { name: adoption.solutionName, tasks: adoption.taskIds.length, kpis: adoption.kpiIds.length }"
        />
        <div class="buttons">
          <button nz-button type="button" (click)="closed.emit()">{{ 'common.close' | t }}</button>
          <a
            nz-button
            nzType="primary"
            data-testid="adopt-open-board"
            [routerLink]="['/projects', adoption.projectId, 'board']"
            (click)="closed.emit()"
          >
            {{ 'adopt.openBoard' | t }}
          </a>
        </div>
      </div>
    } @else {
      @if (error(); as message) {
        <nz-alert class="block" nzType="error" nzShowIcon role="alert" data-testid="adopt-error" [nzMessage]="message" />
      }
      @if (loading()) {
        <p class="hint">…</p>
      } @else if (!projects().length) {
        <nz-alert class="block" nzType="info" nzShowIcon data-testid="adopt-no-projects" [nzMessage]="'adopt.noProjects' | t" />
      } @else {
        <form nz-form nzLayout="vertical" novalidate [formGroup]="form" (ngSubmit)="submit()" data-testid="adopt-form">
          <nz-form-item>
            <nz-form-label nzFor="adopt-project" nzRequired>{{ 'adopt.project' | t }}</nz-form-label>
            <nz-form-control [nzErrorTip]="fieldError">
              <nz-select nzId="adopt-project" nzShowSearch formControlName="projectId" data-testid="adopt-project">
                @for (project of projects(); track project.id) {
                  <nz-option nzCustomContent [nzValue]="project.id" [nzLabel]="project.name">
                    <span [attr.data-testid]="'adopt-project-option-' + project.id">{{ project.name }}</span>
                  </nz-option>
                }
              </nz-select>
            </nz-form-control>
          </nz-form-item>
          <nz-form-item>
            <nz-form-label nzFor="adopt-start" nzRequired>{{ 'adopt.startDate' | t }}</nz-form-label>
            <nz-form-control [nzErrorTip]="fieldError">
              <input nz-input id="adopt-start" type="date" formControlName="startDate" data-testid="adopt-start" />
            </nz-form-control>
          </nz-form-item>
          <nz-form-item>
            <nz-form-label>{{ 'adopt.painPoints' | t }}</nz-form-label>
            <nz-form-control>
              @if (painPoints().length) {
                <div class="pain-points">
                  @for (painPoint of painPoints(); track painPoint.id) {
                    <label
                      nz-checkbox
                      data-testid="adopt-pain-point"
                      [attr.data-id]="painPoint.id"
                      [nzChecked]="chosen().has(painPoint.id)"
                      (nzCheckedChange)="toggle(painPoint.id, $event)"
                      >{{ painPoint.title }} <span class="area">· {{ areaLabels[painPoint.businessArea] | t }}</span></label
                    >
                  }
                </div>
              } @else {
                <span class="hint">{{ 'adopt.noOpenPainPoints' | t }}</span>
              }
            </nz-form-control>
          </nz-form-item>
          <p class="hint">{{ 'adopt.creates' | t: { tasks: solution().templateTasks.length, kpis: solution().templateKpis.length } }}</p>
          <div class="buttons">
            <button nz-button type="button" (click)="closed.emit()">{{ 'common.cancel' | t }}</button>
            <button nz-button nzType="primary" type="submit" data-testid="adopt-submit" [nzLoading]="saving()">
              {{ 'adopt.submit' | t }}
            </button>
          </div>
        </form>
      }
    }
    <ng-template #fieldError let-control>{{ control.errors | fieldError }}</ng-template>
  `,
  styles: `
    .block {
      display: block;
      margin-bottom: 16px;
    }
    .hint {
      color: rgba(0, 0, 0, 0.55);
    }
    .pain-points {
      display: grid;
      gap: 8px;
    }
    .pain-points label {
      margin-left: 0;
    }
    .area {
      color: rgba(0, 0, 0, 0.45);
    }
    .buttons {
      display: flex;
      justify-content: flex-end;
      flex-wrap: wrap;
      gap: 8px;
      margin-top: 16px;
    }
  `,
})
export class AdoptFormComponent implements OnInit {
  private readonly client = inject(SolutionsClient);
  private readonly i18n = inject(I18nService);
  private readonly calendar = inject(CalendarService);
  private readonly fb = inject(NonNullableFormBuilder);
  private readonly destroyRef = inject(DestroyRef);

  readonly solution = input.required<Solution>();
  /** Pain points to tick at first (those the recommendation named). */
  readonly preselected = input<readonly string[]>([]);
  readonly adoptedEvent = output<Adoption>({ alias: 'adopted' });
  readonly closed = output<void>();

  protected readonly areaLabels = AREA_LABELS;
  protected readonly loading = signal(true);
  protected readonly saving = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly projects = signal<readonly Project[]>([]);
  protected readonly painPoints = signal<readonly PainPoint[]>([]);
  protected readonly chosen = signal<ReadonlySet<string>>(new Set());
  protected readonly adopted = signal<Adoption | null>(null);
  protected readonly chosenIds = computed(() =>
    this.painPoints()
      .filter((p) => this.chosen().has(p.id))
      .map((p) => p.id),
  );

  protected readonly form = this.fb.group({
    projectId: this.fb.control('', [Validators.required]),
    startDate: this.fb.control(this.calendar.today(), [Validators.required, Validators.pattern(/^\d{4}-\d{2}-\d{2}$/)]),
  });

  ngOnInit(): void {
    forkJoin({ projects: this.client.projects(), painPoints: this.client.painPoints({ status: 'open' }) })
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: ({ projects, painPoints }) => {
          const open = projects.items.filter((project) => project.status === 'active' || project.status === 'on_hold');
          this.projects.set(open);
          if (open.length === 1) this.form.controls.projectId.setValue(open[0].id);
          this.painPoints.set(painPoints.items);
          const wanted = new Set(this.preselected());
          this.chosen.set(new Set(painPoints.items.filter((p) => wanted.has(p.id)).map((p) => p.id)));
          this.loading.set(false);
        },
        error: (error: unknown) => {
          this.loading.set(false);
          this.error.set(problemMessage(this.i18n, error));
        },
      });
  }

  protected toggle(id: string, checked: boolean): void {
    this.chosen.update((current) => {
      const next = new Set(current);
      if (checked) next.add(id);
      else next.delete(id);
      return next;
    });
  }

  protected submit(): void {
    if (this.saving()) return;
    this.error.set(null);
    if (!revealErrors(this.form)) {
      this.error.set(this.i18n.t('adopt.required'));
      return;
    }
    const { projectId, startDate } = this.form.getRawValue();
    const painPointIds = this.chosenIds();
    this.saving.set(true);
    this.client
      .adopt(projectId, { solutionId: this.solution().id, startDate, ...(painPointIds.length ? { painPointIds } : {}) })
      .subscribe({
        next: (adoption) => {
          this.saving.set(false);
          this.adopted.set(adoption);
          this.adoptedEvent.emit(adoption);
        },
        error: (error: unknown) => {
          this.saving.set(false);
          this.error.set(failureStatus(error) === 409 ? this.i18n.t('adopt.conflict') : problemMessage(this.i18n, error));
        },
      });
  }
}
