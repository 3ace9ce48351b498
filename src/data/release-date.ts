import { execFileSync } from 'node:child_process';

/**
 * The release date `YYYY-MM-DD` stamped into the package and the DCAT description: `SOURCE_DATE_EPOCH`
 * (the reproducible-builds convention) if set, else the committer date of the checked-out commit, else the
 * catalogue's `issued` date; never earlier than `issued`. Never the clock, so two builds are byte-identical.
 */
export function releaseDate(root: string, issued: string): string {
  let stamped: string | undefined;
  const epoch = process.env.SOURCE_DATE_EPOCH;
  if (epoch && /^\d+$/.test(epoch)) stamped = new Date(Number(epoch) * 1000).toISOString().slice(0, 10);
  else {
    try {
      const out = execFileSync('git', ['log', '-1', '--format=%cs'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
      if (/^\d{4}-\d{2}-\d{2}$/.test(out)) stamped = out;
    } catch {
      // not a git checkout (e.g. an unpacked tarball): fall back to the issued date
    }
  }
  return stamped && stamped > issued ? stamped : issued;
}
