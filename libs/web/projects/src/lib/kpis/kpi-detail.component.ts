import { ChangeDetectionStrategy, Component, computed, DestroyRef, effect, inject, input, output, signal, untracked } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import type { Kpi, KpiReading, KpiReadingEvent } from '@xinzhi/shared-contracts';
import {
  applyProblemToForm,
  CalendarService,
  FieldErrorPipe,
  formatDateTime,
  I18nService,
  problemMessage,
  revealErrors,
  serverError,
  TranslatePipe,
} from '@xinzhi/web-core';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzPopconfirmModule } from 'ng-zorro-antd/popconfirm';
import { NzProgressModule } from 'ng-zorro-antd/progress';
import { NzSpinModule } from 'ng-zorro-antd/spin';
import { NzTagModule } from 'ng-zorro-antd/tag';
import type { Subscription } from 'rxjs';
import { formatDate, percent } from '../data/labels';
import { ProjectsClient } from '../data/projects.client';
import { linePoints, polyline, valueRange, valueY } from '../logic/kpi-chart';
import { formatValue, KPI_CATEGORY_COLORS, KPI_CATEGORY_LABELS, KPI_DIRECTION_LABELS, READING_INTERVAL_LABELS } from './kpi-labels';

const CHART_W = 560;
const CHART_H = 200;
const CHART_PAD = 24;

/** Texts for the API's field errors of a reading. */
const READING_FIELD_MESSAGES = {
  'takenOn:future': 'kpis.future',
  'takenOn:conflict': 'kpis.sameDay',
  'takenOn:unique': 'kpis.sameDay',
  'takenOn:exists': 'kpis.sameDay',
  'value:isNumber': 'kpis.notNumber',
  'value:isNumberString': 'kpis.notNumber',
} as const;

/** Texts for the API's field errors of a correction. */
const CORRECTION_FIELD_MESSAGES = {
  'takenOn:future': 'kpis.future',
  'takenOn:conflict': 'kpis.sameDayOther',
  'takenOn:unique': 'kpis.sameDayOther',
  'value:isNumber': 'kpis.notNumber',
} as const;

/**
 * One KPI: its figures, a chart of the readings with baseline and target lines (inline SVG), the
 * readings table and, for those allowed, a form to record a reading and, on each reading, correct or
 * delete it (with the history of corrections and deletions below); owners and leaders edit or
 * delete the KPI from here.
 */
