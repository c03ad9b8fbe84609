import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';

export interface HttpResponse {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  cookies?: string[];
}

export const jsonResponse = ({
  status,
  body,
  headers,
  cookies,
}: HttpResponse): APIGatewayProxyStructuredResultV2 => ({
  statusCode: status,
  headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers },
  ...(cookies && { cookies }),
  body: body === undefined ? '' : JSON.stringify(body),
});
