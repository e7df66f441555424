/** Faults the test server can inject, by name. */
export const FAULTS = [
  '429',
  '500',
  '401',
  '403',
  '404',
  'timeout',
  'disconnect',
  'malformed',
  'wrong-schema',
  'refusal',
  'empty',
  'truncated',
] as const;
export type Fault = (typeof FAULTS)[number];

/** Faults that are HTTP-level (apply to any endpoint) rather than a bad chat reply. */
export const TRANSPORT_FAULTS: ReadonlySet<Fault> = new Set([
  '429',
  '500',
  '401',
  '403',
  '404',
  'timeout',
  'disconnect',
]);

export function isFault(x: unknown): x is Fault {
  return typeof x === 'string' && (FAULTS as readonly string[]).includes(x);
}

/** Status and OpenAI-style error body for an HTTP fault. */
export function errorResponse(fault: Fault, model: string): { status: number; body: unknown } {
  const err = (status: number, message: string, type: string, code: string | null) => ({
    status,
    body: { error: { message, type, param: null, code } },
  });
  switch (fault) {
    case '429':
      return err(
        429,
        'Rate limit reached for requests. Please try again shortly.',
        'requests',
        'rate_limit_exceeded',
      );
    case '401':
      return err(401, 'Incorrect API key provided.', 'invalid_request_error', 'invalid_api_key');
    case '403':
      return err(
        403,
        'You are not allowed to use this model.',
        'invalid_request_error',
        'forbidden',
      );
    case '404':
      return err(
        404,
        `The model \`${model}\` does not exist or you do not have access to it.`,
        'invalid_request_error',
        'model_not_found',
      );
    default:
      return err(
        500,
        'The server had an error while processing your request.',
        'server_error',
        null,
      );
  }
}

/** The broken reply content (and finish reason) for a reply fault, given the good content. */
export function brokenReply(
  fault: Fault | null,
  good: string,
): { content: string | null; refusal: string | null; finish: string } {
  switch (fault) {
    case 'malformed':
      return {
        content: good.slice(0, Math.max(1, Math.floor(good.length / 2))) + ' ,,}',
        refusal: null,
        finish: 'stop',
      };
    case 'wrong-schema':
      return {
        content: JSON.stringify({ unexpected: true, note: 'not what you asked for' }),
        refusal: null,
        finish: 'stop',
      };
    case 'refusal':
      return { content: null, refusal: "I'm sorry, but I can't help with that.", finish: 'stop' };
    case 'empty':
      return { content: '', refusal: null, finish: 'stop' };
    case 'truncated':
      return {
        content: good.slice(0, Math.max(1, Math.floor(good.length / 2))),
        refusal: null,
        finish: 'length',
      };
    default:
      return { content: good, refusal: null, finish: 'stop' };
  }
}
