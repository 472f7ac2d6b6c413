//! Giving memory back to the system while the daemon waits.
//!
//! casewatch spends nearly all its life blocked in IDLE, but a sync pass leaves two kinds of
//! memory resident that it will not touch again until the next mail:
//! - freed heap: glibc keeps it mapped for reuse; `malloc_trim` returns the free pages;
//! - clean pages of its own executable and shared libraries: code and constants the pass ran,
//!   mapped into the process by the kernel (with fault-around, most of a 10 MB binary). They are
//!   copies of the file in the page cache; dropping our mapping of them (`MADV_DONTNEED` on a
//!   private, read-only, never-written file mapping) changes nothing but the resident set: the
//!   next access maps the same page cache page again with a minor fault, exactly as after the
//!   kernel reclaimed them under memory pressure.
//!
//! Both are given back once per piece of work ([`settle_after`]: each sync pass, each notifier
//! round), not on a timer. And fewer malloc arenas (`limit_arenas`), each of which keeps
//! fragments of its own.
//!
//! The settle runs on a thread of its own, [`SETTLE_DELAY`] after the last piece of work asked
//! for it, not inline: whatever code runs after a settle is mapped again, and the way back from
//! a pass to waiting (the task's return, the runtime's scheduler, parking, IDLE's continuation)
//! touches ~90 scattered 64 KiB windows of the binary (the kernel maps a fault's neighbours
//! too), 6–7 MiB of it. Settled once those threads wait, only the settling thread's own way
//! back to its channel remains.
//!
//! Measured effect and cost: benches/RESULTS-imap.md.

use std::sync::{mpsc, OnceLock};
use std::time::Duration;

/// How long after the last request the settle runs: the threads that did the work are back
/// waiting well within it, and it is short against the time between two mails.
pub const SETTLE_DELAY: Duration = Duration::from_millis(50);

/// Gives back what a piece of work made resident: called once at the end of each sync pass
/// and of each notifier round that did work — never on a timer, and never by polling /proc
/// while nothing happens. The settle itself runs [`SETTLE_DELAY`] later on the settling
/// thread (requests that arrive meanwhile share it); where that thread cannot be started, at
/// once. `what` names the work in the debug log.
pub fn settle_after(what: &'static str) {
    static SETTLER: OnceLock<Option<Settler>> = OnceLock::new();
    let settler = SETTLER.get_or_init(|| Settler::start(SETTLE_DELAY, settle_logged));
    if !settler.as_ref().is_some_and(|s| s.request(what)) {
        settle_logged(what);
    }
}

fn settle_logged(what: &str) {
    let released = settle();
    tracing::debug!(
        "{what}: settled, {} KiB of clean file pages released",
        released / 1024
    );
}

/// A thread that runs `job` once, `delay` after a request, for all the requests made
/// meanwhile (the last one's name is passed on); it sleeps on its channel in between.
struct Settler {
    tx: mpsc::Sender<&'static str>,
}

impl Settler {
    fn start(delay: Duration, job: impl Fn(&'static str) + Send + 'static) -> Option<Settler> {
        let (tx, rx) = mpsc::channel::<&'static str>();
        std::thread::Builder::new()
            .name("cw-settle".into())
            .spawn(move || {
                while let Ok(mut what) = rx.recv() {
                    std::thread::sleep(delay);
                    while let Ok(later) = rx.try_recv() {
                        what = later;
                    }
                    job(what);
                }
            })
            .ok()?;
        Some(Settler { tx })
    }

    /// False when the thread is gone.
    fn request(&self, what: &'static str) -> bool {
        self.tx.send(what).is_ok()
    }
}

/// Returns free heap pages and the clean file pages of read-only mappings to the system.
/// Returns the bytes of file pages released (0 where the platform offers neither).
pub fn settle() -> u64 {
    release_free_heap();
    release_clean_file_pages()
}

/// At most two malloc arenas. glibc gives each new thread its own (up to 8 per core), and each
/// keeps its own fragments resident after a pass; the daemon allocates little, from few threads
/// at a time, so sharing costs nothing measurable. Call before starting threads.
#[allow(unsafe_code)] // reviewed exception (lib.rs)
pub fn limit_arenas() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: mallopt only sets an allocator parameter; M_ARENA_MAX takes any positive value.
    unsafe {
        libc::mallopt(libc::M_ARENA_MAX, 2);
    }
}

