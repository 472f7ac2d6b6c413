//! Notifications on a real private session bus: dbus-daemon (no service activation) with
//! python3-dbusmock's notification server. Checks the Notify calls casewatch makes, the
//! buttons, and the fallback when there is no bus, no server, or a server that never answers.
//! A missing dbus-daemon or dbusmock fails the test (CASEWATCH_SKIP_SERVERS=1 skips it on purpose).

use serde_json::Value;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::time::{Duration, Instant};

const PY: &str = "/usr/bin/python3";

/// A private session bus without service activation (shared with benches/notify_latency.sh).
fn bus_conf() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/dbus/session.conf")
}

/// Whether the tools exist; outside CI a missing tool skips the test, in CI it fails it.
pub(crate) fn have_tools() -> bool {
    let dbus = Command::new("dbus-daemon")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    let mock = Command::new(PY)
        .args(["-c", "import dbusmock"])
        .output()
        .is_ok_and(|o| o.status.success());
    if dbus && mock {
        return true;
    }
    let msg = format!("dbus-daemon present: {dbus}, python3-dbusmock present: {mock}");
    crate::missing_server(&format!(
        "notification tests need dbus-daemon and python3-dbusmock ({msg}): apt-get install -y dbus python3-dbusmock"
    ));
    false
}

struct Killed(Child);
impl Drop for Killed {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// A private session bus, and optionally something owning org.freedesktop.Notifications.
pub(crate) struct Bus {
    pub(crate) address: String,
    _server: Option<Killed>,
    _daemon: Killed,
}

pub(crate) enum Server {
    None,
    /// dbusmock's notification daemon with actions and markup.
    Mock,
    /// Owns the name and never answers.
    Silent,
    /// dbusmock's logind (org.freedesktop.login1), as the system bus has it.
    Logind,
}

impl Bus {
    pub(crate) fn start(server: Server) -> Bus {
        Bus::start_at(server, None)
    }

    /// A bus listening at `listen` (a D-Bus address), or where it likes.
    pub(crate) fn start_at(server: Server, listen: Option<&str>) -> Bus {
        let mut daemon = Command::new("dbus-daemon");
        if let Some(a) = listen {
            daemon.arg(format!("--address={a}"));
        }
        let mut daemon = daemon
            .arg(format!("--config-file={}", bus_conf().display()))
            .args(["--print-address=1", "--nofork"])
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("start dbus-daemon");
        let mut line = String::new();
        BufReader::new(daemon.stdout.take().unwrap())
            .read_line(&mut line)
            .unwrap();
        let address = line.trim().to_string();
        assert!(!address.is_empty(), "dbus-daemon printed no address");
        let daemon = Killed(daemon);
        let name = match server {
            Server::Logind => "org.freedesktop.login1",
            _ => "org.freedesktop.Notifications",
        };
        let server = match server {
            Server::None => None,
            Server::Mock => Some(
                Command::new(PY)
                    .args([
                        "-m",
                        "dbusmock",
                        "--template",
                        "notification_daemon",
                        "-p",
                        r#"{"capabilities": "actions body body-markup"}"#,
                    ])
                    .env("DBUS_SESSION_BUS_ADDRESS", &address)
                    .stdout(Stdio::null())
                    .stderr(Stdio::null())
                    .spawn()
                    .expect("start dbusmock"),
            ),
            Server::Logind => Some(
                Command::new(PY)
                    .args(["-m", "dbusmock", "--template", "logind"])
                    .env("DBUS_SYSTEM_BUS_ADDRESS", &address)
                    .stdout(Stdio::null())
                    .stderr(Stdio::null())
                    .spawn()
                    .expect("start dbusmock's logind"),
            ),
            Server::Silent => Some(
                Command::new(PY)
                    .args([
                        "-c",
                        "import dbus, time\nb = dbus.SessionBus()\nb.request_name('org.freedesktop.Notifications')\ntime.sleep(120)",
                    ])
                    .env("DBUS_SESSION_BUS_ADDRESS", &address)
                    .spawn()
                    .expect("start a silent name owner"),
            ),
        };
        let bus = Bus {
            address,
            _server: server.map(Killed),
            _daemon: daemon,
        };
        if bus._server.is_some() {
            let t = Instant::now();
            while !bus.busctl(&["status", name]).status.success() {
                assert!(
                    t.elapsed() < Duration::from_secs(15),
                    "{name} did not come up"
                );
                std::thread::sleep(Duration::from_millis(50));
            }
        }
        bus
    }

