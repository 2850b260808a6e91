/**
 * A screen loaded on demand together with the staff texts it reads (i18n.ts, STAFF_TEXT_AREAS),
 * so it never draws a key in place of a sentence, and a child's first screen carries neither.
 */
import type { ComponentType } from 'preact';
import { lazy } from 'preact-iso';
import { loadTextAreas, type StaffTextArea } from './i18n';

export function lazyWithTexts<P>(load: () => Promise<ComponentType<P>>, areas: readonly StaffTextArea[]): ComponentType<P> {
  return lazy(async () => {
    const [component] = await Promise.all([load(), loadTextAreas(areas)]);
    return component;
  });
}
