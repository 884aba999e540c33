import { ChangeDetectionStrategy, Component, computed, inject, input, type OnInit, output, signal } from '@angular/core';
import type {
  Assessment,
  AssessmentFramework,
  AssessmentItem,
  AssessmentScene,
  ItemAnswer,
  Member,
  SaveAnswersRequest,
  SceneAnswer,
} from '@xinzhi/shared-contracts';
import { fieldErrorMessage, formatDateTime, I18nService, problemMessage, readApiFailure, TranslatePipe } from '@xinzhi/web-core';
import { injectHandset } from '@xinzhi/web-ui';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzModalService } from 'ng-zorro-antd/modal';
import { NzProgressModule } from 'ng-zorro-antd/progress';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { Observable, of, tap } from 'rxjs';
import { AssessmentClient } from '../data/assessment.client';
import { injectManages } from '../logic/access';
import {
  type AnswerDraft,
  draftFrom,
  evidenceReading,
  formatNumber,
  type ItemDraft,
  questionOfField,
  resumeStepIndex,
  say,
  stepContent,
  stepProgress,
  toggleOption,
  withEvidence,
  wizardProgress,
} from '../logic/wizard';

type SaveState = 'saved' | 'dirty' | 'saving' | 'error';

const NO_ITEM: ItemDraft = { optionIds: [], evidence: {} };

/**
 * The questionnaire of a draft: one step per dimension and per scene group, the progress, each
 * question in plain words with its help and the official wording, evidence numbers that choose the
 * band, scenes with their four level descriptions. Each step is saved on its own (answers merge);
 * it resumes at the first step with an open question. Owners and leaders assign steps to members
 * and submit; members answer the steps assigned to them.
 */
