import type { SurveyQuestionKind, SurveyStatus } from '@xinzhi/shared-contracts';
import type { SurveysTranslationKey } from '@xinzhi/web-surveys-i18n';
import type { TenantSurveyState } from './answers';

export const STATUS_LABELS: Readonly<Record<SurveyStatus, SurveysTranslationKey>> = {
  draft: 'surveys.status.draft',
  open: 'surveys.status.open',
  closed: 'surveys.status.closed',
};

export const STATUS_COLORS: Readonly<Record<SurveyStatus, string>> = { draft: 'default', open: 'processing', closed: 'success' };

export const KIND_LABELS: Readonly<Record<SurveyQuestionKind, SurveysTranslationKey>> = {
  single: 'surveys.kind.single',
  multiple: 'surveys.kind.multiple',
  scale: 'surveys.kind.scale',
  text: 'surveys.kind.text',
};

export const STATE_LABELS: Readonly<Record<TenantSurveyState, SurveysTranslationKey>> = {
  toAnswer: 'surveys.state.toAnswer',
  answered: 'surveys.state.answered',
  closed: 'surveys.state.closed',
};

export const STATE_COLORS: Readonly<Record<TenantSurveyState, string>> = { toAnswer: 'orange', answered: 'green', closed: 'default' };
