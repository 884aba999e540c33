import { ChangeDetectionStrategy, Component, computed, inject, input, type OnInit, output, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { CreateTeamRequestSchema, type Team, TEAM_MISSION_MAX, TEAM_NAME_MAX } from '@xinzhi/shared-contracts';
import { schemaValidators } from '@xinzhi/web-forms';
import { applyProblemToForm, FieldErrorPipe, I18nService, revealErrors, TranslatePipe } from '@xinzhi/web-core';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { MemberDirectory } from '../data/member-directory';
import { ProjectsClient } from '../data/projects.client';
import { teamDepartments } from './team-departments';

/** Texts for the API's field errors of a team. */
const TEAM_FIELD_MESSAGES = { 'name:unique': 'teams.duplicate', 'name:conflict': 'teams.duplicate' } as const;

/**
 * Creates or edits a cross-department team: name, mission, lead and members picked from the
 * enterprise's members; shows the departments the chosen people span, with a warning below two.
 */
@Component({
  selector: 'xz-team-form',
  imports: [
    ReactiveFormsModule,
    NzAlertModule,
    NzButtonModule,
    NzFormModule,
    NzIconModule,
    NzInputModule,
    NzSelectModule,
    NzTagModule,
    TranslatePipe,
    FieldErrorPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (error(); as message) {
      <nz-alert class="block" nzType="error" nzShowIcon role="alert" data-testid="team-form-error" [nzMessage]="message" />
    }
    @if (directory.error()) {
      <nz-alert class="block" nzType="warning" nzShowIcon [nzMessage]="'teams.membersUnavailable' | t" />
    }
    <form nz-form nzLayout="vertical" novalidate [formGroup]="form" (ngSubmit)="submit()" data-testid="team-form">
      <nz-form-item>
        <nz-form-label nzFor="team-name" nzRequired>{{ 'teams.name' | t }}</nz-form-label>
        <nz-form-control [nzErrorTip]="fieldError">
          <input
            nz-input
            id="team-name"
            [maxlength]="nameMax"
            autocomplete="off"
            formControlName="name"
            data-testid="team-name"
            [placeholder]="'teams.namePlaceholder' | t"
          />
        </nz-form-control>
      </nz-form-item>
      <nz-form-item>
        <nz-form-label nzFor="team-mission">{{ 'teams.mission' | t }}</nz-form-label>
        <nz-form-control [nzErrorTip]="fieldError">
          <textarea
            nz-input
            id="team-mission"
            rows="3"
            [maxlength]="missionMax"
            formControlName="mission"
            data-testid="team-mission"
          ></textarea>
        </nz-form-control>
      </nz-form-item>
      <nz-form-item>
        <nz-form-label nzFor="team-lead">{{ 'teams.lead' | t }}</nz-form-label>
        <nz-form-control [nzErrorTip]="fieldError">
          <nz-select
            nzId="team-lead"
            nzShowSearch
            nzAllowClear
            formControlName="leadUserId"
            data-testid="team-lead"
            [nzPlaceHolder]="'teams.noLead' | t"
            [nzLoading]="directory.loading()"
          >
            @for (member of people(); track member.userId) {
              <nz-option nzCustomContent [nzValue]="member.userId" [nzLabel]="member.displayName">
                <span [attr.data-testid]="'team-lead-option-' + member.userId">
                  {{ member.displayName }} <span class="detail">{{ member.departmentName ?? ('teams.noDepartment' | t) }}</span>
                </span>
              </nz-option>
            }
          </nz-select>
        </nz-form-control>
      </nz-form-item>
      <nz-form-item>
        <nz-form-label nzFor="team-members">{{ 'teams.members' | t }}</nz-form-label>
        <nz-form-control [nzErrorTip]="fieldError">
          <nz-select
            nzId="team-members"
            nzMode="multiple"
            nzShowSearch
            formControlName="memberUserIds"
            data-testid="team-members"
            [nzPlaceHolder]="'teams.pickPeople' | t"
            [nzLoading]="directory.loading()"
          >
            @for (member of people(); track member.userId) {
              <nz-option nzCustomContent [nzValue]="member.userId" [nzLabel]="member.displayName">
                <span [attr.data-testid]="'team-members-option-' + member.userId">
                  {{ member.displayName }} <span class="detail">{{ member.departmentName ?? ('teams.noDepartment' | t) }}</span>
                </span>
              </nz-option>
            }
          </nz-select>
        </nz-form-control>
      </nz-form-item>
      <div class="preview" data-testid="team-departments-preview" aria-live="polite">
        @if (departments().length) {
          <span>{{ 'teams.preview' | t }}</span>
          @for (name of departments(); track name) {
            <nz-tag>{{ name }}</nz-tag>
          }
        }
        @if (departments().length < 2) {
          <nz-tag nzColor="warning" data-testid="team-form-single-department">
            <nz-icon nzType="warning" nzTheme="outline" />
            {{ 'teams.singleDepartment' | t }}
          </nz-tag>
          <span class="hint">{{ 'teams.singleDepartmentHint' | t }}</span>
        }
      </div>
      <div class="buttons">
        <button nz-button type="button" (click)="cancelled.emit()">{{ 'common.cancel' | t }}</button>
        <button nz-button nzType="primary" type="submit" data-testid="team-submit" [nzLoading]="saving()">{{ 'teams.submit' | t }}</button>
      </div>
    </form>
    <ng-template #fieldError let-control>{{ control.errors | fieldError }}</ng-template>
  `,
  styles: `
    .block {
      display: block;
      margin-bottom: 16px;
    }
    .detail {
      margin-inline-start: 6px;
      color: rgba(0, 0, 0, 0.45);
      font-size: 12px;
    }
    .preview {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 6px 0;
      margin: -8px 0 24px;
      color: rgba(0, 0, 0, 0.65);
    }
    .hint {
      flex-basis: 100%;
      color: rgba(0, 0, 0, 0.45);
      font-size: 12px;
    }
    .buttons {
      display: flex;
      flex-wrap: wrap;
      justify-content: flex-end;
      gap: 8px;
    }
  `,
})
export class TeamFormComponent implements OnInit {
  private readonly client = inject(ProjectsClient);
  private readonly i18n = inject(I18nService);
  private readonly fb = inject(NonNullableFormBuilder);
  protected readonly directory = inject(MemberDirectory);

  readonly projectId = input.required<string>();
  /** The team to edit; a new one when null. */
  readonly team = input<Team | null>(null);
  readonly saved = output<Team>();
  readonly cancelled = output<void>();

  protected readonly nameMax = TEAM_NAME_MAX;
  protected readonly missionMax = TEAM_MISSION_MAX;
  protected readonly saving = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly form = this.fb.group({
    name: this.fb.control('', schemaValidators(CreateTeamRequestSchema, 'name')),
    mission: this.fb.control('', schemaValidators(CreateTeamRequestSchema, 'mission')),
    leadUserId: this.fb.control<string | null>(null),
    memberUserIds: this.fb.control<string[]>([]),
  });
  private readonly value = toSignal(this.form.valueChanges, { initialValue: this.form.getRawValue() });

  /** The enterprise's members, and the team's people even if the list could not be loaded. */
  protected readonly people = computed(() => {
    const members = this.directory.members().map((m) => ({
      userId: m.userId as string,
      displayName: m.displayName,
      departmentId: m.departmentId,
      departmentName: m.departmentName,
    }));
    const known = new Set(members.map((m) => m.userId));
    const team = this.team();
    for (const member of team?.members ?? []) {
      if (!known.has(member.userId)) members.push({ ...member });
    }
    return members;
  });
  protected readonly departments = computed(() => {
    const value = this.value();
    return teamDepartments(this.people(), value.leadUserId ?? null, value.memberUserIds ?? []);
  });

  ngOnInit(): void {
    this.directory.ensureLoaded();
    const team = this.team();
    this.form.reset({
      name: team?.name ?? '',
      mission: team?.mission ?? '',
      leadUserId: team?.leadUserId ?? null,
      memberUserIds: team?.members.map((m) => m.userId).filter((id) => id !== team.leadUserId) ?? [],
    });
  }

  protected submit(): void {
    if (this.saving()) return;
    this.error.set(null);
    if (!revealErrors(this.form)) return;
    const value = this.form.getRawValue();
    const request = {
      name: value.name.trim(),
      mission: value.mission.trim(),
      leadUserId: value.leadUserId || null,
      memberUserIds: value.memberUserIds,
    };
    const team = this.team();
    this.saving.set(true);
    (team ? this.client.updateTeam(team.id, request) : this.client.createTeam(this.projectId(), request)).subscribe({
      next: (saved) => {
        this.saving.set(false);
        this.saved.emit(saved);
      },
      error: (error: unknown) => {
        this.saving.set(false);
        this.error.set(applyProblemToForm(this.i18n, this.form, error, { messages: TEAM_FIELD_MESSAGES }));
      },
    });
  }
}
