//! A private Dovecot on free loopback ports with a generated certificate (RECIPES.md), one per
//! test. A missing `dovecot` fails the test (CASEWATCH_SKIP_SERVERS=1 skips it on purpose).

use std::io::Write;
use std::net::{TcpListener, TcpStream};
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::time::{Duration, Instant};

pub const USER: &str = "alice";
pub const PASSWORD: &str = "pw-Kx93-correct-horse";
/// The one access token the test introspection endpoint calls active (for alice).
pub const OAUTH_TOKEN: &str = "ya29.test-Zq81-token";

/// A minimal token-introspection endpoint (RFC 7662 style) on a free loopback port: active for
/// [`OAUTH_TOKEN`], inactive for anything else. It lives as long as the test process.
fn introspection_server() -> u16 {
    use std::io::{BufRead, BufReader, Read};
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            let mut reader = BufReader::new(stream);
            let mut len = 0usize;
            loop {
                let mut line = String::new();
                if reader.read_line(&mut line).unwrap_or(0) == 0 || line == "\r\n" {
                    break;
                }
                if let Some(v) = line.to_ascii_lowercase().strip_prefix("content-length:") {
                    len = v.trim().parse().unwrap_or(0);
                }
            }
            let mut body = vec![0u8; len];
            let _ = reader.read_exact(&mut body);
            let body = String::from_utf8_lossy(&body);
            let active = body.split('&').any(|kv| {
                kv == format!("token={}", OAUTH_TOKEN.replace('.', "%2E"))
                    || kv == format!("token={OAUTH_TOKEN}")
            });
            let json = if active {
                format!("{{\"active\": true, \"username\": \"{USER}\"}}")
            } else {
                "{\"active\": false}".to_string()
            };
            let mut stream = reader.into_inner();
            let _ = std::io::Write::write_all(
                &mut stream,
                format!(
                    "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{json}",
                    json.len()
                )
                .as_bytes(),
            );
        }
    });
    port
}

pub struct Dovecot {
    pub dir: tempfile::TempDir,
    pub conf: PathBuf,
    pub cert: PathBuf,
    pub port_tls: u16,
    /// The plaintext listener (loopback only), for tests of `security = "plain"`.
    #[allow(dead_code)]
    pub port_plain: u16,
    child: Option<Child>,
}

