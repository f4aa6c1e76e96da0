/**
 * Every main export carries an `@example` in the doc comment on its declaration (the API reference shows it under
 * "Example"), with code in it. The list names each entry's main exports where they are declared.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const MAIN_EXPORTS: Readonly<Record<string, readonly string[]>> = {
  'src/imerror.ts': ['createIMError', 'isIMError', 'fromJSON', 'IMError'],
  'src/normalizer.ts': ['createNormalizer'],
  'src/define-adapter.ts': ['defineAdapter'],
  'src/mapping.ts': ['resolveCode', 'resolveText'],
  'src/redact/index.ts': ['redact'],
  'src/redact/object.ts': ['redactValue'],
  'src/taxonomy.ts': ['isKind', 'isReasonOf'],
  'src/events.ts': ['subscribeErrors', 'readEvent'],
  'src/retry/run.ts': ['withRetry'],
  'src/retry/validate.ts': ['createRetryPolicy'],
  'src/retry/wrap.ts': ['wrap', 'retryBudgetOf'],
  'src/retry/wrap-client.ts': ['wrapClient'],
  'src/retry/budget.ts': ['createRetryBudget'],
  'src/retry/breaker.ts': ['createCircuitBreaker'],
  'src/retry/history.ts': ['retryHistoryOf'],
  'src/retry/plan.ts': ['planRetry'],
  'src/retry/methods.ts': ['treatmentOf'],
  'src/telemetry.ts': ['otelAttributes'],
  'src/integrations/callbacks.ts': ['fromNodeCallback', 'fromSuccessFail'],
  'adapters/tencent/index.ts': ['tencent', 'normalize'],
  'adapters/easemob/index.ts': ['easemob', 'normalize'],
  'adapters/jmessage/index.ts': ['jmessage', 'normalize'],
  'adapters/agora/index.ts': ['agora', 'normalize'],
  'adapters/tencent/web.ts': ['tencent', 'normalize'],
  'adapters/easemob/web.ts': ['easemob', 'normalize'],
  'src/all.ts': ['normalize'],
  'src/messages/index.ts': ['toUserMessage'],
  'src/http/normalize-response.ts': ['normalizeResponse'],
  'src/http/to-http-status.ts': ['toHttpStatus'],
  'src/http/to-grpc-code.ts': ['toGrpcCode'],
  'src/http/problem-details.ts': ['toProblemDetails'],
  'src/redis/rate-limiter.ts': ['createVendorRateLimiter'],
  'src/redis/shared-budget.ts': ['createSharedRetryBudget'],
  'src/redis/shared-breaker.ts': ['createSharedCircuitBreaker'],
  'src/otel/retry-telemetry.ts': ['withRetryTelemetry'],
  'src/effect/retry.ts': ['withRetry'],
  'src/effect/schedule.ts': ['retrySchedule'],
  'src/effect/from-promise.ts': ['fromPromise'],
  'src/di/register.ts': ['registerIMErrors'],
};

/** The doc comment right above `export … name`, or undefined when the declaration has none. */
function docOf(source: string, name: string): string | undefined {
  const declaration = new RegExp(`(/\\*\\*(?:(?!\\*/)[\\s\\S])*\\*/)\\s*export (?:declare )?(?:async )?(?:function|const|class|abstract class) ${name}\\b`);
  return declaration.exec(source)?.[1];
}

describe('the main exports', () => {
  for (const [file, names] of Object.entries(MAIN_EXPORTS)) {
    const source = readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8');
    for (const name of names) {
      it(`${file}: ${name} has an @example with code`, () => {
        const doc = docOf(source, name);
        expect(doc, `no doc comment on the declaration of ${name}`).toBeDefined();
        const example = doc?.split('@example')[1];
        expect(example, `no @example in the doc comment of ${name}`).toBeDefined();
        expect(example?.replace(/^\s*\*\s?/gm, '').replace(/@\w+[\s\S]*$/, '').trim().length ?? 0).toBeGreaterThan(10);
      });
    }
  }
});
