//! The watchdog of `query`: ends the process with a message (exit 2) when a query outlives its
//! time limit or its memory budget.
//!
//! The query engine stops a query at its time limit by itself only where it reads the store
//! again; it does not check while it sorts, groups or joins what it has read (`ORDER BY` over
//! a cartesian product), and it keeps collecting an error that a damaged block of the store
//! repeats. So the command watches from a second thread: the process's resident memory and the
//! time, and ends the process when either is past its limit, with what to do. The store is
//! open read-only, and results are written only once the query is complete, so nothing is
//! left half written.

use std::sync::mpsc::{channel, RecvTimeoutError, Sender};
use std::time::{Duration, Instant};

/// How long past its time limit a query may go on before the process is ended: the engine's
/// own stop comes first where it can.
const GRACE: Duration = Duration::from_secs(2);

/// How often the memory is read.
const TICK: Duration = Duration::from_millis(50);

/// Why the watchdog ended the process.
pub enum Trip {
    /// Past the time limit.
    Time(Duration),
    /// Past the memory budget, in bytes.
    Memory(u64),
}

/// Watches while it lives; dropped, the watch ends and its thread is joined, so that what the
/// watch holds (the store) is released before the process exits: RocksDB's background threads
/// must not outlive its static objects.
pub struct Watch {
    done: Option<Sender<()>>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl Drop for Watch {
    fn drop(&mut self) {
        drop(self.done.take());
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

/// When to look for a cause beyond the query itself (a damaged store) while it runs: past this
/// much resident memory, or this long.
const PROBE_MEMORY: u64 = 1 << 30;
const PROBE_AFTER: Duration = Duration::from_secs(20);

/// Starts watching. Past `timeout` (plus a grace) or `max_memory` bytes of resident memory,
/// the process exits with code 2 and `message`. Once the query holds more than 1 GiB or has
/// run 20 s, `probe` looks for a cause that ends it at once (a damaged store, whose repeated
/// error the engine collects until memory runs out): a message from it ends the process the
/// same way. The watchdog waits for the probe, so keep it short.
pub fn watch(
    timeout: Option<Duration>,
    max_memory: Option<u64>,
    probe: impl FnOnce() -> Option<String> + Send + 'static,
    message: impl FnOnce(Trip) -> String + Send + 'static,
) -> Watch {
    let (done, wait) = channel::<()>();
    let started = Instant::now();
    let thread = std::thread::spawn(move || {
        let mut probe = Some(probe);
        let fail = |msg: String| -> ! {
            eprintln!("newsgraph: error: {msg}");
            // At once, without the exit handlers: the main thread is still inside RocksDB,
            // whose static objects must not be torn down under it. Nothing is left to flush:
            // the store is open read-only and no output has been written yet.
            #[cfg(unix)]
            // SAFETY: _exit ends the process; it touches no Rust state.
            unsafe {
                libc::_exit(2)
            }
            #[cfg(not(unix))]
            std::process::exit(2)
        };
        loop {
            match wait.recv_timeout(TICK) {
                Err(RecvTimeoutError::Timeout) => {}
                _ => return,
            }
            let memory = resident_memory().unwrap_or(0);
            let trip = if let Some(t) = timeout.filter(|t| started.elapsed() > *t + GRACE) {
                Some(Trip::Time(t))
            } else {
                max_memory.filter(|m| memory > *m).map(Trip::Memory)
            };
            // A trip ends the process at once; the probe runs before, at 1 GiB or 20 s.
            let probe_now = memory > PROBE_MEMORY || started.elapsed() > PROBE_AFTER;
            if probe_now {
                if let Some(msg) = probe.take().and_then(|p| p()) {
                    fail(msg);
                }
            }
            if let Some(trip) = trip {
                fail(message(trip));
            }
        }
    });
    Watch {
        done: Some(done),
        thread: Some(thread),
    }
}

/// The resident memory of this process in bytes, where the system tells (Linux).
pub fn resident_memory() -> Option<u64> {
    let statm = std::fs::read_to_string("/proc/self/statm").ok()?;
    let pages: u64 = statm.split_whitespace().nth(1)?.parse().ok()?;
    Some(pages * page_size())
}

/// Half of the machine's memory: the default memory budget of a query.
pub fn default_max_memory() -> Option<u64> {
    #[cfg(unix)]
    {
        // SAFETY: sysconf only reads a system value.
        let pages = unsafe { libc::sysconf(libc::_SC_PHYS_PAGES) };
        (pages > 0).then(|| pages as u64 * page_size() / 2)
    }
    #[cfg(not(unix))]
    {
        None
    }
}

fn page_size() -> u64 {
    #[cfg(unix)]
    {
        // SAFETY: sysconf only reads a system value.
        let size = unsafe { libc::sysconf(libc::_SC_PAGESIZE) };
        if size > 0 {
            return size as u64;
        }
    }
    4096
}