fn find(bin: &str) -> Option<PathBuf> {
    ["/usr/sbin", "/usr/bin", "/usr/local/sbin", "/usr/local/bin"]
        .iter()
        .map(|d| Path::new(d).join(bin))
        .find(|p| p.exists())
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

fn check(what: &str, out: Output) -> Output {
    assert!(
        out.status.success(),
        "{what} failed: {}\n{}",
        String::from_utf8_lossy(&out.stderr),
        String::from_utf8_lossy(&out.stdout)
    );
    out
}

impl Dovecot {
    /// Starts a server; when dovecot is missing, fails (or, with CASEWATCH_SKIP_SERVERS=1, returns
    /// None after noting the skip).
    pub fn start() -> Option<Dovecot> {
        let Some(bin) = find("dovecot") else {
            crate::missing_server("dovecot is not installed: apt-get install -y dovecot-imapd");
            return None;
        };
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path().to_path_buf();
        // The mail user (65534) must reach its home below the temp dir.
        set_mode(&d, 0o755);
        let cert = d.join("cert.pem");
        let key = d.join("key.pem");
        check(
            "openssl",
            Command::new("openssl")
                .args([
                    "req",
                    "-x509",
                    "-newkey",
                    "ec",
                    "-pkeyopt",
                    "ec_paramgen_curve:prime256v1",
                    "-nodes",
                    "-days",
                    "3650",
                    "-keyout",
                ])
                .arg(&key)
                .arg("-out")
                .arg(&cert)
                .args([
                    "-subj",
                    "/CN=localhost",
                    "-addext",
                    "subjectAltName=DNS:localhost,IP:127.0.0.1",
                    "-addext",
                    "basicConstraints=critical,CA:FALSE",
                    "-addext",
                    "keyUsage=critical,digitalSignature",
                    "-addext",
                    "extendedKeyUsage=serverAuth",
                ])
                .output()
                .unwrap(),
        );
        let mail = d.join("mail");
        std::fs::create_dir_all(mail.join(USER)).unwrap();
        set_mode(&mail, 0o755);
        std::os::unix::fs::chown(mail.join(USER), Some(65534), Some(65534)).unwrap();
        set_mode(&mail.join(USER), 0o700);
        let users = d.join("users");
        std::fs::write(
            &users,
            format!(
                "{USER}:{{PLAIN}}{PASSWORD}:65534:65534::{}::\n",
                mail.join(USER).display()
            ),
        )
        .unwrap();
        let (port_tls, port_plain) = (free_port(), free_port());
        // OAuth (XOAUTH2): Dovecot's oauth2 passdb asks this introspection endpoint (RECIPES.md).
        let intro = introspection_server();
        let oauth = d.join("oauth2.conf.ext");
        std::fs::write(
            &oauth,
            format!(
                "introspection_mode = post\nintrospection_url = http://127.0.0.1:{intro}/introspect\n\
                 username_attribute = username\nactive_attribute = active\nactive_value = true\n"
            ),
        )
        .unwrap();
        let unique = d.file_name().unwrap().to_string_lossy().to_string();
        let conf = d.join("dovecot.conf");
        let dd = d.display();
        std::fs::write(
            &conf,
            format!(
                "instance_name = casewatch-test-{unique}
base_dir = {dd}/run
state_dir = {dd}/state
protocols = imap
listen = 127.0.0.1
log_path = {dd}/dovecot.log
ssl = yes
ssl_cert = <{cert}
ssl_key = <{key}
auth_mechanisms = plain login xoauth2 oauthbearer
passdb {{
  driver = oauth2
  mechanisms = xoauth2 oauthbearer
  args = {oauth}
}}
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {users}
}}
userdb {{
  driver = passwd-file
  args = username_format=%u {users}
}}
mail_location = maildir:~/Maildir
namespace inbox {{
  inbox = yes
  mailbox Sent {{
    special_use = \\Sent
  }}
}}
service imap-login {{
  inet_listener imap {{
    address = 127.0.0.1
    port = {port_plain}
  }}
  inet_listener imaps {{
    address = 127.0.0.1
    port = {port_tls}
    ssl = yes
  }}
}}
",
                cert = cert.display(),
                key = key.display(),
                users = users.display(),
                oauth = oauth.display(),
            ),
        )
        .unwrap();
        let _ = bin;
        let mut dc = Dovecot {
            dir,
            conf,
            cert,
            port_tls,
            port_plain,
            child: None,
        };
        dc.launch(true);
        Some(dc)
    }

    /// Starts the server. A port that `free_port` found free can be taken before Dovecot binds
    /// it (by another test's server, or as a client connection's local port): on "Address
    /// already in use" a first start takes two new ports, a restart tries the same ones again.
    fn launch(&mut self, first: bool) {
        for attempt in 0.. {
            let logged = self.log().len();
            let child = Command::new(find("dovecot").unwrap())
                .arg("-F")
                .arg("-c")
                .arg(&self.conf)
                .stdin(Stdio::null())
                .stdout(Stdio::null())
                // What Dovecot says before its log is open (a config it refuses) goes here.
                .stderr(
                    std::fs::OpenOptions::new()
                        .create(true)
                        .append(true)
                        .open(self.dir.path().join("dovecot.stderr"))
                        .unwrap(),
                )
                .process_group(0)
                .spawn()
                .unwrap();
            self.child = Some(child);
            let t0 = Instant::now();
            let mut exited = false;
            while TcpStream::connect(("127.0.0.1", self.port_tls)).is_err() {
                if let Some(c) = self.child.as_mut() {
                    exited = c.try_wait().unwrap().is_some();
                }
                assert!(
                    t0.elapsed() < Duration::from_secs(10),
                    "dovecot did not start; log:\n{}",
                    self.log_and_stderr()
                );
                if exited {
                    break;
                }
                std::thread::sleep(Duration::from_millis(20));
            }
            if !exited {
                return;
            }
            self.child = None;
            let log = self.log();
            assert!(
                attempt < 20 && log[logged.min(log.len())..].contains("Address already in use"),
                "dovecot did not start; log:\n{}",
                self.log_and_stderr()
            );
            if first {
                let conf = std::fs::read_to_string(&self.conf).unwrap();
                let (tls, plain) = (free_port(), free_port());
                let conf = conf
                    .replace(
                        &format!("port = {}\n", self.port_tls),
                        &format!("port = {tls}\n"),
                    )
                    .replace(
                        &format!("port = {}\n", self.port_plain),
                        &format!("port = {plain}\n"),
                    );
                std::fs::write(&self.conf, conf).unwrap();
                (self.port_tls, self.port_plain) = (tls, plain);
            } else {
                std::thread::sleep(Duration::from_millis(200));
            }
        }
    }

    /// Stops the server and every session process: a SIGTERM to the master alone leaves the
    /// running `imap` processes serving their clients, so the whole process group gets it.
    pub fn stop(&mut self) {
        if let Some(mut c) = self.child.take() {
            signal_group(c.id());
            let t0 = Instant::now();
            while c.try_wait().unwrap().is_none() {
                if t0.elapsed() > Duration::from_secs(5) {
                    let _ = c.kill();
                    let _ = c.wait();
                    break;
                }
                std::thread::sleep(Duration::from_millis(20));
            }
            // Wait for the listeners to go away before a restart on the same ports.
            let t0 = Instant::now();
            while TcpStream::connect(("127.0.0.1", self.port_tls)).is_ok()
                && t0.elapsed() < Duration::from_secs(5)
            {
                std::thread::sleep(Duration::from_millis(20));
            }
        }
    }

    /// Puts many messages into INBOX at once, as Maildir files (a `doveadm save` each would
    /// take a minute for a few hundred). The server sees them at its next look.
    pub fn deliver_many(&self, mails: &[Vec<u8>]) {
        self.deliver_many_to("INBOX", mails);
    }

    /// [`Dovecot::deliver_many`] into any mailbox (Maildir++: `.Name/new`).
    pub fn deliver_many_to(&self, mailbox: &str, mails: &[Vec<u8>]) {
        let maildir = self.dir.path().join("mail").join(USER).join("Maildir");
        let new = match mailbox {
            "INBOX" => maildir.join("new"),
            other => maildir.join(format!(".{other}")).join("new"),
        };
        std::fs::create_dir_all(&new).unwrap();
        for (i, raw) in mails.iter().enumerate() {
            let f = new.join(format!("1700000000.M{i}P1.casewatch-test"));
            std::fs::write(&f, raw).unwrap();
            std::os::unix::fs::chown(&f, Some(65534), Some(65534)).unwrap();
        }
        // Every directory from `new` up to Maildir belongs to the server's user.
        for dir in new.ancestors().take_while(|d| d.starts_with(&maildir)) {
            std::os::unix::fs::chown(dir, Some(65534), Some(65534)).unwrap();
        }
    }

    /// The pids of the server's `imap` session processes (one per client connection).
    pub fn sessions(&self) -> Vec<u32> {
        let Some(master) = self.child.as_ref().map(Child::id) else {
            return Vec::new();
        };
        let mut out = Vec::new();
        for entry in std::fs::read_dir("/proc").into_iter().flatten().flatten() {
            let Ok(pid) = entry.file_name().to_string_lossy().parse::<u32>() else {
                continue;
            };
            let Ok(stat) = std::fs::read_to_string(entry.path().join("stat")) else {
                continue;
            };
            // "pid (comm) state ppid ...": comm may hold spaces, so split after the last ')'.
            let (Some(open), Some(close)) = (stat.find('('), stat.rfind(')')) else {
                continue;
            };
            let comm = &stat[open + 1..close];
            let ppid = stat[close + 1..].split_whitespace().nth(1);
            if comm == "imap" && ppid == Some(&master.to_string()) {
                out.push(pid);
            }
        }
        out
    }

    pub fn restart(&mut self) {
        self.stop();
        self.launch(false);
    }

    pub fn log(&self) -> String {
        std::fs::read_to_string(self.dir.path().join("dovecot.log")).unwrap_or_default()
    }

    /// The log, and what Dovecot wrote to stderr, for a failure's message.
    fn log_and_stderr(&self) -> String {
        let stderr =
            std::fs::read_to_string(self.dir.path().join("dovecot.stderr")).unwrap_or_default();
        format!("{}\nstderr:\n{stderr}", self.log())
    }

    /// Runs doveadm. Right after a (re)start Dovecot's auth process may not listen yet
    /// ("auth-userdb … Connection refused"): that is retried for a few seconds.
    pub fn doveadm(&self, args: &[&str], stdin: Option<&[u8]>) -> Output {
        let t0 = Instant::now();
        loop {
            let out = self.doveadm_once(args, stdin);
            let starting = String::from_utf8_lossy(&out.stderr).contains("auth-userdb");
            if out.status.success() || !starting || t0.elapsed() > Duration::from_secs(10) {
                return check(&format!("doveadm {args:?}"), out);
            }
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    fn doveadm_once(&self, args: &[&str], stdin: Option<&[u8]>) -> Output {
        let mut c = Command::new(find("doveadm").expect("doveadm"))
            .arg("-c")
            .arg(&self.conf)
            .args(args)
            .stdin(if stdin.is_some() {
                Stdio::piped()
            } else {
                Stdio::null()
            })
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        if let Some(data) = stdin {
            c.stdin.take().unwrap().write_all(data).unwrap();
        }
        c.wait_with_output().unwrap()
    }

    pub fn create_mailbox(&self, name: &str) {
        self.doveadm(&["mailbox", "create", "-u", USER, name], None);
    }

    /// Delivers a message as the server would (no client session involved).
    pub fn append(&self, mailbox: &str, raw: &[u8]) {
        self.doveadm(&["save", "-u", USER, "-m", mailbox], Some(raw));
    }

    /// "uid flags" of every message, as a second client sees them.
    pub fn flags(&self, mailbox: &str) -> String {
        let out = self.doveadm(
            &["fetch", "-u", USER, "uid flags", "mailbox", mailbox, "all"],
            None,
        );
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    /// The server sends BYE to every session of the user.
    /// Retries briefly: the session must be known to the server's anvil first.
    pub fn kick(&self) {
        let t0 = Instant::now();
        loop {
            let out = Command::new(find("doveadm").expect("doveadm"))
                .arg("-c")
                .arg(&self.conf)
                .args(["kick", USER])
                .output()
                .unwrap();
            if out.status.success() {
                return;
            }
            let who = Command::new(find("doveadm").unwrap())
                .arg("-c")
                .arg(&self.conf)
                .arg("who")
                .output()
                .unwrap();
            assert!(
                t0.elapsed() < Duration::from_secs(5),
                "doveadm kick: {}\nwho: {}{}",
                String::from_utf8_lossy(&out.stderr),
                String::from_utf8_lossy(&who.stdout),
                String::from_utf8_lossy(&who.stderr)
            );
            std::thread::sleep(Duration::from_millis(200));
        }
    }
}

fn set_mode(p: &Path, mode: u32) {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(p, std::fs::Permissions::from_mode(mode)).unwrap();
}

fn signal_group(pgid: u32) {
    let _ = Command::new("kill")
        .args(["-TERM", "--", &format!("-{pgid}")])
        .status();
}

impl Drop for Dovecot {
    fn drop(&mut self) {
        self.stop();
    }
}
