import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../app.js';
import { chatClientScript } from '../pages/chat-client.js';
import { homePage } from '../pages/home.js';
import { stylesheet } from '../pages/styles.js';

export function registerPages(app: OpenAPIHono<AppEnv>) {
  app.get('/', (c) => c.html(homePage(c.req.query('lang') === 'en' ? 'en' : 'nl')));
  app.get('/assets/chat.js', (c) => {
    c.header('Content-Type', 'text/javascript; charset=utf-8');
    c.header('Cache-Control', 'public, max-age=300');
    return c.body(chatClientScript);
  });
  app.get('/assets/wegwijzer.css', (c) => {
    c.header('Content-Type', 'text/css; charset=utf-8');
    c.header('Cache-Control', 'public, max-age=300');
    return c.body(stylesheet);
  });
}
