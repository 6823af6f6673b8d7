//! Build script: records the git commit that `newsgraph --version` names.

use std::path::Path;
use std::process::Command;

fn main() {
    println!("cargo:rustc-env=NEWSGRAPH_COMMIT={}", commit());
}

/// The commit the sources are at: from git in a clone or worktree (rebuilt when HEAD moves),
/// from the `.cargo_vcs_info.json` cargo writes into a published package, else "unknown
/// commit".
fn commit() -> String {
    if Path::new(".git").exists() {
        if let Some(hash) = git(&["rev-parse", "--short=12", "HEAD"]) {
            // Run again when HEAD moves: HEAD itself (another branch), the branch's ref (a
            // commit), packed refs.
            let branch = git(&["rev-parse", "--symbolic-full-name", "HEAD"]);
            let mut paths = vec!["HEAD".to_owned(), "packed-refs".to_owned()];
            paths.extend(branch.filter(|b| b.starts_with("refs/")));
            for p in paths {
                // (A path that does not exist would make every build run this again.)
                if let Some(path) = git(&["rev-parse", "--git-path", &p]) {
                    if Path::new(&path).exists() {
                        println!("cargo:rerun-if-changed={path}");
                    }
                }
            }
            return format!("commit {hash}");
        }
    }
    println!("cargo:rerun-if-changed=.cargo_vcs_info.json");
    std::fs::read_to_string(".cargo_vcs_info.json")
        .ok()
        .and_then(|s| {
            let at = s.find("\"sha1\"")?;
            let rest = &s[at + 6..];
            let start = rest.find('"')? + 1;
            let len = rest[start..].find('"')?;
            Some(format!("commit {}", &rest[start..start + len.min(12)]))
        })
        .unwrap_or_else(|| "unknown commit".to_owned())
}

/// What `git ARGS` prints, trimmed, when it succeeds and prints something.
fn git(args: &[&str]) -> Option<String> {
    Command::new("git")
        .args(args)
        .output()
        .ok()
        .filter(|o| o.status.success())
        .and_then(|o| String::from_utf8(o.stdout).ok())
        .map(|s| s.trim().to_owned())
        .filter(|s| !s.is_empty())
}