@Component({
  selector: 'xz-assessment-wizard',
  imports: [NzAlertModule, NzButtonModule, NzInputModule, NzProgressModule, NzTagModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './assessment-wizard.component.html',
  styleUrl: './assessment-wizard.component.css',
})
export class AssessmentWizardComponent implements OnInit {
  private readonly client = inject(AssessmentClient);
  private readonly i18n = inject(I18nService);
  private readonly modal = inject(NzModalService);
  protected readonly handset = injectHandset();
  protected readonly manages = injectManages();

  readonly assessment = input.required<Assessment>();
  readonly framework = input.required<AssessmentFramework>();
  /** The assessment after a submit (now `submitted`). */
  readonly submitted = output<Assessment>();

  protected readonly current = signal<Assessment | null>(null);
  protected readonly draft = signal<AnswerDraft>({ items: {}, scenes: {} });
  private readonly touchedItems = new Set<string>();
  private readonly touchedScenes = new Set<string>();
  protected readonly saveState = signal<SaveState>('saved');
  protected readonly savedAt = signal<string | null>(null);
  protected readonly stepError = signal<string | null>(null);
  /** Field errors of the last save, by item or scene id. */
  protected readonly errors = signal<Readonly<Partial<Record<string, readonly string[]>>>>({});
  protected readonly helpOpen = signal<ReadonlySet<string>>(new Set());
  protected readonly officialOpen = signal<ReadonlySet<string>>(new Set());
  protected readonly stepIndex = signal(0);
  protected readonly submitting = signal(false);

  protected readonly members = signal<readonly Member[]>([]);
  protected readonly assigning = signal<string | null>(null);
  protected readonly assignError = signal<string | null>(null);
  protected readonly assignOpen = signal(false);

  protected readonly say = say;
  protected readonly valueOf = (event: Event): string => (event.target as HTMLInputElement | HTMLSelectElement).value;
  protected readonly checkedOf = (event: Event): boolean => (event.target as HTMLInputElement).checked;
  protected readonly locale = this.i18n.locale;

  /** Whether this person may answer anything here. */
  protected readonly answersAny = computed(() => (this.current()?.editableSteps.length ?? 0) > 0);

  /** The steps shown: all for owners and leaders (and for a member with nothing assigned, read-only); else the member's own. */
  protected readonly steps = computed(() => {
    const a = this.current();
    const all = this.framework().steps;
    if (!a || this.manages() || a.editableSteps.length === 0) return all;
    return all.filter((s) => a.editableSteps.includes(s.id));
  });
  protected readonly contents = computed(() => this.steps().map((step) => stepContent(this.framework(), step)));
  protected readonly perStep = computed(() => this.contents().map((content) => stepProgress(content, this.draft())));
  /** Progress over every step of the framework (what a submit would count). */
  protected readonly overall = computed(() =>
    wizardProgress(this.framework().steps.map((step) => stepProgress(stepContent(this.framework(), step), this.draft()))),
  );
  /** Progress over the steps shown (a member's own). */
  protected readonly mine = computed(() => wizardProgress(this.perStep()));
  protected readonly content = computed(() => this.contents()[this.stepIndex()] ?? null);
  protected readonly editable = computed(() => {
    const content = this.content();
    const a = this.current();
    return !!content && !!a && a.status === 'draft' && a.editableSteps.includes(content.step.id);
  });
  /** Who answered each item and scene, as stored (shown to the owner and leaders, who see everyone's steps). */
  protected readonly answeredBy = computed(() => {
    const a = this.current();
    const who = new Map<string, string>();
    for (const x of a?.items ?? []) if (x.answeredBy && x.optionIds.length) who.set(x.itemId, x.answeredBy);
    for (const x of a?.scenes ?? []) if (x.answeredBy) who.set(x.sceneId, x.answeredBy);
    return who;
  });
  protected readonly assignees = computed(() => new Map((this.current()?.assignments ?? []).map((x) => [x.stepId, x])));
  protected readonly assignable = computed(() => this.members().filter((m) => m.userId && m.status === 'active'));

  ngOnInit(): void {
    const a = this.assessment();
    this.current.set(a);
    this.draft.set(draftFrom(a));
    // Resume among the steps this person answers (all of them for owners and leaders).
    const progress = this.perStep();
    const answerable = this.steps()
      .map((s, i) => ({ s, i }))
      .filter(({ s }) => a.editableSteps.includes(s.id));
    const open = answerable.find(({ i }) => !progress[i]?.complete);
    this.stepIndex.set(open ? open.i : answerable.length ? resumeStepIndex(progress) : 0);
    this.savedAt.set(this.lastAnsweredAt(a));
    if (this.manages()) {
      this.client.members().subscribe({
        next: (page) => this.members.set(page.items),
        error: (error: unknown) => this.assignError.set(problemMessage(this.i18n, error)),
      });
    }
  }

  private lastAnsweredAt(a: Assessment): string | null {
    const times = [...a.items.map((x) => x.answeredAt), ...a.scenes.map((x) => x.answeredAt)].sort();
    const last = times[times.length - 1];
    return last ? formatDateTime(last, this.i18n.locale()) : null;
  }

  // -- answers --------------------------------------------------------------------------------

  protected itemDraft(itemId: string): ItemDraft {
    return this.draft().items[itemId] ?? NO_ITEM;
  }

  protected chosen(itemId: string): string | null {
    return this.itemDraft(itemId).optionIds[0] ?? null;
  }

  protected isChecked(itemId: string, optionId: string): boolean {
    return this.itemDraft(itemId).optionIds.includes(optionId);
  }

  protected choose(item: AssessmentItem, optionId: string, checked = true): void {
    const now = this.itemDraft(item.id);
    this.setItem(item.id, { ...now, optionIds: toggleOption(item, now.optionIds, optionId, checked) });
  }

  protected evidenceValue(itemId: string, fieldId: string): number | null {
    return this.itemDraft(itemId).evidence[fieldId] ?? null;
  }

  protected setEvidence(item: AssessmentItem, fieldId: string, raw: string | number | null): void {
    const value = raw === '' || raw === null ? null : Number(raw);
    const now = this.itemDraft(item.id);
    const evidence = withEvidence(now.evidence, fieldId, value !== null && Number.isFinite(value) && value >= 0 ? value : null);
    // Complete numbers choose the band; the person may still pick another option afterwards.
    const reading = evidenceReading(item, evidence);
    this.setItem(item.id, { optionIds: reading ? [reading.optionId] : now.optionIds, evidence });
  }

  protected reading(item: AssessmentItem) {
    const r = evidenceReading(item, this.itemDraft(item.id).evidence);
    if (!r) return null;
    const option = item.options.find((o) => o.id === r.optionId);
    const label = option ? say(option.label, this.locale()) : r.optionId;
    if (r.kind === 'share') {
      const locale = this.locale();
      return this.i18n.t('wizard.evidenceShare', {
        numerator: formatNumber(r.numerator, locale, 2),
        denominator: formatNumber(r.denominator, locale, 2),
        percent: formatNumber(r.percent, locale),
        band: r.band,
      });
    }
    return this.i18n.t('wizard.evidenceChange', { option: label });
  }

  protected sceneLevel(sceneId: string): number | null {
    return this.draft().scenes[sceneId] ?? null;
  }

  protected setScene(scene: AssessmentScene, level: number): void {
    this.draft.update((d) => ({ ...d, scenes: { ...d.scenes, [scene.id]: level } }));
    this.touchedScenes.add(scene.id);
    this.clearError(scene.id);
    this.saveState.set('dirty');
  }

  private setItem(itemId: string, value: ItemDraft): void {
    this.draft.update((d) => ({ ...d, items: { ...d.items, [itemId]: value } }));
    this.touchedItems.add(itemId);
    this.clearError(itemId);
    this.saveState.set('dirty');
  }

  private clearError(id: string): void {
    if (this.errors()[id]) this.errors.update((e) => Object.fromEntries(Object.entries(e).filter(([key]) => key !== id)));
  }

  protected toggleHelp(id: string): void {
    this.helpOpen.update((open) => toggled(open, id));
  }

  protected toggleOfficial(id: string): void {
    this.officialOpen.update((open) => toggled(open, id));
  }

  // -- saving and moving ----------------------------------------------------------------------

  protected readonly dirty = computed(() => this.saveState() === 'dirty' || this.saveState() === 'error');

  /** Saves what changed (nothing to send: done at once). Emits the stored assessment; errors are shown at the questions. */
  protected save(): Observable<Assessment | null> {
    const a = this.current();
    if (!a || (this.touchedItems.size === 0 && this.touchedScenes.size === 0)) return of(a);
    const draft = this.draft();
    const items: ItemAnswer[] = [...this.touchedItems].map((itemId) => {
      const value = draft.items[itemId] ?? NO_ITEM;
      const evidence = Object.keys(value.evidence).length ? { evidence: { ...value.evidence } } : {};
      return { itemId, optionIds: [...value.optionIds], ...evidence };
    });
    const scenes: SceneAnswer[] = [...this.touchedScenes].map((sceneId) => ({ sceneId, level: draft.scenes[sceneId] ?? 0 }));
    const request: SaveAnswersRequest = { ...(items.length ? { items } : {}), ...(scenes.length ? { scenes } : {}) };
    const sentItems = new Set(this.touchedItems);
    const sentScenes = new Set(this.touchedScenes);
    this.touchedItems.clear();
    this.touchedScenes.clear();
    this.saveState.set('saving');
    this.stepError.set(null);
    return new Observable<Assessment | null>((subscriber) => {
      const subscription = this.client
        .saveAnswers(a.id, request)
        .pipe(
          tap({
            next: (stored) => {
              // Keep what was changed while the save was on its way.
              const fresh = draftFrom(stored);
              const local = this.draft();
              const items = { ...fresh.items };
              const scenesNow = { ...fresh.scenes };
              for (const id of this.touchedItems) if (local.items[id]) items[id] = local.items[id];
              for (const id of this.touchedScenes) if (local.scenes[id] !== undefined) scenesNow[id] = local.scenes[id];
              this.current.set(stored);
              this.draft.set({ items, scenes: scenesNow });
              this.errors.set({});
              this.saveState.set(this.touchedItems.size || this.touchedScenes.size ? 'dirty' : 'saved');
              this.savedAt.set(formatDateTime(new Date().toISOString(), this.i18n.locale()));
            },
            error: (error: unknown) => {
              for (const id of sentItems) this.touchedItems.add(id);
              for (const id of sentScenes) this.touchedScenes.add(id);
              this.saveState.set('error');
              this.showProblem(error, request);
            },
          }),
        )
        .subscribe({
          next: (stored) => subscriber.next(stored),
          error: () => subscriber.next(null),
          complete: () => subscriber.complete(),
        });
      return () => subscription.unsubscribe();
    });
  }

  private showProblem(error: unknown, request: SaveAnswersRequest): void {
    const failure = readApiFailure(error);
    const byQuestion: Record<string, string[]> = {};
    const unplaced: string[] = [];
    for (const fieldError of failure?.fieldErrors ?? []) {
      const message = fieldErrorMessage(this.i18n, fieldError);
      const question = questionOfField(fieldError.field, request);
      if (question) (byQuestion[question] ??= []).push(message);
      else unplaced.push(message);
    }
    this.errors.set(byQuestion);
    const top = failure?.status === 403 ? this.i18n.t('wizard.forbidden') : problemMessage(this.i18n, error);
    this.stepError.set([this.i18n.t('wizard.notSaved'), top, ...unplaced].join(' '));
  }

  protected saveNow(): void {
    this.save().subscribe();
  }

  protected goTo(index: number): void {
    if (index < 0 || index >= this.steps().length || index === this.stepIndex()) return;
    this.save().subscribe((stored) => {
      if (stored !== null || !this.dirty()) {
        this.stepIndex.set(index);
        if (typeof window !== 'undefined') window.scrollTo?.({ top: 0 });
      }
    });
  }

  protected goToStepId(stepId: string): void {
    this.goTo(this.steps().findIndex((s) => s.id === stepId));
  }

  // -- assignments and submit (owners and leaders) --------------------------------------------

  protected assign(stepId: string, userId: string): void {
    const a = this.current();
    if (!a || this.assigning()) return;
    this.assigning.set(stepId);
    this.assignError.set(null);
    this.client.assign(a.id, { assignments: [{ stepId, userId: userId || null }] }).subscribe({
      next: (stored) => {
        this.assigning.set(null);
        this.current.update((now) => (now ? { ...now, assignments: stored.assignments, editableSteps: stored.editableSteps } : stored));
      },
      error: (error: unknown) => {
        this.assigning.set(null);
        this.assignError.set(problemMessage(this.i18n, error));
      },
    });
  }

  protected confirmSubmit(): void {
    if (this.submitting()) return;
    const open = this.overall().total - this.overall().answered;
    this.modal.confirm({
      nzTitle: this.i18n.t('wizard.submitTitle'),
      nzContent: open
        ? this.i18n.t('wizard.submitOpen', { open, total: this.overall().total })
        : this.i18n.t('wizard.submitComplete', { total: this.overall().total }),
      nzOkText: this.i18n.t('wizard.submit'),
      nzCancelText: this.i18n.t('common.cancel'),
      nzWrapClassName: 'assessment-submit-confirm',
      nzOnOk: () => this.submit(),
    });
  }

  private submit(): void {
    const a = this.current();
    if (!a) return;
    this.submitting.set(true);
    this.save().subscribe((stored) => {
      if (stored === null) {
        this.submitting.set(false);
        return;
      }
      this.client.submit(a.id).subscribe({
        next: (result) => {
          this.submitting.set(false);
          this.submitted.emit(result);
        },
        error: (error: unknown) => {
          this.submitting.set(false);
          this.stepError.set(problemMessage(this.i18n, error));
        },
      });
    });
  }
}

function toggled(set: ReadonlySet<string>, id: string): ReadonlySet<string> {
  const next = new Set(set);
  if (next.has(id)) next.delete(id);
  else next.add(id);
  return next;
}