/// Returns free heap pages to the system; a no-op where the C library has no `malloc_trim`.
#[allow(unsafe_code)] // reviewed exception (lib.rs)
pub fn release_free_heap() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: malloc_trim only inspects and shrinks the allocator's own free lists; it is
    // thread-safe (it takes each arena's lock) and has no preconditions.
    unsafe {
        libc::malloc_trim(0);
    }
}

/// Unmaps (from this process only) the resident pages of file mappings that are read-only,
/// private and hold no page of their own: nothing in them differs from the file.
#[cfg(target_os = "linux")]
#[allow(unsafe_code)] // reviewed exception (lib.rs)
pub fn release_clean_file_pages() -> u64 {
    let Ok(smaps) = std::fs::read_to_string("/proc/self/smaps") else {
        return 0;
    };
    let mut released = 0;
    for m in clean_file_mappings(&smaps) {
        // SAFETY: the range is a whole mapping the kernel just listed, page-aligned. It is
        // private, not writable and has no anonymous or dirty page, so every page in it is
        // the file's page-cache page: MADV_DONTNEED only drops our page-table entries, and
        // any later access (by any thread, even one running code there right now) faults
        // the identical page back in. Mapping changes in between only make madvise fail.
        let r = unsafe { libc::madvise(m.start as *mut libc::c_void, m.len, libc::MADV_DONTNEED) };
        if r == 0 {
            released += m.rss;
        }
    }
    released
}

#[cfg(not(target_os = "linux"))]
pub fn release_clean_file_pages() -> u64 {
    0
}

/// One mapping from /proc/self/smaps that can be released.
#[derive(Debug, PartialEq, Eq)]
struct Mapping {
    start: usize,
    len: usize,
    /// Resident bytes.
    rss: u64,
}

