/**
 * The message machinery without any catalog: every locale entry re-exports it, so an app that imports only
 * `im-errors/messages/en` ships no other locale's text.
 */
export { catalogProblems, defineCatalog, entryStep, entryText, extendCatalog } from './catalog.js';
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
export { MAX_CONTEXT_TEXT, PLACEHOLDERS, cleanContextText } from './context.js';
export type { MessageContext } from './context.js';
export { toDeveloperMessage } from './developer-message.js';
export { canonicalLocale, localeChain, resolveCatalog } from './locale.js';
export { renderTemplate, templateProblems } from './template.js';
export type { Template, TemplateValues } from './template.js';
export { renderUserMessage, withCatalogs } from './user-message.js';
export type { ToUserMessage, UserMessageOptions } from './user-message.js';
