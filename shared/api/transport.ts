/** Names both ends of each transport must agree on. */
export const INVOKE_CHANNEL = 'samspil:invoke';
export const API_PATH_PREFIX = '/api/';
export const TOKEN_HEADER = 'x-samspil-token';
