import { Duration, Stack } from 'aws-cdk-lib';
import type { IHttpApi } from 'aws-cdk-lib/aws-apigatewayv2';
import {
  AllowedMethods,
  CacheCookieBehavior,
  CacheHeaderBehavior,
  CachePolicy,
  CacheQueryStringBehavior,
  Function as CloudFrontFunction,
  Distribution,
  FunctionCode,
  FunctionEventType,
  FunctionRuntime,
  HeadersFrameOption,
  HeadersReferrerPolicy,
  HttpVersion,
  type IKeyGroup,
  OriginProtocolPolicy,
  OriginRequestPolicy,
  OriginSslPolicy,
  PriceClass,
  ResponseHeadersPolicy,
  ViewerProtocolPolicy,
} from 'aws-cdk-lib/aws-cloudfront';
import { HttpOrigin, S3BucketOrigin } from 'aws-cdk-lib/aws-cloudfront-origins';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { sitePrefixes } from '#infra/definitions/school-buckets';
import {
  forwardedHostCode,
  miniSiteIndexCode,
  originVerifyHeader,
} from '#infra/definitions/shared-files-functions';
import { webAppRewriteCode } from '#infra/definitions/web-app-rewrite';
import type { Tenant } from '#infra/tenants/tenant';
import { acknowledge } from './nag';
import { WebAppDeployment } from './web-app-deployment';

export interface SchoolWebProps {
  school: Tenant;
  site: IBucket;
  accessLogs: IBucket;
  httpApi: IHttpApi;
  /** The built web app (`dist/web`), copied to `app/` in the site bucket. */
  webDirectory: string;
  /** The keys feed links are signed with; without them, no feed is served. */
  feedKeyGroup?: IKeyGroup;
  /** The authority's edge shield (`Preau-Edge-Shield`): rate limits on sign-in and activation per address. */
  webAclArn?: string;
  /** The school's origin secret (a dynamic reference), sent to the API with every request (`x-origin-verify`). */
  originVerify: string;
}

/** The school's address: CloudFront serves the web app from the site bucket and `/api/*` from the HTTP API. */
export class SchoolWeb extends Construct {
  readonly distribution: Distribution;

