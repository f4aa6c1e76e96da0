/**
 * The message machinery without any catalog: every locale entry re-exports it, so an app that imports only
 * `im-errors/messages/en` ships no other locale's text. The helpers behind it (template rendering, locale chains,
 * context cleaning) are internal: tests import them from their own files.
 */
export { catalogProblems, defineCatalog, extendCatalog } from './catalog.js';
export type {
  Catalog,
  CatalogMessages,
  CatalogOverrides,
  CatalogSpec,
  CodeMessages,
  Durations,
  Entry,
  KindMessages,
  PluralForms,
  Sentence,
  StepOverrides,
  Steps,
} from './catalog.js';
export type { MessageContext } from './context.js';
export { toDeveloperMessage } from './developer-message.js';
export type { Template, TemplateValues } from './template.js';
export { withCatalogs } from './user-message.js';
export type { ToUserMessage, UserMessageOptions } from './user-message.js';
