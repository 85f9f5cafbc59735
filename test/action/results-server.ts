import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A small stand-in for GitHub's results service, so the real `@actions/cache` (v2 protocol) and
 * `@actions/artifact` clients can be tested end to end: Twirp JSON RPCs for cache entries and
 * artifacts, plus an Azure-blob-like store for the signed URLs they hand out (Put Blob, Put Block
 * + Put Block List, Get Blob Properties, ranged Get Blob). State lives in memory.
 */

const TWIRP_PREFIX = '/twirp/github.actions.results.api.v1.';
/** Path-style blob URLs: the Azure SDK reads `/account/container/blob` when the host is an IP. */
const BLOB_ACCOUNT = 'devstoreaccount1';

export interface StoredBlob {
  content: Buffer;
  contentType: string;
}

export interface CacheEntry {
  id: number;
  key: string;
  version: string;
  blob: string;
  sizeBytes: number;
  finalized: boolean;
  createdAt: number;
}

export interface ArtifactEntry {
  id: number;
  runId: string;
  jobId: string;
  name: string;
  blob: string;
  mimeType: string;
  size: number;
  hash: string | undefined;
  expiresAt: string | undefined;
  finalized: boolean;
  createdAt: string;
}

export interface ResultsServer {
  /** `http://127.0.0.1:PORT/`: the value for ACTIONS_RESULTS_URL. */
  url: string;
  cacheEntries: CacheEntry[];
  artifacts: ArtifactEntry[];
  blobs: Map<string, StoredBlob>;
  /** RPC names in the order they were called, e.g. `CacheService/CreateCacheEntry`. */
  calls: string[];
  close(): Promise<void>;
}

/** The environment the clients read: v2 cache protocol, this server, and a runtime token naming RUN/JOB. */
export function resultsEnv(server: ResultsServer, runId = 'run-1', jobId = 'job-1'): Record<string, string> {
  return {
    ACTIONS_CACHE_SERVICE_V2: '1',
    ACTIONS_RESULTS_URL: server.url,
    ACTIONS_RUNTIME_TOKEN: unsignedJwt({ scp: `Actions.Results:${runId}:${jobId}` }),
  };
}

