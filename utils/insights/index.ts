export { DAY_MS, HOUR_MS, PERIOD_CHOICES, inPeriod, periodEnding } from './period';
export type { Period, PeriodDays } from './period';
export { fastestCount, fastestShareMean, mean, median } from './stats';
export { responseTime } from './response';
export type { ResponseTime } from './response';
export { DAY_LIMIT_HOURS, MIN_COMMENTS_TO_JUDGE, forPage, summarize, tooFewToJudge, visitorCommentsIn } from './summary';
export type { Duration, InsightsSummary, Rate, SummaryInput } from './summary';
export { dailySeries } from './daily';
export type { DayPoint } from './daily';
