// A bare Fastify JSON route in a process of its own, the baseline for HTTP throughput benchmarks:
// started with fork(), it reports its port to the parent over IPC and ends when the parent leaves.
import Fastify from 'fastify';

const bare = Fastify({ logger: false });
bare.get('/healthz', async () => ({ status: 'ok', version: 'bench' }));
await bare.listen({ port: 0, host: '127.0.0.1' });
process.send?.({ port: (bare.server.address() as { port: number }).port });
process.on('disconnect', () => process.exit(0));