    fn busctl(&self, args: &[&str]) -> Output {
        Command::new("busctl")
            .arg(format!("--address={}", self.address))
            .args(args)
            .output()
            .unwrap()
    }

    /// The Notify calls the mock received: [app, replaces_id, icon, summary, body, actions, hints, timeout].
    pub(crate) fn notify_calls(&self) -> Vec<Vec<Value>> {
        let out = self.busctl(&[
            "--json=short",
            "call",
            "org.freedesktop.Notifications",
            "/org/freedesktop/Notifications",
            "org.freedesktop.DBus.Mock",
            "GetMethodCalls",
            "s",
            "Notify",
        ]);
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let v: Value = serde_json::from_slice(&out.stdout).unwrap();
        v["data"][0]
            .as_array()
            .unwrap()
            .iter()
            .map(|call| {
                call[1]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|a| a["data"].clone())
                    .collect()
            })
            .collect()
    }

    /// Starts watching the calls made to the notification server (dbus-monitor).
    pub(crate) fn monitor(&self) -> Monitor {
        let mut child = Command::new("dbus-monitor")
            .arg("--address")
            .arg(&self.address)
            .arg("type='method_call',interface='org.freedesktop.Notifications'")
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("start dbus-monitor (apt-get install -y dbus-bin)");
        let lines = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
        let (seen, stdout) = (lines.clone(), child.stdout.take().unwrap());
        let (tx, rx) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines().map_while(Result::ok) {
                let _ = tx.send(());
                seen.lock().unwrap().push(line);
            }
        });
        // It says NameAcquired once it is on the bus; the calls after that are seen.
        rx.recv_timeout(Duration::from_secs(10))
            .expect("dbus-monitor printed nothing");
        std::thread::sleep(Duration::from_millis(100));
        Monitor {
            lines,
            _child: Killed(child),
        }
    }

    /// logind says the machine went to sleep (`true`) or woke up (`false`).
    pub(crate) fn prepare_for_sleep(&self, going: bool) {
        let out = self.busctl(&[
            "call",
            "org.freedesktop.login1",
            "/org/freedesktop/login1",
            "org.freedesktop.DBus.Mock",
            "EmitSignal",
            "sssav",
            "org.freedesktop.login1.Manager",
            "PrepareForSleep",
            "b",
            "1",
            "b",
            if going { "true" } else { "false" },
        ]);
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }

    pub(crate) fn press(&self, id: u32, action: &str) {
        let id = id.to_string();
        let out = self.busctl(&[
            "call",
            "org.freedesktop.Notifications",
            "/org/freedesktop/Notifications",
            "org.freedesktop.DBus.Mock",
            "EmitSignal",
            "sssav",
            "org.freedesktop.Notifications",
            "ActionInvoked",
            "us",
            "2",
            "u",
            &id,
            "s",
            action,
        ]);
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
}

/// What dbus-monitor saw.
pub(crate) struct Monitor {
    lines: std::sync::Arc<std::sync::Mutex<Vec<String>>>,
    _child: Killed,
}

