import { type DynamicModule, Global, Module } from '@nestjs/common';
import { LocaleController } from './locale.controller.js';
import type { Locale } from './locale.js';
import { type MessageCatalog, Translator } from './translator.js';

/**
 * Korean and English: the translator over every area's catalog, the per-request locale (see
 * `locale.middleware.ts`) and the language switcher. Global: every module renders text.
 */
@Global()
@Module({})
export class I18nModule {
  static forRoot(catalogs: readonly MessageCatalog[], defaultLocale: Locale): DynamicModule {
    return {
      module: I18nModule,
      controllers: [LocaleController],
      providers: [{ provide: Translator, useValue: new Translator(catalogs, defaultLocale) }],
      exports: [Translator],
    };
  }
}
