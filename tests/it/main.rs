//! The one integration-test binary (keeps CI link time down). Each module talks to the real
//! thing: the built binary, a private Dovecot, a private D-Bus session bus.
mod accounts;
mod cli;
mod corpora;
mod dovecot;
mod e2e;
mod golden;
mod imap;
mod notify;
mod probes;

/// A test that needs a server (Dovecot, dbus-daemon, dbusmock) fails when it is missing:
/// passing by skipping would test nothing. `CASEWATCH_SKIP_SERVERS=1` skips such tests on
/// purpose; each skip is listed in target/tmp/skipped-tests.txt, which `.ci/run` prints.
pub(crate) fn missing_server(what: &str) {
    if std::env::var("CASEWATCH_SKIP_SERVERS").as_deref() != Ok("1") {
        panic!(
            "{what} (set CASEWATCH_SKIP_SERVERS=1 to skip the tests that need it on purpose; \
             `bash .ci/run` installs what is missing)"
        );
    }
    eprintln!("SKIPPED (CASEWATCH_SKIP_SERVERS=1): {what}");
    let list = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("skipped-tests.txt");
    let test = std::thread::current().name().unwrap_or("?").to_string();
    let line = format!("{test}: {what}\n");
    let _ = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(list)
        .and_then(|mut f| std::io::Write::write_all(&mut f, line.as_bytes()));
}
