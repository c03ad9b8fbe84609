import { Aws, Duration, Fn, Stack, type StackProps, Tags } from 'aws-cdk-lib';
import {
  CacheCookieBehavior,
  CacheHeaderBehavior,
  CachePolicy,
  CacheQueryStringBehavior,
  Function as CloudFrontFunction,
  FunctionCode,
  FunctionRuntime,
  HeadersFrameOption,
  HeadersReferrerPolicy,
  type ICachePolicy,
  type IFunction,
  type IResponseHeadersPolicy,
  ResponseHeadersPolicy,
} from 'aws-cdk-lib/aws-cloudfront';
import { StringParameter } from 'aws-cdk-lib/aws-ssm';
import type { Construct } from 'constructs';
import { forwardedHostCode, miniSiteIndexCode } from '#infra/definitions/shared-files-functions';
import { webAppContentSecurityPolicy } from '#infra/definitions/web-app-headers';
import { webAppRewriteCode } from '#infra/definitions/web-app-rewrite';

export const sharedEdgeStackName = 'Preau-Shared-Edge';

/**
 * Where the shared parts' ids are kept (SSM, in the schools' account and region). A school stack reads them at
 * deploy time (`valueForStringParameter`): no CloudFormation export pins them, so the shared stack may change a
 * part without first removing every school's use of it.
 */
export const sharedEdgeParameters = {
  webAppRewrite: '/preau/shared-edge/functions/web-app-rewrite',
  forwardedHost: '/preau/shared-edge/functions/forwarded-host',
  miniSiteIndex: '/preau/shared-edge/functions/mini-site-index',
  apiCache: '/preau/shared-edge/cache-policies/api-compressed',
  webAppHeaders: '/preau/shared-edge/response-headers-policies/web-app',
  sharedFilesHeaders: '/preau/shared-edge/response-headers-policies/shared-files',
} as const;

/**
 * The CloudFront parts every school's distribution uses, made once for the account: an account holds 100
 * CloudFront Functions, 20 cache policies and 20 response headers policies, which a few dozen schools, each with
 * their own, would have used up. They read nothing of a school (each distribution is its own origin and host).
 */
