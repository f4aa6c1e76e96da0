/**
 * The one door to tsyringe: `reflect-metadata` is imported first, because tsyringe throws at import time without a
 * `Reflect` metadata polyfill. Every module of `im-errors/di` takes tsyringe from here.
 */
import 'reflect-metadata';

export { instancePerContainerCachingFactory } from 'tsyringe';
export type { DependencyContainer } from 'tsyringe';
