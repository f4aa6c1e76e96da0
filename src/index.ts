/**
 * `im-errors`: the IMError taxonomy and the normalizer. Vendor adapters are separate entries
 * (`im-errors/tencent`, `im-errors/easemob`, `im-errors/jmessage`) so an app ships only the tables it uses.
 *
 * @packageDocumentation
 */
export { KINDS, REASONS, RECOVERIES, VENDORS, isKind, isReasonOf } from './taxonomy.js';
export type { Kind, Reason, ReasonOf, Recovery, Vendor } from './taxonomy.js';
export { createIMError, fromEntry, fromJSON, IMError, isIMError } from './imerror.js';
export type { ErrorLink, IMErrorContext, IMErrorFields, IMErrorInit, IMErrorJSON, IMErrorOf } from './imerror.js';
export { createNormalizer } from './normalizer.js';
export { DEFAULT_STACK_FRAMES, setStackFrames, type StackFrames } from './stack.js';
export { defineAdapter } from './define-adapter.js';
export type { Normalize, NormalizeOptions, NormalizerOptions, PlatformOf } from './normalizer.js';
export type { AdapterOptions, AdapterParts, AdapterSpec, ParsedError, ParsedLink, VendorAdapter } from './adapter.js';
export { resolveCode, resolveText } from './mapping.js';
export type { CodeRange, CodeTable, MappingEntry, Resolution, TextRule, VendorMappings } from './mapping.js';
export { redact, redactValue, type Redacted } from './redact.js';
export { eventNames, readEvent, subscribeErrors } from './events.js';
export type { EventContext, EventMeaning, EventRule, EventSink, EventSource, EventTable, Unsubscribe } from './events.js';
export { withRetry } from './retry/run.js';
export { retryHistoryOf } from './retry/history.js';
export { DEFAULT_RETRY_POLICY } from './retry/default-policy.js';
export { MAX_DELAY_MS, createRetryPolicy, validateRetryPolicy } from './retry/validate.js';
export { RATE_LIMIT_MIN_WAIT_MS } from './retry/policy.js';
export { INITIAL_RETRY_STATE, backoffDelay, planRetry, ruleFor, selects } from './retry/plan.js';
export type { GiveUpReason, RetryPlan, RetryState } from './retry/plan.js';
export type { Backoff, ErrorSelector, Jitter, RetryAction, RetryPolicy, RetryRule } from './retry/policy.js';
export type { AbortSignalLike, AttemptContext, AttemptRecord, Clock, ErrorNormalizer, FailureReader, RetryHistory, RetryHooks, RetryOptions } from './retry/options.js';
export { DEFAULT_RETRY_BUDGET, createRetryBudget } from './retry/budget.js';
export type { RetryBudget, RetryBudgetOptions, RetryBudgetSnapshot } from './retry/budget.js';
export { BREAKER_OUTCOMES, DEFAULT_CIRCUIT_BREAKER, createCircuitBreaker } from './retry/breaker.js';
export type { BreakerOutcome, BreakerPass, BreakerRefusal, CircuitBreaker, CircuitBreakerOptions, CircuitSnapshot, CircuitState } from './retry/breaker.js';
export type {
  BreakerReport,
  CircuitBreakerStore,
  FleetVerdict,
  ReconcileSchedule,
  RetryBudgetDelta,
  RetryBudgetShare,
  RetryBudgetStore,
} from './retry/shared-state.js';
export { wrap, retryBudgetOf } from './retry/wrap.js';
export { wrapClient } from './retry/wrap-client.js';
export type { WrapClientOptions } from './retry/wrap-client.js';
export { TREATMENTS, entryOf, treatmentOf } from './retry/methods.js';
export type { MethodEntry, MethodSafety, MethodTable, MethodTreatment } from './retry/methods.js';
export { CANCELLED, CIRCUIT_OPEN } from './retry/errors.js';
export { fromNodeCallback, fromSuccessFail } from './integrations/callbacks.js';
export type { NodeCallback, SuccessFailCallbacks } from './integrations/callbacks.js';
export { otelAttributes } from './telemetry.js';
export type { AttributeValue, IMErrorAttributes } from './telemetry.js';