impl Monitor {
    /// The distinct bus connections (unique names) that called the notification server.
    pub(crate) fn callers(&self) -> std::collections::BTreeSet<String> {
        self.lines
            .lock()
            .unwrap()
            .iter()
            .filter(|l| l.starts_with("method call "))
            .filter_map(|l| l.split(" sender=").nth(1))
            .filter_map(|l| l.split_whitespace().next())
            .map(str::to_string)
            .collect()
    }
}

fn casewatch(bus_address: &str, config: &Path, args: &[&str]) -> (Output, Duration) {
    let t = Instant::now();
    let out = super::cli::bin()
        .env("DBUS_SESSION_BUS_ADDRESS", bus_address)
        .arg("--config")
        .arg(config)
        .args(args)
        .output()
        .unwrap();
    (out, t.elapsed())
}

fn stdout(o: &Output) -> String {
    assert!(
        o.status.success(),
        "failed: {}\n{}",
        String::from_utf8_lossy(&o.stderr),
        String::from_utf8_lossy(&o.stdout)
    );
    String::from_utf8_lossy(&o.stdout).into_owned()
}

#[test]
fn notify_test_shows_escaped_bilingual_text_with_buttons() {
    if !have_tools() {
        return;
    }
    let bus = Bus::start(Server::Mock);
    let (out, _) = casewatch(&bus.address, Path::new("/dev/null"), &["notify-test"]);
    assert!(stdout(&out).contains("via desktop"), "{}", stdout(&out));
    let calls = bus.notify_calls();
    assert_eq!(calls.len(), 1, "{calls:?}");
    let c = &calls[0];
    assert_eq!(c[0], "casewatch");
    assert_eq!(
        c[3],
        "[test] AWS T&C case 176221723200417: confirm the account merge"
    );
    let body = c[4].as_str().unwrap();
    assert!(body.contains("Reply: Confirmed. Please merge Account #2 (t.yamada@example-corp.co.jp) into Account #1 (taro.yamada.dev@gmail.com)."), "{body}");
    assert!(body.contains("アカウント#2をアカウント#1に統合"), "{body}");
    assert!(
        body.contains("&lt;Account #1 is kept&gt;") && !body.contains('<'),
        "{body}"
    );
    assert_eq!(actions(c), BUTTONS);
}

/// The buttons casewatch offers, as Notify's `actions` (key, label, …).
pub(crate) const BUTTONS: [&str; 6] =
    ["reply", "Reply", "replied", "I replied", "snooze", "Snooze"];

