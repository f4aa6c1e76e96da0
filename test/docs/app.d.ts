/**
 * What the documentation's snippets take from the app around them: its SDK instance, its own functions and the
 * values in scope where a snippet runs. Declared here once, typed as loosely as an app's own code would be, so that
 * `snippets.test.ts` compiles every snippet against the real package types.
 */
import type { IMError } from 'im-errors';

/** Any method, any arguments, a promise back. */
type AnyMethod = (...args: readonly unknown[]) => Promise<unknown>;
/** An SDK instance: its event registration and any other method. */
type AnyClient = { readonly on: AnyMethod; readonly off: AnyMethod; readonly [method: string]: AnyMethod };

declare global {
  const chat: AnyClient;
  const conn: AnyClient;
  const JIM: AnyClient;
  const TencentCloudChat: { create(options: object): AnyClient };
  const ChatClient: { getInstance(): { chatManager: AnyClient; addConnectionListener(listener: object): void } };
  const SDKAppID: number;
  const userID: string;
  const log: { info(message: string, fields: object): void };
  const ui: { setOnline(online: boolean): void };
  const conversationID: string;
  const message: unknown;
  const signal: AbortSignal;
  const err: IMError;
  function renewUserSig(): Promise<void>;
  function fetchUserSig(): Promise<string>;
  function refreshUserSig(): Promise<void>;
  function refreshCredentials(error: IMError): Promise<void>;
  function renewToken(): void;
  function goToSignIn(reason?: string): void;
  function toast(text: string): void;
  function showSignedInElsewhere(): void;
  function retryLater(ms: number): void;
  function refreshContacts(): void;
  function keepDraft(text: string): void;
  function showOfflineBanner(): void;
  function report(text: string): void;
  // A server calling the vendors' REST APIs (docs/servers.md).
  const axios: { post(url: string, body?: unknown, config?: object): Promise<{ readonly data: unknown }> };
  const got: { post(url: string, options?: object): Promise<unknown> };
  const restUrl: string;
  const restBody: string;
  const res: { writeHead(status: number, headers: object): { end(body?: string): void } };
  const callback: (error: { code: number; details: string } | null, value?: unknown) => void;
  const userLocale: string;
}
