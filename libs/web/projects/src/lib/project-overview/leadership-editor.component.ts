import { ChangeDetectionStrategy, Component, computed, inject, input, type OnInit, output, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { LEADERSHIP_ROLES, type LeadershipMember, type LeadershipRole } from '@xinzhi/shared-contracts';
import { I18nService, problemMessage, readApiFailure, TranslatePipe, type TranslationKey } from '@xinzhi/web-core';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { LEADERSHIP_ROLE_LABELS } from '../data/labels';
import { MemberDirectory } from '../data/member-directory';
import { ProjectsClient } from '../data/projects.client';

interface Row {
  /** Local key for `track`. */
  readonly key: number;
  readonly userId: string | null;
  readonly role: LeadershipRole;
}

interface Person {
  readonly userId: string;
  readonly name: string;
  readonly detail: string;
}

const CODE_TEXTS: Readonly<Record<string, TranslationKey>> = {
  oneChair: 'leadership.oneChair',
  unique: 'leadership.unique',
  member: 'leadership.notMember',
};

/** The sentence for a refused leadership group: the rule it broke (one chair, each person once…), in the user's language. */
export function leadershipProblem(i18n: I18nService, error: unknown): string {
  const failure = readApiFailure(error);
  const texts = [...new Set((failure?.fieldErrors ?? []).map((e) => CODE_TEXTS[e.code]).filter((key): key is TranslationKey => !!key))];
  return texts.length ? texts.map((key) => i18n.t(key)).join(' ') : problemMessage(i18n, error);
}

/**
 * Edits a project's leadership group: members of the enterprise with a role each. Exactly one chair
 * is needed; the editor shows how many are chosen, and the API's refusal if it is sent anyway.
 */
@Component({
  selector: 'xz-leadership-editor',
  imports: [FormsModule, NzAlertModule, NzButtonModule, NzIconModule, NzSelectModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p class="intro">{{ 'leadership.intro' | t }}</p>
    @if (error(); as message) {
      <nz-alert class="block" nzType="error" nzShowIcon role="alert" data-testid="leadership-error" [nzMessage]="message" />
    }
    @if (directory.error()) {
      <nz-alert class="block" nzType="warning" nzShowIcon [nzMessage]="'teams.membersUnavailable' | t" />
    }
    <ul class="rows" data-testid="leadership-rows">
      @for (row of rows(); track row.key; let i = $index) {
        <li class="row" [attr.data-testid]="'leadership-row-' + i">
          <nz-select
            class="person"
            nzShowSearch
            [nzPlaceHolder]="'leadership.pickMember' | t"
            [ngModel]="row.userId"
            (ngModelChange)="setPerson(row.key, $event)"
            [attr.aria-label]="'leadership.member' | t"
            [attr.data-testid]="'leadership-member-' + i"
          >
            @for (person of people(); track person.userId) {
              <nz-option nzCustomContent [nzValue]="person.userId" [nzLabel]="person.name">
                <span [attr.data-testid]="'leadership-member-' + i + '-option-' + person.userId">
                  {{ person.name }} <span class="detail">{{ person.detail }}</span>
                </span>
              </nz-option>
            }
          </nz-select>
          <nz-select
            class="role"
            [ngModel]="row.role"
            (ngModelChange)="setRole(row.key, $event)"
            [attr.aria-label]="'leadership.role' | t"
            [attr.data-testid]="'leadership-role-' + i"
          >
            @for (role of roles; track role) {
              <nz-option nzCustomContent [nzValue]="role" [nzLabel]="roleLabels[role] | t">
                <span [attr.data-testid]="'leadership-role-' + i + '-option-' + role">{{ roleLabels[role] | t }}</span>
              </nz-option>
            }
          </nz-select>
          <button
            nz-button
            nzType="text"
            nzDanger
            type="button"
            [attr.aria-label]="'common.remove' | t"
            [attr.data-testid]="'leadership-remove-' + i"
            (click)="removeRow(row.key)"
          >
            <nz-icon nzType="delete" nzTheme="outline" />
          </button>
        </li>
      }
    </ul>
    <button nz-button nzType="dashed" nzBlock type="button" data-testid="leadership-add" (click)="addRow()">
      <nz-icon nzType="plus" nzTheme="outline" />
      {{ 'leadership.add' | t }}
    </button>
    @if (chairs() !== 1) {
      <p class="chair-hint" role="status" data-testid="leadership-chair-hint">{{ 'leadership.chairCount' | t: { count: chairs() } }}</p>
    }
    <div class="buttons">
      <button nz-button type="button" (click)="cancelled.emit()">{{ 'common.cancel' | t }}</button>
      <button nz-button nzType="primary" type="button" data-testid="leadership-save" [nzLoading]="saving()" (click)="save()">
        {{ 'leadership.save' | t }}
      </button>
    </div>
  `,
  styles: `
    .intro {
      margin: 0 0 16px;
      color: rgba(0, 0, 0, 0.65);
    }
    .block {
      display: block;
      margin-bottom: 16px;
    }
    .rows {
      display: grid;
      gap: 8px;
      margin: 0 0 12px;
      padding: 0;
      list-style: none;
    }
    .row {
      display: grid;
      grid-template-columns: minmax(0, 1fr) minmax(96px, 8.5em) auto;
      gap: 8px;
      align-items: center;
    }
    .person,
    .role {
      width: 100%;
    }
    .detail {
      margin-inline-start: 6px;
      color: rgba(0, 0, 0, 0.45);
      font-size: 12px;
    }
    .chair-hint {
      margin: 12px 0 0;
      color: #d46b08;
    }
    .buttons {
      display: flex;
      flex-wrap: wrap;
      justify-content: flex-end;
      gap: 8px;
      margin-top: 24px;
    }
  `,
})
export class LeadershipEditorComponent implements OnInit {
  private readonly client = inject(ProjectsClient);
  private readonly i18n = inject(I18nService);
  protected readonly directory = inject(MemberDirectory);

  readonly projectId = input.required<string>();
  readonly leadership = input<readonly LeadershipMember[]>([]);
  readonly saved = output<LeadershipMember[]>();
  readonly cancelled = output<void>();

  protected readonly roles = LEADERSHIP_ROLES;
  protected readonly roleLabels = LEADERSHIP_ROLE_LABELS;
  protected readonly rows = signal<readonly Row[]>([]);
  protected readonly saving = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly chairs = computed(() => this.rows().filter((row) => row.role === 'chair').length);
  private nextKey = 0;

  /** The enterprise's members, plus anyone already in the group. */
  protected readonly people = computed<Person[]>(() => {
    const people = new Map<string, Person>();
    for (const member of this.directory.members()) {
      if (member.userId)
        people.set(member.userId, { userId: member.userId, name: member.displayName, detail: member.departmentName ?? member.email });
    }
    for (const person of this.leadership()) {
      if (!people.has(person.userId)) people.set(person.userId, { userId: person.userId, name: person.displayName, detail: person.email });
    }
    return [...people.values()];
  });

  ngOnInit(): void {
    this.directory.ensureLoaded();
    this.rows.set(this.leadership().map((person) => ({ key: this.nextKey++, userId: person.userId, role: person.role })));
  }

  protected addRow(): void {
    this.rows.update((rows) => [...rows, { key: this.nextKey++, userId: null, role: 'member' }]);
  }

  protected removeRow(key: number): void {
    this.rows.update((rows) => rows.filter((row) => row.key !== key));
  }

  protected setPerson(key: number, userId: string | null): void {
    this.rows.update((rows) => rows.map((row) => (row.key === key ? { ...row, userId } : row)));
  }

  protected setRole(key: number, role: LeadershipRole): void {
    this.rows.update((rows) => rows.map((row) => (row.key === key ? { ...row, role } : row)));
  }

  protected save(): void {
    if (this.saving()) return;
    this.error.set(null);
    const members = this.rows()
      .filter((row): row is Row & { userId: string } => row.userId !== null)
      .map((row) => ({ userId: row.userId, role: row.role }));
    this.saving.set(true);
    this.client.putLeadership(this.projectId(), { members }).subscribe({
      next: (leadership) => {
        this.saving.set(false);
        this.saved.emit(leadership);
      },
      error: (error: unknown) => {
        this.saving.set(false);
        this.error.set(leadershipProblem(this.i18n, error));
      },
    });
  }
}