/// The `actions` argument of one recorded Notify call.
pub(crate) fn actions(call: &[Value]) -> Vec<&str> {
    call[5]
        .as_array()
        .map(|a| a.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default()
}

/// No bus, a bus without a server, a server that never answers: each falls back to
/// notify_command within the timeout.
#[test]
fn falls_back_to_notify_command_within_the_timeout() {
    if !have_tools() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let out_file = dir.path().join("out.txt");
    let config = dir.path().join("config.toml");
    std::fs::write(
        &config,
        format!(
            "[notify]\ntimeout = \"2s\"\nnotify_command = [\"sh\", \"-c\", \"printf '%s|%s|%s' \\\"$1\\\" \\\"$2\\\" \\\"$3\\\" >> {}\", \"sh\", \"{{case}}\", \"{{purpose}}\", \"{{summary}}\"]\n",
            out_file.display()
        ),
    )
    .unwrap();
    let empty = Bus::start(Server::None);
    let silent = Bus::start(Server::Silent);
    for (what, address) in [
        ("no bus", "unix:path=/nonexistent".to_string()),
        ("no server", empty.address.clone()),
        ("silent server", silent.address.clone()),
    ] {
        let _ = std::fs::remove_file(&out_file);
        let (out, took) = casewatch(&address, &config, &["notify-test"]);
        let text = stdout(&out);
        assert!(text.contains("via notify_command"), "{what}: {text}");
        assert!(took < Duration::from_secs(8), "{what}: took {took:?}");
        let got = std::fs::read_to_string(&out_file).unwrap();
        assert_eq!(
            got,
            "176221723200417|needs_reply|[test] AWS T&C case 176221723200417: confirm the account merge",
            "{what}"
        );
        let log = String::from_utf8_lossy(&out.stderr);
        assert!(log.contains("no desktop notification"), "{what}: {log}");
    }
    // Without notify_command nobody sees it: notify-test says so and exits non-zero.
    let (out, _) = casewatch(
        "unix:path=/nonexistent",
        Path::new("/dev/null"),
        &["notify-test"],
    );
    assert!(!out.status.success(), "{out:?}");
    assert!(
        String::from_utf8_lossy(&out.stdout).contains("went to the log only"),
        "{out:?}"
    );
}

fn import_request(db: &Path) -> String {
    let ex = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("config/examples/aws-merge-thread");
    for f in ["01-acknowledgement.eml", "02-confirmation-request.eml"] {
        let (out, _) = casewatch(
            "unix:path=/nonexistent",
            Path::new("/dev/null"),
            &[
                "--db",
                db.to_str().unwrap(),
                "import",
                ex.join(f).to_str().unwrap(),
            ],
        );
        stdout(&out);
    }
    let (out, _) = casewatch(
        "unix:path=/nonexistent",
        Path::new("/dev/null"),
        &["--db", db.to_str().unwrap(), "cases", "--json"],
    );
    let cases: Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(cases[0]["state"], "awaiting_you", "{cases}");
    cases[0]["case"].as_str().unwrap().to_string()
}

fn wait_until(what: &str, limit: Duration, mut f: impl FnMut() -> bool) {
    let t = Instant::now();
    while !f() {
        assert!(t.elapsed() < limit, "timed out waiting for {what}");
        std::thread::sleep(Duration::from_millis(100));
    }
}

/// The daemon's notifier delivers the confirmation request once; "I replied" on the
/// notification changes the case; a restart repeats nothing.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn needs_reply_once_and_the_replied_button_changes_the_case() {
    if !have_tools() {
        return;
    }
    let bus = Bus::start(Server::Mock);
    let monitor = bus.monitor();
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("cw.db");
    let case = import_request(&db);

    // The only in-process test that talks D-Bus: notify-rust reads the address from here.
    std::env::set_var("DBUS_SESSION_BUS_ADDRESS", &bus.address);
    let cfg = std::sync::Arc::new(
        casewatch::config::Config::from_toml_str(
            "[notify]\ntimeout = \"3s\"\nremind_after = \"3s\"\n",
            None,
            0,
        )
        .unwrap(),
    );
    let wake = std::sync::Arc::new(tokio::sync::Notify::new());
    let (tx, rx) = tokio::sync::watch::channel(false);
    let task = casewatch::alerts::spawn(cfg.clone(), db.clone(), wake.clone(), rx);

    let b = &bus;
    tokio::task::block_in_place(|| {
        wait_until("the Notify call", Duration::from_secs(15), || {
            !b.notify_calls().is_empty()
        })
    });
    let calls = bus.notify_calls();
    assert_eq!(calls.len(), 1, "{calls:?}");
    assert_eq!(
        calls[0][3],
        format!("AWS T&C case {case}: confirm the account merge")
    );
    let body = calls[0][4].as_str().unwrap();
    assert!(
        body.contains("Reply: Confirmed. Please merge Account #2"),
        "{body}"
    );

    // The reminder replaces the request on screen (replaces_id), it does not stack.
    tokio::task::block_in_place(|| {
        wait_until("the reminder", Duration::from_secs(15), || {
            b.notify_calls().len() >= 2
        })
    });
    let calls = bus.notify_calls();
    assert_eq!(calls[0][1], 0, "{calls:?}");
    assert_eq!(
        calls[1][1], 1,
        "the reminder replaces notification 1: {calls:?}"
    );
    assert!(
        calls[1][3].as_str().unwrap().starts_with("Reminder: "),
        "{calls:?}"
    );

    // One connection for the request, the reminder and the buttons.
    let callers = monitor.callers();
    assert_eq!(
        callers.len(),
        1,
        "one bus connection per daemon: {callers:?}"
    );

    // Press "I replied" on the reminder (it took the request's place on screen).
    bus.press(1, "replied");
    let state = || {
        casewatch::store::Store::open(&db)
            .unwrap()
            .case(&case)
            .unwrap()
            .unwrap()
            .state
    };
    tokio::task::block_in_place(|| {
        wait_until("the case to change", Duration::from_secs(10), || {
            state() == casewatch::core::case::State::AwaitingSupport
        })
    });

    // Restart the notifier: nothing is repeated.
    tx.send(true).unwrap();
    task.await.unwrap();
    let (tx, rx) = tokio::sync::watch::channel(false);
    let task = casewatch::alerts::spawn(cfg, db.clone(), wake.clone(), rx);
    wake.notify_one();
    tokio::time::sleep(Duration::from_secs(2)).await;
    tx.send(true).unwrap();
    task.await.unwrap();
    assert_eq!(bus.notify_calls().len(), 2);
}

