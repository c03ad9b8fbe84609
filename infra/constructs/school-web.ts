import { Duration, Stack } from 'aws-cdk-lib';
import type { IHttpApi } from 'aws-cdk-lib/aws-apigatewayv2';
import {
  AllowedMethods,
  CachePolicy,
  Distribution,
  FunctionEventType,
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
import { originVerifyHeader } from '#infra/definitions/shared-files-functions';
import type { SharedEdgeParts } from '#infra/stacks/shared-edge-stack';
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
  /** The CloudFront Functions and policies every school uses (`Preau-Shared-Edge`). */
  shared: SharedEdgeParts;
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
      shared,
    }: SchoolWebProps,
  ) {
    super(scope, id);
    const stack = Stack.of(this);

    const apiOrigin = new HttpOrigin(`${httpApi.apiId}.execute-api.${stack.region}.${stack.urlSuffix}`, {
      protocolPolicy: OriginProtocolPolicy.HTTPS_ONLY,
      originSslProtocols: [OriginSslPolicy.TLS_V1_2],
      readTimeout: Duration.seconds(30),
      // The API's own address is reachable without CloudFront: this says a request came through it (README).
      customHeaders: { [originVerifyHeader]: originVerify },
    });
    const sharedFiles = S3BucketOrigin.withOriginAccessControl(site);
    // Revocation at the edge: feeds and mini-sites are never cached by CloudFront, every request reads the bucket
    // (strongly consistent), so a file deleted by a revocation is a 403 from the next request on, everywhere. An
    // invalidation would be asynchronous, and a revocation list in a KeyValueStore is written through an API that
    // only SigV4A-signed calls reach. Reading S3 on each poll costs a GET, still no function (see README, Sharing).
    // Calendar apps still skip unchanged feeds: CloudFront forwards If-None-Match and If-Modified-Since to the
    // bucket, which answers 304 with the file's ETag, as long as the behaviour forwards no cookie (test/infra).
    const sharedCache = CachePolicy.CACHING_DISABLED;

    const webApp = S3BucketOrigin.withOriginAccessControl(site, { originPath: `/${sitePrefixes.webApp}` });
    this.distribution = new Distribution(this, 'Distribution', {
      comment: `Preau ${school.id}`,
      defaultRootObject: 'index.html',
      defaultBehavior: {
        origin: webApp,
        viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        cachePolicy: CachePolicy.CACHING_OPTIMIZED,
        responseHeadersPolicy: shared.webAppHeaders,
        functionAssociations: [
          { function: shared.webAppRewrite, eventType: FunctionEventType.VIEWER_REQUEST },
        ],
      },
      additionalBehaviors: {
        // The service worker is read from the bucket on every check: a deploy reaches installed portals at their
        // next visit, not a day later (browsers already skip their own cache for it).
        '/sw.js': {
          origin: webApp,
          viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
          cachePolicy: CachePolicy.CACHING_DISABLED,
          responseHeadersPolicy: shared.webAppHeaders,
        },
        '/api/*': {
          origin: apiOrigin,
          // Redirecting a POST would drop its body: plain HTTP is refused.
          viewerProtocolPolicy: ViewerProtocolPolicy.HTTPS_ONLY,
          allowedMethods: AllowedMethods.ALLOW_ALL,
          cachePolicy: shared.apiCache,
          compress: true,
          originRequestPolicy: OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER,
          responseHeadersPolicy: ResponseHeadersPolicy.SECURITY_HEADERS,
          functionAssociations: [
            { function: shared.forwardedHost, eventType: FunctionEventType.VIEWER_REQUEST },
          ],
        },
        [`/${sitePrefixes.miniSites}/*`]: {
          origin: sharedFiles,
          viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
          cachePolicy: sharedCache,
          responseHeadersPolicy: shared.sharedFilesHeaders,
          functionAssociations: [
            { function: shared.miniSiteIndex, eventType: FunctionEventType.VIEWER_REQUEST },
          ],
        },
        ...(feedKeyGroup && {
          // Calendar polls reach a file, never a function; Outlook has failed on compressed feeds.
          [`/${sitePrefixes.feeds}/*`]: {
            origin: sharedFiles,
            viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
            cachePolicy: sharedCache,
            compress: false,
            responseHeadersPolicy: shared.sharedFilesHeaders,
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