export class SharedEdgeStack extends Stack {
  constructor(scope: Construct, props: StackProps = {}) {
    super(scope, sharedEdgeStackName, {
      description: "Préau: the CloudFront functions and policies shared by every school's distribution",
      ...props,
    });
    Tags.of(this).add('preau:scope', 'authority');

    const publish = (key: keyof typeof sharedEdgeParameters, value: string, description: string) =>
      new StringParameter(this, `${key[0]?.toUpperCase()}${key.slice(1)}Parameter`, {
        parameterName: sharedEdgeParameters[key],
        description: `Préau: ${description}`,
        stringValue: value,
      });

    const functions = {
      webAppRewrite: { code: webAppRewriteCode, comment: 'deep links of the web app get index.html' },
      forwardedHost: { code: forwardedHostCode, comment: 'the API learns the address the viewer used' },
      miniSiteIndex: { code: miniSiteIndexCode, comment: "a mini-site's address gets its index page" },
    };
    for (const [key, { code, comment }] of Object.entries(functions)) {
      const fn = new CloudFrontFunction(this, `${key[0]?.toUpperCase()}${key.slice(1)}`, {
        runtime: FunctionRuntime.JS_2_0,
        code: FunctionCode.fromInline(code),
        comment: `Preau: ${comment}`,
      });
      publish(key as keyof typeof functions, fn.functionArn, `the CloudFront Function: ${comment}`);
    }

    // The API's answers compressed at the edge (`/api/places` is some 69 KB of JSON, 7 KB in brotli), yet never
    // cached: CloudFront compresses only under a cache policy whose TTLs are not all 0 (CachingDisabled's are), so
    // this one may keep an answer a second at most, and keeps none, as the minimum is 0 and every answer of the API
    // says `Cache-Control: no-store` (an answer that says nothing gets the default, 0). The key holds everything a
    // request may differ by (the token, cookies, query), should an answer ever be kept; the host is not in it, but
    // each school has its own distribution, whose cache no other school's requests reach.
    const apiCache = new CachePolicy(this, 'ApiCompressed', {
      comment: 'Preau: API answers compressed, never cached (no-store)',
      minTtl: Duration.seconds(0),
      defaultTtl: Duration.seconds(0),
      maxTtl: Duration.seconds(1),
      headerBehavior: CacheHeaderBehavior.allowList('Authorization'),
      cookieBehavior: CacheCookieBehavior.all(),
      queryStringBehavior: CacheQueryStringBehavior.all(),
      enableAcceptEncodingGzip: true,
      enableAcceptEncodingBrotli: true,
    });
    publish('apiCache', apiCache.cachePolicyId, 'the cache policy of the API (compressed, never kept)');

    const hsts = { accessControlMaxAge: Duration.days(365), includeSubdomains: true, override: true };

    // The portal: what CloudFront's SECURITY_HEADERS sets, plus the part of the Content-Security-Policy that holds
    // for every build (index.html's <meta> adds its own hashes), and with it never framed (X-XSS-Protection left
    // out: browsers dropped that filter, the policy does its work). Nothing in it changes with a build: deploying
    // this stack before a school's never refuses that school's index.html.
    const webAppHeaders = new ResponseHeadersPolicy(this, 'WebAppHeaders', {
      comment: 'Preau: the web app, with its Content-Security-Policy',
      securityHeadersBehavior: {
        contentSecurityPolicy: {
          contentSecurityPolicy: webAppContentSecurityPolicy({
            documentOrigins: [`https://*.s3.${Aws.REGION}.${Aws.URL_SUFFIX}`],
          }),
          override: true,
        },
        contentTypeOptions: { override: true },
        frameOptions: { frameOption: HeadersFrameOption.DENY, override: true },
        referrerPolicy: {
          referrerPolicy: HeadersReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN,
          override: true,
        },
        strictTransportSecurity: hsts,
      },
    });
    publish('webAppHeaders', webAppHeaders.responseHeadersPolicyId, 'the response headers of the web app');

    // Shared pages are for the people given the address: never framed, indexed or told where they were linked from.
    const sharedFilesHeaders = new ResponseHeadersPolicy(this, 'SharedFilesHeaders', {
      comment: 'Preau: feeds and mini-sites',
      securityHeadersBehavior: {
        contentTypeOptions: { override: true },
        frameOptions: { frameOption: HeadersFrameOption.DENY, override: true },
        referrerPolicy: { referrerPolicy: HeadersReferrerPolicy.NO_REFERRER, override: true },
        strictTransportSecurity: hsts,
      },
      customHeadersBehavior: {
        customHeaders: [{ header: 'X-Robots-Tag', value: 'noindex, nofollow', override: true }],
      },
    });
    publish(
      'sharedFilesHeaders',
      sharedFilesHeaders.responseHeadersPolicyId,
      'the response headers of feeds and mini-sites',
    );
  }
}

/** The shared parts, as a school stack refers to them: ids read from SSM when the school stack deploys. */
export interface SharedEdgeParts {
  webAppRewrite: IFunction;
  forwardedHost: IFunction;
  miniSiteIndex: IFunction;
  apiCache: ICachePolicy;
  webAppHeaders: IResponseHeadersPolicy;
  sharedFilesHeaders: IResponseHeadersPolicy;
}

export const sharedEdgePartsOf = (scope: Construct): SharedEdgeParts => {
  const read = (key: keyof typeof sharedEdgeParameters) =>
    StringParameter.valueForStringParameter(scope, sharedEdgeParameters[key]);
  const functionOf = (key: 'webAppRewrite' | 'forwardedHost' | 'miniSiteIndex', id: string) => {
    const functionArn = read(key);
    return CloudFrontFunction.fromFunctionAttributes(scope, id, {
      functionArn,
      // arn:aws:cloudfront::<account>:function/<name>
      functionName: Fn.select(1, Fn.split('function/', functionArn)),
      functionRuntime: FunctionRuntime.JS_2_0.value,
    });
  };
  return {
    webAppRewrite: functionOf('webAppRewrite', 'SharedWebAppRewrite'),
    forwardedHost: functionOf('forwardedHost', 'SharedForwardedHost'),
    miniSiteIndex: functionOf('miniSiteIndex', 'SharedMiniSiteIndex'),
    apiCache: CachePolicy.fromCachePolicyId(scope, 'SharedApiCompressed', read('apiCache')),
    webAppHeaders: ResponseHeadersPolicy.fromResponseHeadersPolicyId(
      scope,
      'SharedWebAppHeaders',
      read('webAppHeaders'),
    ),
    sharedFilesHeaders: ResponseHeadersPolicy.fromResponseHeadersPolicyId(
      scope,
      'SharedSharedFilesHeaders',
      read('sharedFilesHeaders'),
    ),
  };
};
