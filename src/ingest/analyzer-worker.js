// Entry of an analyzer worker thread. Plain JavaScript because a worker starts without the
// TypeScript loader: register tsx here, then load the real worker.
import { register } from 'tsx/esm/api';

register();
await import('./analyzer-worker-main.ts');
