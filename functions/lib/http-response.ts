import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';

export interface HttpResponse {
  status: number;
  body?: unknown;
  /** A download instead of JSON: sent as its bytes, under its file name. */
  file?: { bytes: Uint8Array; contentType: string; fileName: string };
  headers?: Record<string, string>;
  cookies?: string[];
}

export const jsonResponse = ({
  status,
  body,
  file,
  headers,
  cookies,
}: HttpResponse): APIGatewayProxyStructuredResultV2 => {
  if (file) {
    return {
      statusCode: status,
      headers: {
        'content-type': file.contentType,
        'content-disposition': `attachment; filename="${file.fileName}"`,
        'cache-control': 'no-store',
        ...headers,
      },
      isBase64Encoded: true,
      body: Buffer.from(file.bytes).toString('base64'),
    };
  }
  return {
    statusCode: status,
    headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers },
    ...(cookies && { cookies }),
    body: body === undefined ? '' : JSON.stringify(body),
  };
};
