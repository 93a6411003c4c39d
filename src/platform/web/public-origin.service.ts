import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';

/**
 * The one canonical origin of this instance (scheme, host, port). Redirect URIs and the development
 * OpenID issuer are built from it; mixing `localhost` and `127.0.0.1` would lose cookies mid-flow.
 * When APP_URL is unset it is fixed by `listenApp()` once the real port is known.
 */
@Injectable()
export class PublicOrigin {
  private origin: string | undefined;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.origin = config.appUrl;
  }

  get value(): string {
    if (!this.origin) throw new Error('The public origin is not known before the app listens');
    return this.origin;
  }

  setIfUnset(origin: string): void {
    this.origin ??= origin;
  }
}
