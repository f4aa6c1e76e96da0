/**
 * `im-errors/messages`: IMErrors in words for end users (English and Simplified Chinese built in) and for logs.
 * Apps that ship one locale import `im-errors/messages/en` or `im-errors/messages/zh-CN` instead.
 *
 * @packageDocumentation
 */
import { en } from './en.js';
import { withCatalogs, type ToUserMessage } from './user-message.js';
import { zhCN } from './zh-CN.js';

export * from './core.js';
export { en, zhCN };

/**
 * An IMError in words for end users, in `options.locale` (`'en'` by default; `'zh-CN'`, `'zh_CN'`, `'zh-TW'` → zh-CN,
 * …); the call's own catalogs come before the built-in ones. Never throws, never shows vendor codes or vendor text.
 *
 * @example
 * ```ts
 * toUserMessage(err, { locale: 'zh-CN', context: { group: '读书会' } });
 * ```
 */
export const toUserMessage: ToUserMessage = withCatalogs([en, zhCN], 'en');