/// The daemon keeps one connection; when the bus goes away and comes back (a session bus
/// restart), the next notification connects again, and the buttons work on the new one.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_bus_connection_is_made_again_after_the_bus_restarts() {
    use casewatch::adapters::notify::{self, Delivery, Message};
    if !have_tools() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let address = format!("unix:path={}", dir.path().join("bus").display());
    let m = Message {
        summary: "S".into(),
        body: "B".into(),
        plain: "B".into(),
        case: "1".into(),
        purpose: "needs_reply".into(),
        actions: true,
        replaces: None,
    };
    let cw = notify::Bus::at(&address);
    let t = Duration::from_secs(5);

    let bus = Bus::start_at(Server::Mock, Some(&address));
    let d = notify::deliver(&cw, &m, t, None).await;
    assert_eq!(d.via(), "desktop");
    drop(bus);
    // The bus is gone: logged, not lost, and no hang.
    let d = notify::deliver(&cw, &m, t, None).await;
    assert!(matches!(d, Delivery::Logged { .. }), "{}", d.via());

    let bus = Bus::start_at(Server::Mock, Some(&address));
    let monitor = bus.monitor();
    let Delivery::Desktop {
        id,
        action: Some(action),
    } = notify::deliver(&cw, &m, t, None).await
    else {
        panic!("not shown with buttons on the restarted bus");
    };
    let second = notify::deliver(&cw, &m, t, None).await;
    assert_eq!(second.via(), "desktop");
    assert_eq!(bus.notify_calls().len(), 2);
    let callers = monitor.callers();
    assert_eq!(
        callers.len(),
        1,
        "one connection after the restart: {callers:?}"
    );
    tokio::task::block_in_place(|| bus.press(id, "snooze"));
    assert_eq!(
        notify::wait_for_action(action, t).await.as_deref(),
        Some("snooze")
    );
}

/// `replied` and `snooze` from the command line, on a case and on an unknown one.
#[test]
fn replied_and_snooze_from_the_cli() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("cw.db");
    let case = import_request(&db);
    let dbs = db.to_str().unwrap();
    let run = |args: &[&str]| {
        casewatch(
            "unix:path=/nonexistent",
            Path::new("/dev/null"),
            &[&["--db", dbs], args].concat(),
        )
        .0
    };
    let s = stdout(&run(&["snooze", &case, "4h"]));
    assert!(s.contains("no reminders before"), "{s}");
    let s = stdout(&run(&["replied", &case]));
    assert!(s.contains("marked replied; reminders stopped"), "{s}");
    let o = run(&["replied", "999"]);
    assert!(!o.status.success());
    assert!(String::from_utf8_lossy(&o.stderr).contains("no case 999"));
}
