/**
 * `im-errors/redis`: a backend fleet's shared state on Redis — the vendor rate limiter (on rate-limiter-flexible),
 * the cluster retry budget and the quorum circuit breaker — with the vendors' REST limits as data. For servers only
 * (Node): rate-limiter-flexible and the Redis client (`redis` or `ioredis`) are optional peers, and every part works
 * in memory without them. See docs/servers-at-scale.md.
 */
export { easemobRestLimits } from '../../mappings/easemob-rest-limits.js';
export { tencentRestLimits } from '../../mappings/tencent-rest-limits.js';
export { commandSender, scriptRunner } from './client.js';
export type { IoRedisClient, LuaScript, NodeRedisClient, RedisClient, ScriptRunner } from './client.js';
export type { FleetOptions } from './fleet-options.js';
export { BREAKER_SCRIPT, BUDGET_SCRIPT } from './fleet-scripts.js';
export { redisGuard } from './guard.js';
export type { RedisGuard, RedisGuardOptions } from './guard.js';
export { limitOf } from './limit-table.js';
export type { LimitWindow, RestLimit, RestLimitTable } from './limit-table.js';
export { breakerStep, budgetStep, createMemoryFleet } from './memory-fleet.js';
export type { BreakerState, BreakerStepArgs, BreakerStepResult, BudgetState, BudgetStepArgs, BudgetStepResult, MemoryFleet } from './memory-fleet.js';
export { createVendorRateLimiter } from './rate-limiter.js';
export type { VendorCallOptions, VendorRateLimiter, VendorRateLimiterOptions } from './rate-limiter.js';
export { createSharedBreakerStore, createSharedCircuitBreaker } from './shared-breaker.js';
export type { SharedCircuitBreakerOptions } from './shared-breaker.js';
export { createSharedBudgetStore, createSharedRetryBudget } from './shared-budget.js';
export type { SharedRetryBudgetOptions } from './shared-budget.js';
