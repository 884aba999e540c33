// Pure scoring of assessments: no database, no Nest. The worker scores with these, the API checks answers with them.
export { scoreAssessment, type ScoringAnswers } from './score';
export { answerProblems } from './answers';
export { compareResults, type ScoredAssessment } from './compare';
