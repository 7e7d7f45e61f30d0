import type { IncomingMessage, ServerResponse } from 'node:http';

export function compressStaticFiles(distDir: string): Promise<void>;
export function acceptedEncodings(header: string | undefined): Set<string>;
export function staticAssets(distDir: string): {
  serve(request: IncomingMessage, response: ServerResponse): boolean;
};
