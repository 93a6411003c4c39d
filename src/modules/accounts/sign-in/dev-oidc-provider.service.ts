import { Inject, Injectable, Logger } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { createHash, createHmac, generateKeyPairSync } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type Provider from 'oidc-provider';
import { APP_CONFIG, type AppConfig } from '../../../config/app-config.js';
import { PublicOrigin } from '../../../platform/web/public-origin.service.js';

export const DEV_OIDC_MOUNT = '/dev-oidc';
export const DEV_OIDC_CLIENT_ID = 'candor-local';
export const DEV_INTERACTION_PATH = '/dev-sign-in';

export function devClientSecret(sessionSecret: string): string {
  return createHmac('sha256', sessionSecret).update('dev-oidc-client').digest('base64url');
}

/** Identities typed into the development login page, by subject; claims live only for the flow. */
interface DevIdentity {
  name: string;
  email: string;
}

/**
 * A real OpenID provider (`oidc-provider`) mounted in the same process for local use and tests, so
 * sign-in always runs the genuine authorization-code flow. Never active in production: config
 * refuses to start without a real provider there.
 */
@Injectable()
export class DevOidcProviderService {
  private readonly logger = new Logger('DevOidcProvider');
  private provider: Promise<Provider> | undefined;
  private readonly identities = new Map<string, DevIdentity>();

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly origin: PublicOrigin,
  ) {}

  get enabled(): boolean {
    return this.config.signIn.kind === 'dev' && !this.config.isProduction;
  }

  /** Express middleware mounted at DEV_OIDC_MOUNT before Nest's router (see configureApp). */
  readonly middleware = (req: Request, res: Response, next: NextFunction): void => {
    if (!this.enabled) return next();
    this.get()
      .then((provider) => provider.callback()(req as IncomingMessage, res as ServerResponse))
      .catch(next);
  };

  /** Subject ids are stable per email so the same person keeps the same account across restarts. */
  subjectFor(email: string): string {
    return createHash('sha256').update(email.trim().toLowerCase()).digest('hex').slice(0, 32);
  }

  async interactionDetails(req: Request, res: Response): Promise<{ uid: string; prompt: string; clientId: string }> {
    const provider = await this.get();
    const details = await provider.interactionDetails(req, res);
    return { uid: details.uid, prompt: details.prompt.name, clientId: String(details.params.client_id) };
  }

  /** Completes login and consent in one step: the development provider has nothing to consent to. */
  async finishLogin(req: Request, res: Response, identity: DevIdentity): Promise<void> {
    const provider = await this.get();
    const details = await provider.interactionDetails(req, res);
    const accountId = this.subjectFor(identity.email);
    this.identities.set(accountId, identity);
    const grant = new provider.Grant({ accountId, clientId: String(details.params.client_id) });
    grant.addOIDCScope('openid email profile');
    const grantId = await grant.save();
    await provider.interactionFinished(req, res, { login: { accountId }, consent: { grantId } }, { mergeWithLastSubmission: false });
  }

  /** `description` travels back to our own callback, which shows its own (translated) notice. */
  async abort(req: Request, res: Response, description: string): Promise<void> {
    const provider = await this.get();
    await provider.interactionFinished(req, res, { error: 'access_denied', error_description: description }, { mergeWithLastSubmission: false });
  }

  private get(): Promise<Provider> {
    this.provider ??= this.create();
    return this.provider;
  }

  private async create(): Promise<Provider> {
    const { default: ProviderClass } = await import('oidc-provider');
    const origin = this.origin.value;
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const provider = new ProviderClass(`${origin}${DEV_OIDC_MOUNT}`, {
      clients: [
        {
          client_id: DEV_OIDC_CLIENT_ID,
          client_secret: devClientSecret(this.config.secrets.sessionSecret),
          redirect_uris: [`${origin}/auth/callback`],
          grant_types: ['authorization_code'],
          response_types: ['code'],
          token_endpoint_auth_method: 'client_secret_basic',
        },
      ],
      jwks: { keys: [privateKey.export({ format: 'jwk' }) as never] },
      cookies: { keys: [createHmac('sha256', this.config.secrets.sessionSecret).update('dev-oidc-cookies').digest('base64url')] },
      claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
      features: { devInteractions: { enabled: false } },
      // Put email and name in the ID token itself, as Google does.
      conformIdTokenClaims: false,
      pkce: { required: () => true },
      interactions: { url: (_ctx, interaction) => `${DEV_INTERACTION_PATH}/${interaction.uid}` },
      findAccount: (_ctx, sub) => {
        const identity = this.identities.get(sub);
        if (!identity) return undefined;
        return {
          accountId: sub,
          claims: () => ({ sub, email: identity.email, email_verified: true, name: identity.name }),
        };
      },
      ttl: { Interaction: 600, Session: 600, Grant: 600, AuthorizationCode: 60, IdToken: 300, AccessToken: 300 },
      renderError: (ctx, out) => {
        ctx.type = 'text/plain; charset=utf-8';
        ctx.body = `Sign-in error: ${out.error}${out.error_description ? ` — ${out.error_description}` : ''}`;
      },
    });
    this.logger.log(`Development OpenID provider at ${origin}${DEV_OIDC_MOUNT}`);
    return provider;
  }
}
