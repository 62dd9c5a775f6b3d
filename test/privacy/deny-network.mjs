// Preloaded into the nodefinder process by no-network.test.ts: any attempt to open a network
// connection or resolve a name fails loudly, so the test sees it.
import dgram from 'node:dgram';
import dns from 'node:dns';
import net from 'node:net';
import tls from 'node:tls';

function deny(what) {
  return () => {
    process.stderr.write(`NETWORK ATTEMPT: ${what}\n`);
    process.exit(99);
  };
}
net.Socket.prototype.connect = deny('net.Socket.connect');
net.connect = deny('net.connect');
net.createConnection = deny('net.createConnection');
tls.connect = deny('tls.connect');
dgram.createSocket = deny('dgram.createSocket');
dns.lookup = deny('dns.lookup');
dns.resolve = deny('dns.resolve');
dns.promises.lookup = deny('dns.promises.lookup');
globalThis.fetch = deny('fetch');
