import {
  API_PATH_PREFIX,
  TOKEN_HEADER,
  type ApiError,
  type ApiResult,
  type MethodInput,
  type MethodName,
  type MethodOutput,
} from '../../../shared/api';

interface Bridge {
  invoke(method: string, input: unknown): Promise<unknown>;
}

declare global {
  interface Window {
    /** Present only inside Electron, exposed by main/preload. */
    samspilBridge?: Bridge;
  }
}

/** A failed call, carrying the typed error so forms can place field messages. */
export class ApiCallError extends Error {
  constructor(readonly error: ApiError) {
    super(error.message);
    this.name = 'ApiCallError';
  }
}

const TOKEN_KEY = 'samspil.token';

/**
 * Browser mode passes its per-run token in the address; it is kept for reloads within the tab.
 * Read once per page: the register calls the API on every key of a search.
 */
const browserToken: () => string = (() => {
  let token: string | null = null;
  return () => {
    if (token !== null) return token;
    const fromUrl = new URLSearchParams(window.location.search).get('token');
    if (fromUrl) sessionStorage.setItem(TOKEN_KEY, fromUrl);
    token = fromUrl ?? sessionStorage.getItem(TOKEN_KEY) ?? '';
    return token;
  };
})();

async function overHttp(method: string, input: unknown): Promise<ApiResult<unknown>> {
  let response: Response;
  try {
    response = await fetch(`${API_PATH_PREFIX}${method}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [TOKEN_HEADER]: browserToken() },
      body: JSON.stringify(input ?? {}),
    });
  } catch {
    return {
      ok: false,
      error: {
        code: 'internal',
        message: 'Samspil svarer ikke. Tjek at npm run browser stadig kører, og prøv igen.',
      },
    };
  }
  return (await response.json()) as ApiResult<unknown>;
}

const transport: (method: string, input: unknown) => Promise<ApiResult<unknown>> = window.samspilBridge
  ? (method, input) => window.samspilBridge!.invoke(method, input) as Promise<ApiResult<unknown>>
  : overHttp;

export async function call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
  const result = await transport(method, input);
  if (!result.ok) throw new ApiCallError(result.error);
  return result.value as MethodOutput<M>;
}
