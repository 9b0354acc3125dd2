// A local SMTP sink for the outbox benchmark, in a process of its own like a real server:
// accepts every mail, discards it, and prints its port, then every second how many it took.
import { SMTPServer } from "smtp-server";

let accepted = 0;
const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ["STARTTLS"],
  onData(stream, _session, callback) {
    stream.on("end", () => {
      accepted++;
      callback();
    });
    stream.resume();
  },
});
server.on("error", () => {});
server.listen(0, "127.0.0.1", () => {
  console.log(`port ${(server.server.address() as { port: number }).port}`);
});
process.on("message", () => process.send?.(accepted));