/** The artifact client decodes (never verifies) the runtime token to find its run and job. */
function unsignedJwt(claims: object): string {
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${part({ alg: 'none', typ: 'JWT' })}.${part(claims)}.`;
}

class TwirpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

type Json = Record<string, unknown>;

export async function startResultsServer(): Promise<ResultsServer> {
  const cacheEntries: CacheEntry[] = [];
  const artifacts: ArtifactEntry[] = [];
  const blobs = new Map<string, StoredBlob>();
  const stagedBlocks = new Map<string, Buffer>();
  const calls: string[] = [];
  let nextId = 1;
  let url = '';

  const blobUrl = (container: string, name: string) =>
    `${url}${BLOB_ACCOUNT}/${container}/${encodeURIComponent(name)}?sig=test-signature`;

  const findArtifact = (body: Json, name: unknown) =>
    artifacts.find(
      (a) =>
        a.runId === body.workflow_run_backend_id &&
        a.jobId === body.workflow_job_run_backend_id &&
        a.name === name,
    );

  const rpcs: Record<string, (body: Json) => Json> = {
    'CacheService/CreateCacheEntry': (body) => {
      const { key, version } = body as { key: string; version: string };
      if (cacheEntries.some((e) => e.key === key && e.version === version && e.finalized)) {
        return { ok: false, message: `cache entry ${key} already exists` };
      }
      const id = nextId++;
      cacheEntries.push({
        id,
        key,
        version,
        blob: `cache/${id}`,
        sizeBytes: 0,
        finalized: false,
        createdAt: id,
      });
      return { ok: true, signed_upload_url: blobUrl('cache', String(id)) };
    },
    'CacheService/FinalizeCacheEntryUpload': (body) => {
      const { key, version, size_bytes } = body as { key: string; version: string; size_bytes: string };
      const entry = cacheEntries.find((e) => e.key === key && e.version === version && !e.finalized);
      const blob = entry && blobs.get(entry.blob);
      if (!entry || !blob) return { ok: false, message: `no upload in progress for ${key}` };
      if (blob.content.length !== Number(size_bytes)) {
        return {
          ok: false,
          message: `size ${size_bytes} does not match the ${blob.content.length} bytes uploaded`,
        };
      }
      entry.finalized = true;
      entry.sizeBytes = blob.content.length;
      return { ok: true, entry_id: String(entry.id) };
    },
    'CacheService/GetCacheEntryDownloadURL': (body) => {
      const {
        key,
        restore_keys = [],
        version,
      } = body as { key: string; restore_keys?: string[]; version: string };
      const usable = cacheEntries.filter((e) => e.finalized && e.version === version);
      const newest = (matches: CacheEntry[]) => matches.sort((a, b) => b.createdAt - a.createdAt)[0];
      // As GitHub does: the primary key exactly, then each restore key as a prefix, newest first.
      let match = usable.find((e) => e.key === key);
      for (const prefix of restore_keys) {
        match ??= newest(usable.filter((e) => e.key.startsWith(prefix)));
      }
      if (!match) return { ok: false };
      return { ok: true, signed_download_url: blobUrl('cache', String(match.id)), matched_key: match.key };
    },
    'ArtifactService/CreateArtifact': (body) => {
      const name = body.name as string;
      if (findArtifact(body, name)) throw new TwirpError(409, 'already_exists', `artifact ${name} exists`);
      const id = nextId++;
      artifacts.push({
        id,
        runId: body.workflow_run_backend_id as string,
        jobId: body.workflow_job_run_backend_id as string,
        name,
        blob: `artifacts/${id}`,
        mimeType: (body.mime_type as string | undefined) ?? 'application/zip',
        size: 0,
        hash: undefined,
        expiresAt: body.expires_at as string | undefined,
        finalized: false,
        createdAt: new Date().toISOString(),
      });
      return { ok: true, signed_upload_url: blobUrl('artifacts', String(id)) };
    },
    'ArtifactService/FinalizeArtifact': (body) => {
      const artifact = findArtifact(body, body.name);
      const blob = artifact && blobs.get(artifact.blob);
      if (!artifact || !blob)
        throw new TwirpError(404, 'not_found', `no upload for artifact ${String(body.name)}`);
      if (blob.content.length !== Number(body.size)) {
        throw new TwirpError(
          400,
          'invalid_argument',
          `size ${String(body.size)} != ${blob.content.length} uploaded`,
        );
      }
      const hash = `sha256:${createHash('sha256').update(blob.content).digest('hex')}`;
      if (body.hash !== undefined && body.hash !== hash) {
        throw new TwirpError(400, 'invalid_argument', `hash ${String(body.hash)} != ${hash} uploaded`);
      }
      Object.assign(artifact, { finalized: true, size: blob.content.length, hash });
      return { ok: true, artifact_id: String(artifact.id) };
    },
    'ArtifactService/ListArtifacts': (body) => {
      const nameFilter = body.name_filter as string | undefined;
      const idFilter = body.id_filter as string | undefined;
      const listed = artifacts.filter(
        (a) =>
          a.finalized &&
          a.runId === body.workflow_run_backend_id &&
          (nameFilter === undefined || a.name === nameFilter) &&
          (idFilter === undefined || String(a.id) === idFilter),
      );
      return {
        artifacts: listed.map((a) => ({
          workflow_run_backend_id: a.runId,
          workflow_job_run_backend_id: a.jobId,
          database_id: String(a.id),
          name: a.name,
          size: String(a.size),
          created_at: a.createdAt,
          digest: a.hash,
        })),
      };
    },
    'ArtifactService/GetSignedArtifactURL': (body) => {
      const artifact = artifacts.find(
        (a) => a.finalized && a.runId === body.workflow_run_backend_id && a.name === body.name,
      );
      if (!artifact) throw new TwirpError(404, 'not_found', `artifact ${String(body.name)} not found`);
      // Like the real service: the SAS's rscd parameter names the file a download is saved as.
      const disposition = encodeURIComponent(`attachment; filename="${artifact.name}"`);
      return { signed_url: `${blobUrl('artifacts', String(artifact.id))}&rscd=${disposition}` };
    },
    'ArtifactService/DeleteArtifact': (body) => {
      const artifact = findArtifact(body, body.name);
      if (!artifact) throw new TwirpError(404, 'not_found', `artifact ${String(body.name)} not found`);
      artifacts.splice(artifacts.indexOf(artifact), 1);
      blobs.delete(artifact.blob);
      return { ok: true, artifact_id: String(artifact.id) };
    },
  };

  function handleTwirp(req: IncomingMessage, res: ServerResponse, method: string, raw: Buffer): void {
    const rpc = rpcs[method];
    try {
      if (!rpc) throw new TwirpError(404, 'bad_route', `no such method ${method}`);
      if (!/^Bearer .+/.test(req.headers.authorization ?? '')) {
        throw new TwirpError(401, 'unauthenticated', 'missing runtime token');
      }
      calls.push(method);
      sendJson(res, 200, rpc(JSON.parse(raw.toString('utf8')) as Json));
    } catch (err) {
      if (!(err instanceof TwirpError)) throw err;
      sendJson(res, err.status, { code: err.code, msg: err.message });
    }
  }

  function handleBlob(req: IncomingMessage, res: ServerResponse, url: URL, raw: Buffer): void {
    const [, container, name] = decodeURIComponent(url.pathname).split('/').slice(1);
    const blobKey = `${container}/${name}`;
    const comp = url.searchParams.get('comp');
    const common = {
      'x-ms-request-id': String(nextId++),
      'x-ms-version': '2024-11-04',
      date: new Date().toUTCString(),
    };
    if (req.method === 'PUT' && comp === 'block') {
      stagedBlocks.set(`${blobKey}#${url.searchParams.get('blockid')}`, raw);
      res.writeHead(201, common).end();
    } else if (req.method === 'PUT' && comp === 'blocklist') {
      const ids = [...raw.toString('utf8').matchAll(/<(?:Latest|Uncommitted|Committed)>([^<]*)</g)].map(
        (m) => m[1],
      );
      const parts = ids.map((id) => stagedBlocks.get(`${blobKey}#${id}`));
      if (parts.some((p) => p === undefined)) return sendBlobError(res, 400, 'InvalidBlockList');
      ids.forEach((id) => stagedBlocks.delete(`${blobKey}#${id}`));
      storeBlob(res, blobKey, Buffer.concat(parts as Buffer[]), req, common);
    } else if (req.method === 'PUT' && comp === null) {
      storeBlob(res, blobKey, raw, req, common);
    } else if (req.method === 'HEAD' || req.method === 'GET') {
      const blob = blobs.get(blobKey);
      if (!blob) return sendBlobError(res, 404, 'BlobNotFound');
      const disposition = url.searchParams.get('rscd');
      const headers = {
        ...common,
        'content-type': blob.contentType,
        'x-ms-blob-type': 'BlockBlob',
        etag: etagOf(blob.content),
        'last-modified': new Date(0).toUTCString(),
        'accept-ranges': 'bytes',
        ...(disposition === null ? {} : { 'content-disposition': disposition }),
      };
      const range = /^bytes=(\d+)-(\d*)$/.exec(String(req.headers['x-ms-range'] ?? req.headers.range ?? ''));
      if (req.method === 'GET' && range) {
        const start = Number(range[1]);
        const end = range[2] ? Math.min(Number(range[2]), blob.content.length - 1) : blob.content.length - 1;
        const slice = blob.content.subarray(start, end + 1);
        res.writeHead(206, {
          ...headers,
          'content-length': slice.length,
          'content-range': `bytes ${start}-${end}/${blob.content.length}`,
        });
        res.end(slice);
      } else {
        res.writeHead(200, { ...headers, 'content-length': blob.content.length });
        res.end(req.method === 'GET' ? blob.content : undefined);
      }
    } else {
      sendBlobError(res, 405, 'UnsupportedHttpVerb');
    }
  }

  function storeBlob(
    res: ServerResponse,
    key: string,
    content: Buffer,
    req: IncomingMessage,
    common: Record<string, string>,
  ): void {
    const contentType = String(req.headers['x-ms-blob-content-type'] ?? 'application/octet-stream');
    blobs.set(key, { content, contentType });
    res
      .writeHead(201, { ...common, etag: etagOf(content), 'last-modified': new Date(0).toUTCString() })
      .end();
  }

  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const raw = Buffer.concat(chunks);
      const requestUrl = new URL(req.url ?? '/', url);
      try {
        if (req.method === 'POST' && requestUrl.pathname.startsWith(TWIRP_PREFIX)) {
          handleTwirp(req, res, requestUrl.pathname.slice(TWIRP_PREFIX.length), raw);
        } else if (requestUrl.pathname.startsWith(`/${BLOB_ACCOUNT}/`)) {
          handleBlob(req, res, requestUrl, raw);
        } else {
          sendJson(res, 404, { code: 'bad_route', msg: `${req.method} ${requestUrl.pathname}` });
        }
      } catch (err) {
        sendJson(res, 500, { code: 'internal', msg: (err as Error).message });
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;

  return {
    url,
    cacheEntries,
    artifacts,
    blobs,
    calls,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}

function etagOf(content: Buffer): string {
  return `"0x${createHash('sha256').update(content).digest('hex').slice(0, 16).toUpperCase()}"`;
}

function sendJson(res: ServerResponse, status: number, body: object): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

function sendBlobError(res: ServerResponse, status: number, code: string): void {
  const text = `<?xml version="1.0" encoding="utf-8"?><Error><Code>${code}</Code><Message>${code}</Message></Error>`;
  res.writeHead(status, { 'content-type': 'application/xml', 'x-ms-error-code': code });
  res.end(text);
}
