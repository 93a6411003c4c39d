import { Inject, Injectable } from '@nestjs/common';
import type * as OpenId from 'openid-client';
import { APP_CONFIG, type AppConfig } from '../../../config/app-config.js';
import { PublicOrigin } from '../../../platform/web/public-origin.service.js';
import type { VerifiedIdentity } from '../../../platform/identity/users.service.js';
import { DEV_OIDC_CLIENT_ID, DEV_OIDC_MOUNT, devClientSecret } from './dev-oidc-provider.service.js';

/** The state we must get back unchanged from the provider (kept in a short-lived signed cookie). */
export interface SignInHandshake {
  state: string;
  nonce: string;
  codeVerifier: string;
  returnTo: string;
}

export class SignInFailedError extends Error {
  override name = 'SignInFailedError';
}

/** openid-client (and jose), imported by the first sign-in rather than at start-up (issue #18). */
const openidClient = (): Promise<typeof OpenId> => import('openid-client');

/**
 * The relying-party side of OpenID Connect: authorization-code flow with PKCE, state and nonce
 * (promise A1). Google, any OIDC issuer, or the built-in development provider.
 */
@Injectable()
export class OidcClientService {
  private configuration: Promise<OpenId.Configuration> | undefined;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly origin: PublicOrigin,
  ) {}

  get providerKind(): AppConfig['signIn']['kind'] {
    return this.config.signIn.kind;
  }

  get redirectUri(): string {
    return `${this.origin.value}/auth/callback`;
  }

  async begin(returnTo: string): Promise<{ url: URL; handshake: SignInHandshake }> {
    const configuration = await this.discover();
    const oidc = await openidClient();
    const handshake: SignInHandshake = {
      state: oidc.randomState(),
      nonce: oidc.randomNonce(),
      codeVerifier: oidc.randomPKCECodeVerifier(),
      returnTo,
    };
    const url = oidc.buildAuthorizationUrl(configuration, {
      redirect_uri: this.redirectUri,
      scope: 'openid email profile',
      response_type: 'code',
      state: handshake.state,
      nonce: handshake.nonce,
      code_challenge: await oidc.calculatePKCECodeChallenge(handshake.codeVerifier),
      code_challenge_method: 'S256',
      prompt: this.config.signIn.kind === 'google' ? 'select_account' : 'login',
    });
    return { url, handshake };
  }

  /** Exchanges the code and verifies the ID token; returns only the claims we keep. */
  async complete(callbackUrl: URL, handshake: SignInHandshake): Promise<VerifiedIdentity> {
    const configuration = await this.discover();
    const oidc = await openidClient();
    let claims: (OpenId.IDToken & Record<string, unknown>) | undefined;
    try {
      const tokens = await oidc.authorizationCodeGrant(configuration, callbackUrl, {
        pkceCodeVerifier: handshake.codeVerifier,
        expectedState: handshake.state,
        expectedNonce: handshake.nonce,
        idTokenExpected: true,
      });
      claims = tokens.claims();
      // Some issuers put profile claims only in the userinfo response, not the ID token.
      if (claims && typeof claims.email !== 'string') {
        const info = await oidc.fetchUserInfo(configuration, tokens.access_token, claims.sub);
        claims = { ...claims, email: info.email, email_verified: info.email_verified, name: info.name, picture: info.picture };
      }
    } catch (error) {
      throw new SignInFailedError(`The identity provider did not confirm the sign-in: ${(error as Error).message}`);
    }
    if (!claims) throw new SignInFailedError('The identity provider returned no ID token');
    const email = typeof claims.email === 'string' ? claims.email.trim() : '';
    if (!email) throw new SignInFailedError('The identity provider did not share an email address');
    if (claims.email_verified === false) throw new SignInFailedError('The email address is not verified with the provider');
    return {
      provider: this.config.signIn.kind,
      subject: claims.sub,
      email,
      name: typeof claims.name === 'string' ? claims.name : undefined,
      picture: typeof claims.picture === 'string' ? claims.picture : undefined,
    };
  }

  /** Discovery runs on first use, when the origin (and so the development issuer) is known. */
  private discover(): Promise<OpenId.Configuration> {
    this.configuration ??= this.runDiscovery().catch((error: unknown) => {
      this.configuration = undefined; // let the next attempt retry
      throw new SignInFailedError(`Could not reach the identity provider: ${(error as Error).message}`);
    });
    return this.configuration;
  }

  private async runDiscovery(): Promise<OpenId.Configuration> {
    const signIn = this.config.signIn;
    const oidc = await openidClient();
    if (signIn.kind === 'dev') {
      const issuer = new URL(`${this.origin.value}${DEV_OIDC_MOUNT}`);
      return oidc.discovery(issuer, DEV_OIDC_CLIENT_ID, devClientSecret(this.config.secrets.sessionSecret), undefined, {
        execute: issuer.protocol === 'http:' ? [oidc.allowInsecureRequests] : [],
      });
    }
    return oidc.discovery(new URL(signIn.issuerUrl), signIn.clientId, signIn.clientSecret);
  }
}