/// The mappings of `smaps` (the text of /proc/PID/smaps) backed by a file, private, not
/// writable, resident, and with no anonymous, dirty or locked page.
fn clean_file_mappings(smaps: &str) -> Vec<Mapping> {
    struct Current {
        start: usize,
        len: usize,
        eligible: bool,
        rss: u64,
        dirty: bool,
    }
    let mut out = Vec::new();
    let mut cur: Option<Current> = None;
    let finish = |c: Option<Current>, out: &mut Vec<Mapping>| {
        if let Some(c) = c.filter(|c| c.eligible && !c.dirty && c.rss > 0) {
            out.push(Mapping {
                start: c.start,
                len: c.len,
                rss: c.rss,
            });
        }
    };
    for line in smaps.lines() {
        let mut words = line.split_whitespace();
        let Some(first) = words.next() else { continue };
        if let Some((a, b)) = first.split_once('-') {
            if let (Ok(start), Ok(end)) =
                (usize::from_str_radix(a, 16), usize::from_str_radix(b, 16))
            {
                finish(cur.take(), &mut out);
                let perms = words.next().unwrap_or("");
                // offset, device, inode, then the path (which may hold spaces).
                let path = words.by_ref().skip(3).collect::<Vec<_>>().join(" ");
                cur = Some(Current {
                    start,
                    len: end.saturating_sub(start),
                    // r?-p: readable or not, never writable, private; a file path.
                    eligible: perms.len() == 4
                        && perms.as_bytes()[1] == b'-'
                        && perms.as_bytes()[3] == b'p'
                        && path.starts_with('/')
                        && !path.ends_with(" (deleted)"),
                    rss: 0,
                    dirty: false,
                });
                continue;
            }
        }
        let Some(c) = cur.as_mut() else { continue };
        let kb = || {
            words
                .clone()
                .next()
                .and_then(|v| v.parse::<u64>().ok())
                .unwrap_or(u64::MAX)
        };
        match first {
            "Rss:" => c.rss = kb().saturating_mul(1024),
            "Anonymous:" | "Private_Dirty:" | "Shared_Dirty:" | "Swap:" | "Locked:" => {
                c.dirty |= kb() != 0
            }
            "VmFlags:" => c.dirty |= line.split_whitespace().any(|f| f == "lo"),
            _ => {}
        }
    }
    finish(cur.take(), &mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const SMAPS: &str = "\
55ff05ad2000-55ff05ad4000 r--p 00000000 fe:00 5360845                    /usr/bin/casewatch
Rss:                   8 kB
Private_Dirty:         0 kB
Anonymous:             0 kB
VmFlags: rd mr mw me
55ff05e97000-55ff067e5000 r-xp 003c4000 fe:00 5360845                    /usr/bin/casewatch
Size:               9528 kB
Rss:                8952 kB
Shared_Dirty:          0 kB
Private_Dirty:         0 kB
Anonymous:             0 kB
Swap:                  0 kB
Locked:                0 kB
VmFlags: rd ex mr mw me
55ff067e5000-55ff0689a000 r--p 00d11000 fe:00 5360845                    /usr/bin/casewatch
Rss:                 724 kB
Private_Dirty:       724 kB
Anonymous:           724 kB
VmFlags: rd mr mw me ac
55ff0689a000-55ff068a0000 rw-p 00dc5000 fe:00 5360845                    /usr/bin/casewatch
Rss:                  24 kB
Anonymous:             0 kB
7f0000000000-7f0000001000 r-xp 00000000 fe:00 42                         /usr/lib/libc.so.6
Rss:                   4 kB
Anonymous:             0 kB
VmFlags: rd ex mr mw me lo
7f0000002000-7f0000003000 r-xp 00000000 fe:00 43                         /usr/lib/libgone.so (deleted)
Rss:                   4 kB
Anonymous:             0 kB
7f0000004000-7f0000006000 r--s 00000000 fe:00 44                         /var/db/cw.db-shm
Rss:                   8 kB
Anonymous:             0 kB
7ffd00000000-7ffd00021000 rw-p 00000000 00:00 0                          [stack]
Rss:                  16 kB
7ffd00030000-7ffd00032000 r-xp 00000000 00:00 0                          [vdso]
Rss:                   8 kB
7ffd00040000-7ffd00042000 r--p 00000000 fe:00 45                         /usr/share/empty
Rss:                   0 kB
Anonymous:             0 kB
";

    #[test]
    fn only_clean_private_read_only_file_mappings_are_released() {
        let got = clean_file_mappings(SMAPS);
        assert_eq!(
            got,
            vec![
                Mapping {
                    start: 0x55ff05ad2000,
                    len: 0x2000,
                    rss: 8 * 1024
                },
                Mapping {
                    start: 0x55ff05e97000,
                    len: 0x55ff067e5000 - 0x55ff05e97000,
                    rss: 8952 * 1024
                },
            ],
            "not the relocated (anonymous) one, the writable one, a locked one, a deleted \
             file, a shared one, the stack, the vDSO, or one with nothing resident"
        );
    }

    #[test]
    fn unreadable_lines_release_nothing() {
        assert!(clean_file_mappings("").is_empty());
        assert!(clean_file_mappings("garbage\nRss: 5 kB\n").is_empty());
        // A mapping whose counters cannot be read is treated as dirty.
        let s = "1000-2000 r-xp 0 fe:00 1 /bin/x\nRss: 4 kB\nAnonymous: ?? kB\n";
        assert!(clean_file_mappings(s).is_empty());
    }

    #[test]
    fn a_settle_runs_later_on_its_own_thread_once_for_requests_made_meanwhile() {
        use std::sync::{Arc, Mutex};
        let runs = Arc::new(Mutex::new(Vec::new()));
        let seen = runs.clone();
        let s = Settler::start(Duration::from_millis(100), move |what| {
            seen.lock()
                .unwrap()
                .push((what, std::thread::current().name().map(String::from)));
        })
        .expect("a thread");
        assert!(s.request("pass"));
        assert!(s.request("notifier round"));
        assert!(runs.lock().unwrap().is_empty(), "not inline");
        let deadline = std::time::Instant::now() + Duration::from_secs(10);
        while runs.lock().unwrap().is_empty() && std::time::Instant::now() < deadline {
            std::thread::sleep(Duration::from_millis(10));
        }
        std::thread::sleep(Duration::from_millis(150));
        assert_eq!(
            *runs.lock().unwrap(),
            vec![("notifier round", Some("cw-settle".to_string()))],
            "one settle for both requests, named after the last, on the settling thread"
        );
        assert!(s.request("pass"));
        while runs.lock().unwrap().len() < 2 && std::time::Instant::now() < deadline {
            std::thread::sleep(Duration::from_millis(10));
        }
        assert_eq!(
            runs.lock().unwrap().len(),
            2,
            "the next request settles again"
        );
    }

    #[cfg(target_os = "linux")]
    #[test]
    fn releasing_our_own_clean_pages_keeps_the_process_working() {
        // The real thing on this process: release, then run code and read constants that
        // live in the released pages (they fault back in from the page cache).
        let before = std::fs::read_to_string("/proc/self/smaps").unwrap();
        assert!(!clean_file_mappings(&before).is_empty());
        let released = settle();
        assert!(released > 0);
        let r = crate::core::rules::RuleSet::builtin();
        assert!(r.candidate.is_match("AWS12345678"));
    }
}
