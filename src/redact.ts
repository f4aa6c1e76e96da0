/** Redaction: see `./redact/` (the scanner, the vocabulary of secret names, the value forms, objects by key). */
export { cutBeforeRedaction, redact, redactValue, REDACTED, type Redacted } from './redact/index.js';
