/**
 * Workers entry: the API and record pages over the compiled case-base, which is a static asset read
 * once per isolate (src/api/asset-casebase.ts); the app over it is built once as well.
 */
import { createApp, type App } from './api/app.ts';
import { assetCaseBase } from './api/asset-casebase.ts';
import { problemBody } from './api/problem.ts';

let app: App | undefined;

export default {
  async fetch(request: Request, env: Env, ctx: ExecutionContext): Promise<Response> {
    try {
      app ??= createApp(await assetCaseBase(env.ASSETS));
    } catch (error) {
      // Without its data the Worker can answer nothing; the client learns only that it was our fault.
      console.error(error);
      const body = problemBody(
        500,
        'Something went wrong on our side. The error has been logged.',
        new URL(request.url).pathname,
      );
      return new Response(JSON.stringify(body), {
        status: 500,
        headers: { 'Content-Type': 'application/problem+json', 'Cache-Control': 'no-store' },
      });
    }
    return app.fetch(request, env, ctx);
  },
} satisfies ExportedHandler<Env>;
