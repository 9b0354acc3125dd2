import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import pg from "pg";

/** CPU time (user + system) in milliseconds of one process, or null once it has gone. */
export function cpuMsOf(pid: number): number | null {
  try {
    // The command name may hold spaces and parentheses: the fields start after the last ")".
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    // utime and stime are fields 14 and 15 of stat(5), in clock ticks of 10 ms on Linux.
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return null;
  }
}

/**
 * The processes of the PostgreSQL server at `url`, when it runs on this machine and its
 * data folder is readable: the postmaster and its children (backends, writers). Null
 * otherwise, and the benchmark then leaves the database's share out.
 */
export async function postgresProcesses(url: string): Promise<(() => number[]) | null> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ data_directory: string }>("show data_directory");
    const pidFile = readFileSync(join(rows[0]?.data_directory ?? "", "postmaster.pid"), "utf8");
    const postmaster = Number(pidFile.split("\n")[0]);
    return () => [postmaster, ...childrenOf(postmaster)];
  } catch {
    return null;
  } finally {
    await client.end();
  }
}

function childrenOf(parent: number): number[] {
  const children: number[] = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      if (ppid === parent) children.push(Number(entry));
    } catch {
      // Gone between the listing and the read.
    }
  }
  return children;
}

/** CPU milliseconds of each named group of processes over a stretch of time: call the result at its end. */
export function cpuOver(groups: Record<string, () => number[]>): () => Record<string, number> {
  const read = () =>
    Object.fromEntries(
      Object.entries(groups).map(([name, pids]) => {
        const byPid = new Map<number, number>();
        for (const pid of pids()) byPid.set(pid, cpuMsOf(pid) ?? 0);
        return [name, byPid];
      }),
    );
  const before = read();
  return () => {
    const after = read();
    // A process that started during the stretch counts from zero; one that ended is left out (its time is lost).
    return Object.fromEntries(
      Object.entries(after).map(([name, byPid]) => {
        let spent = 0;
        for (const [pid, ms] of byPid) spent += ms - (before[name]?.get(pid) ?? 0);
        return [name, spent];
      }),
    );
  };
}