  constructor(
    scope: Construct,
    id: string,
    {
      school,
      site,
      accessLogs,
      httpApi,
      webDirectory,
      feedKeyGroup,
      webAclArn,
      originVerify,
    }: SchoolWebProps,
  ) {
    super(scope, id);
    const stack = Stack.of(this);

    const spaRewrite = new CloudFrontFunction(this, 'SpaRewrite', {
      runtime: FunctionRuntime.JS_2_0,
      code: FunctionCode.fromInline(webAppRewriteCode),
      comment: `Preau ${school.id}: deep links of the web app get index.html`,
    });
    const apiOrigin = new HttpOrigin(`${httpApi.apiId}.execute-api.${stack.region}.${stack.urlSuffix}`, {
      protocolPolicy: OriginProtocolPolicy.HTTPS_ONLY,
      originSslProtocols: [OriginSslPolicy.TLS_V1_2],
      readTimeout: Duration.seconds(30),
      // The API's own address is reachable without CloudFront: this says a request came through it (README).
      customHeaders: { [originVerifyHeader]: originVerify },
    });

    const forwardedHost = new CloudFrontFunction(this, 'ForwardedHost', {
      runtime: FunctionRuntime.JS_2_0,
      code: FunctionCode.fromInline(forwardedHostCode),
      comment: `Preau ${school.id}: the API learns the address the viewer used`,
    });
    const miniSiteIndex = new CloudFrontFunction(this, 'MiniSiteIndex', {
      runtime: FunctionRuntime.JS_2_0,
      code: FunctionCode.fromInline(miniSiteIndexCode),
      comment: `Preau ${school.id}: a mini-site's address gets its index page`,
    });
    const sharedFiles = S3BucketOrigin.withOriginAccessControl(site);
    // Revocation at the edge: feeds and mini-sites are never cached by CloudFront, every request reads the bucket
    // (strongly consistent), so a file deleted by a revocation is a 403 from the next request on, everywhere. An
    // invalidation would be asynchronous, and a revocation list in a KeyValueStore is written through an API that
    // only SigV4A-signed calls reach. Reading S3 on each poll costs a GET, still no function (see README, Sharing).
    // Calendar apps still skip unchanged feeds: CloudFront forwards If-None-Match and If-Modified-Since to the
    // bucket, which answers 304 with the file's ETag, as long as the behaviour forwards no cookie (test/infra).
    const sharedCache = CachePolicy.CACHING_DISABLED;

    // Shared pages are for the people given the address: never framed, indexed or told where they were linked from.
    const sharedHeaders = new ResponseHeadersPolicy(this, 'SharedFilesHeaders', {
      comment: `Preau ${school.id}: feeds and mini-sites`,
      securityHeadersBehavior: {
        contentTypeOptions: { override: true },
        frameOptions: { frameOption: HeadersFrameOption.DENY, override: true },
        referrerPolicy: { referrerPolicy: HeadersReferrerPolicy.NO_REFERRER, override: true },
        strictTransportSecurity: {
          accessControlMaxAge: Duration.days(365),
          includeSubdomains: true,
          override: true,
        },
      },
      customHeadersBehavior: {
        customHeaders: [{ header: 'X-Robots-Tag', value: 'noindex, nofollow', override: true }],
      },
    });

    // The API's answers compressed at the edge (`/api/places` is some 69 KB of JSON, 7 KB in brotli), yet never
    // cached: CloudFront compresses only under a cache policy whose TTLs are not all 0 (CachingDisabled's are), so
    // this one may keep an answer a second at most, and keeps none, as the minimum is 0 and every answer of the API
    // says `Cache-Control: no-store` (an answer that says nothing gets the default, 0). The key holds everything a
    // request may differ by (the token, cookies, query), should an answer ever be kept.
    const apiCache = new CachePolicy(this, 'ApiCompressed', {
      comment: `Preau ${school.id}: API answers compressed, never cached (no-store)`,
      minTtl: Duration.seconds(0),
      defaultTtl: Duration.seconds(0),
      maxTtl: Duration.seconds(1),
      headerBehavior: CacheHeaderBehavior.allowList('Authorization'),
      cookieBehavior: CacheCookieBehavior.all(),
      queryStringBehavior: CacheQueryStringBehavior.all(),
      enableAcceptEncodingGzip: true,
      enableAcceptEncodingBrotli: true,
    });

    const webApp = S3BucketOrigin.withOriginAccessControl(site, { originPath: `/${sitePrefixes.webApp}` });
    this.distribution = new Distribution(this, 'Distribution', {
      comment: `Preau ${school.id}`,
      defaultRootObject: 'index.html',
      defaultBehavior: {
        origin: webApp,
        viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        cachePolicy: CachePolicy.CACHING_OPTIMIZED,
        responseHeadersPolicy: ResponseHeadersPolicy.SECURITY_HEADERS,
        functionAssociations: [{ function: spaRewrite, eventType: FunctionEventType.VIEWER_REQUEST }],
      },
      additionalBehaviors: {
        // The service worker is read from the bucket on every check: a deploy reaches installed portals at their
        // next visit, not a day later (browsers already skip their own cache for it).
        '/sw.js': {
          origin: webApp,
          viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
          cachePolicy: CachePolicy.CACHING_DISABLED,
          responseHeadersPolicy: ResponseHeadersPolicy.SECURITY_HEADERS,
        },
        '/api/*': {
          origin: apiOrigin,
          // Redirecting a POST would drop its body: plain HTTP is refused.
          viewerProtocolPolicy: ViewerProtocolPolicy.HTTPS_ONLY,
          allowedMethods: AllowedMethods.ALLOW_ALL,
          cachePolicy: apiCache,
          compress: true,
          originRequestPolicy: OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER,
          responseHeadersPolicy: ResponseHeadersPolicy.SECURITY_HEADERS,
          functionAssociations: [{ function: forwardedHost, eventType: FunctionEventType.VIEWER_REQUEST }],
        },
        [`/${sitePrefixes.miniSites}/*`]: {
          origin: sharedFiles,
          viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
          cachePolicy: sharedCache,
          responseHeadersPolicy: sharedHeaders,
          functionAssociations: [{ function: miniSiteIndex, eventType: FunctionEventType.VIEWER_REQUEST }],
        },
        ...(feedKeyGroup && {
          // Calendar polls reach a file, never a function; Outlook has failed on compressed feeds.
          [`/${sitePrefixes.feeds}/*`]: {
            origin: sharedFiles,
            viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
            cachePolicy: sharedCache,
            compress: false,
            responseHeadersPolicy: sharedHeaders,
            trustedKeyGroups: [feedKeyGroup],
          },
        }),
      },
      httpVersion: HttpVersion.HTTP2_AND_3,
      priceClass: PriceClass.PRICE_CLASS_100,
      enableLogging: true,
      logBucket: accessLogs,
      logFilePrefix: 'cloudfront/',
      ...(webAclArn && { webAclId: webAclArn }),
    });
    acknowledge(
      this.distribution,
      'AwsSolutions-CFR1',
      'No geo restriction: families and staff reach their school from abroad too (trips, holidays, exchanges).',
    );
    if (!webAclArn) {
      acknowledge(
        this.distribution,
        'AwsSolutions-CFR2',
        'No web ACL until the edge shield (stack Preau-Edge-Shield, one web ACL for every school) is deployed and ' +
          'its ARN given as preau:edgeWebAclArn. Meanwhile the API stage is throttled, sign-in and activation ' +
          'attempts are limited by counters in the school table, every other route but the health check needs a ' +
          'token of the school user pool, and the site bucket is only read through OAC.',
      );
    }
    acknowledge(
      this.distribution,
      'AwsSolutions-CFR4',
      'The distribution uses its *.cloudfront.net certificate until schools get their own domain names (an ACM ' +
        'certificate in us-east-1 and DNS); with that certificate CloudFront cannot enforce a minimum TLS version.',
    );

    new WebAppDeployment(this, 'WebApp', { webDirectory, site, distribution: this.distribution });
  }
}