@Component({
  selector: 'xz-kpi-detail',
  imports: [
    ReactiveFormsModule,
    NzAlertModule,
    NzButtonModule,
    NzFormModule,
    NzIconModule,
    NzInputModule,
    NzPopconfirmModule,
    NzProgressModule,
    NzSpinModule,
    NzTagModule,
    TranslatePipe,
    FieldErrorPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './kpi-detail.component.html',
  styleUrl: './kpi-detail.component.css',
})
export class KpiDetailComponent {
  private readonly client = inject(ProjectsClient);
  private readonly i18n = inject(I18nService);
  private readonly calendar = inject(CalendarService);
  private readonly fb = inject(NonNullableFormBuilder);

  readonly kpi = input.required<Kpi>();
  /** Owners and leaders: edit and delete. */
  readonly canManage = input(false);
  /** Owners, leaders and the KPI's owner: record readings. */
  readonly canRecord = input(false);
  readonly deleting = input(false);
  readonly edit = output<Kpi>();
  readonly remove = output<Kpi>();
  /** A reading was recorded: the KPI's latest value and attainment changed. */
  readonly recorded = output<KpiReading>();
  /** A reading was corrected or deleted: the KPI's numbers changed too. */
  readonly corrected = output<'corrected' | 'deleted'>();

  protected readonly categoryLabels = KPI_CATEGORY_LABELS;
  protected readonly categoryColors = KPI_CATEGORY_COLORS;
  protected readonly directionLabels = KPI_DIRECTION_LABELS;
  protected readonly intervalLabels = READING_INTERVAL_LABELS;
  protected readonly percent = percent;
  protected readonly width = CHART_W;
  protected readonly height = CHART_H;
  protected readonly pad = CHART_PAD;

  protected readonly readings = signal<readonly KpiReading[]>([]);
  protected readonly loading = signal(false);
  protected readonly loadError = signal<string | null>(null);
  protected readonly saving = signal(false);
  protected readonly readingError = signal<string | null>(null);
  private call: Subscription | null = null;
  private eventsCall: Subscription | null = null;

  /** Corrections and deletions of the KPI's readings, newest first. */
  protected readonly events = signal<readonly KpiReadingEvent[]>([]);
  /** The reading being corrected in its row. */
  protected readonly editingId = signal<string | null>(null);
  protected readonly correcting = signal(false);
  protected readonly correctionError = signal<string | null>(null);
  /** The reading being deleted. */
  protected readonly removingId = signal<string | null>(null);
  protected readonly editForm = this.fb.group({
    takenOn: this.fb.control('', [Validators.required]),
    value: this.fb.control<number | null>(null, [Validators.required]),
  });

  protected readonly form = this.fb.group({
    takenOn: this.fb.control(this.calendar.today(), [Validators.required]),
    value: this.fb.control<number | null>(null, [Validators.required]),
  });
  protected readonly today = this.calendar.today();

  /** Newest first for the table. */
  protected readonly rows = computed(() => [...this.readings()].reverse());
  protected readonly chart = computed(() => {
    const kpi = this.kpi();
    const values = this.readings().map((r) => r.value);
    const range = valueRange(values, [kpi.baseline, kpi.target]);
    const points = linePoints(values, CHART_W, CHART_H, CHART_PAD, range);
    const readings = this.readings();
    const dots = values.length > 1 ? points.map((p, i) => ({ ...p, reading: readings[i] as KpiReading })) : [];
    return {
      line: polyline(points),
      dots,
      baselineY: valueY(kpi.baseline, CHART_H, CHART_PAD, range),
      targetY: valueY(kpi.target, CHART_H, CHART_PAD, range),
      first: readings[0]?.takenOn ?? null,
      last: readings.length > 1 ? (readings[readings.length - 1]?.takenOn ?? null) : null,
    };
  });

  constructor() {
    effect(() => {
      const id = this.kpi().id;
      untracked(() => this.load(id));
    });
    inject(DestroyRef).onDestroy(() => {
      this.call?.unsubscribe();
      this.eventsCall?.unsubscribe();
    });
  }

  protected value(value: number | null | undefined): string {
    return formatValue(value, this.i18n.locale());
  }

  protected date(date: string | null): string {
    return formatDate(date, this.i18n.locale());
  }

  protected reload(): void {
    this.load(this.kpi().id);
  }

  private load(kpiId: string): void {
    this.loadEvents(kpiId);
    this.call?.unsubscribe();
    this.loading.set(true);
    this.loadError.set(null);
    this.call = this.client.readings(kpiId).subscribe({
      next: (readings) => {
        this.readings.set(readings);
        this.loading.set(false);
      },
      error: (error: unknown) => {
        this.loadError.set(problemMessage(this.i18n, error));
        this.loading.set(false);
      },
    });
  }

  private loadEvents(kpiId: string): void {
    this.eventsCall?.unsubscribe();
    this.eventsCall = this.client.readingEvents(kpiId).subscribe({
      next: (events) => this.events.set([...events].reverse()),
      error: () => this.events.set([]),
    });
  }

  /** One line of the history: "corrected from X to Y by … at …", "deleted by … at …". */
  protected describe(event: KpiReadingEvent): string {
    const locale = this.i18n.locale();
    const unit = this.kpi().unit;
    const params = {
      date: this.date(event.before.takenOn),
      from: `${this.value(event.before.value)} ${unit}`.trim(),
      name: event.actorName ?? '—',
      when: formatDateTime(event.at, locale),
    };
    if (!event.after) return this.i18n.t('kpis.history.deleted', params);
    const to = `${this.value(event.after.value)} ${unit}`.trim();
    if (event.after.takenOn !== event.before.takenOn)
      return this.i18n.t('kpis.history.correctedDate', { ...params, to, toDate: this.date(event.after.takenOn) });
    return this.i18n.t('kpis.history.corrected', { ...params, to });
  }

  protected startEdit(reading: KpiReading): void {
    this.correctionError.set(null);
    this.editForm.reset({ takenOn: reading.takenOn, value: reading.value });
    this.editingId.set(reading.id);
  }

  protected cancelEdit(): void {
    this.editingId.set(null);
    this.correctionError.set(null);
  }

  protected submitEdit(): void {
    const reading = this.readings().find((r) => r.id === this.editingId());
    if (reading) this.saveEdit(reading);
  }

  private saveEdit(reading: KpiReading): void {
    if (this.correcting()) return;
    this.correctionError.set(null);
    if (!revealErrors(this.editForm)) return;
    const raw = this.editForm.getRawValue();
    const request = {
      ...(raw.takenOn !== reading.takenOn ? { takenOn: raw.takenOn } : {}),
      ...(Number(raw.value) !== reading.value ? { value: Number(raw.value) } : {}),
    };
    if (!Object.keys(request).length) {
      this.editingId.set(null);
      return;
    }
    this.correcting.set(true);
    this.client.correctReading(reading.id, request).subscribe({
      next: (saved) => {
        this.correcting.set(false);
        this.editingId.set(null);
        this.readings.update((list) => list.map((r) => (r.id === saved.id ? saved : r)).sort((a, b) => a.takenOn.localeCompare(b.takenOn)));
        this.loadEvents(this.kpi().id);
        this.corrected.emit('corrected');
      },
      error: (error: unknown) => {
        this.correcting.set(false);
        const top = applyProblemToForm(this.i18n, this.editForm, error, { messages: CORRECTION_FIELD_MESSAGES });
        const fields = [this.editForm.controls.takenOn, this.editForm.controls.value]
          .map((control) => serverError(control.errors)?.message)
          .filter((message): message is string => !!message);
        this.correctionError.set(fields.length ? fields.join(' ') : top);
      },
    });
  }

  protected removeReading(reading: KpiReading): void {
    if (this.removingId()) return;
    this.correctionError.set(null);
    this.removingId.set(reading.id);
    this.client.deleteReading(reading.id).subscribe({
      next: () => {
        this.removingId.set(null);
        this.readings.update((list) => list.filter((r) => r.id !== reading.id));
        this.loadEvents(this.kpi().id);
        this.corrected.emit('deleted');
      },
      error: (error: unknown) => {
        this.removingId.set(null);
        this.correctionError.set(problemMessage(this.i18n, error));
      },
    });
  }

  protected record(): void {
    if (this.saving()) return;
    this.readingError.set(null);
    if (!revealErrors(this.form)) return;
    const raw = this.form.getRawValue();
    this.saving.set(true);
    this.client.createReading(this.kpi().id, { takenOn: raw.takenOn, value: Number(raw.value) }).subscribe({
      next: (reading) => {
        this.saving.set(false);
        this.readings.update((list) => [...list, reading].sort((a, b) => a.takenOn.localeCompare(b.takenOn)));
        this.form.reset({ takenOn: this.calendar.today(), value: null });
        this.recorded.emit(reading);
      },
      error: (error: unknown) => {
        this.saving.set(false);
        const top = applyProblemToForm(this.i18n, this.form, error, { messages: READING_FIELD_MESSAGES });
        const fields = [this.form.controls.takenOn, this.form.controls.value]
          .map((control) => serverError(control.errors)?.message)
          .filter((message): message is string => !!message);
        this.readingError.set(fields.length ? fields.join(' ') : top);
      },
    });
  }
}
