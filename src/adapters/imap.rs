//! IMAP, read-only: TLS (implicit or STARTTLS; plaintext only to loopback), LOGIN or XOAUTH2,
//! EXAMINE, `UID SEARCH`, `UID FETCH … BODY.PEEK[]<0.N>`, IDLE.
//!
//! This file owns the socket and async-imap's quirks and decides nothing about mail. It never
//! sends STORE, COPY, MOVE or EXPUNGE, never SELECTs (EXAMINE makes the mailbox read-only on the
//! server too) and only ever fetches with `BODY.PEEK`, so `\Seen` stays as the person left it.
//!
//! SEARCH and FETCH go through `run_command` + `read_response` rather than async-imap's
//! helpers, because those swallow a tagged NO/BAD and make a server error look like "no new
//! mail" (RECIPES.md I2); reading to the tagged response also drains every stream (I3).

use crate::config::{Account, AuthMethod, Secret, Security};
use async_imap::imap_proto::{AttributeValue, MailboxDatum, NameAttribute, Response, Status};
use futures::StreamExt;
use std::fmt;
use std::sync::Arc;
use std::time::Duration;
use tokio::io::{AsyncRead, AsyncWrite};
use tokio::net::TcpStream;
use tokio_rustls::rustls::{self, pki_types};
use tokio_rustls::TlsConnector;

/// Anything async-imap can talk over: a TLS stream, or TCP to loopback.
pub trait Io: AsyncRead + AsyncWrite + Unpin + Send + fmt::Debug {}
impl<T: AsyncRead + AsyncWrite + Unpin + Send + fmt::Debug> Io for T {}

pub type Session = async_imap::Session<Box<dyn Io>>;
pub type IdleHandle = async_imap::extensions::idle::Handle<Box<dyn Io>>;

const CONNECT_TIMEOUT: Duration = Duration::from_secs(20);
/// IMAP servers greet at once; silence means the port waits for something else (TLS).
const GREETING_TIMEOUT: Duration = Duration::from_secs(2);
const COMMAND_TIMEOUT: Duration = Duration::from_secs(120);
const SECRET_TIMEOUT: Duration = Duration::from_secs(60);

#[derive(Debug, thiserror::Error)]
pub enum ImapError {
    #[error("cannot connect to {host}:{port}: {message}")]
    Connect {
        host: String,
        port: u16,
        message: String,
    },
    #[error("the certificate of {host} is not trusted ({message}); if the server uses a certificate from your own CA, point ca_file at that CA's PEM file")]
    Certificate { host: String, message: String },
    #[error("cannot read ca_file {path}: {message}")]
    CaFile { path: String, message: String },
    #[error("TLS with {host} failed: {message}")]
    Tls { host: String, message: String },
    #[error("login failed for {username}: the server said \"{message}\"; check `username` and {check} in the config")]
    Login {
        username: String,
        message: String,
        /// The config key that supplies the secret.
        check: String,
    },
    #[error("cannot get the password: {0}")]
    Secret(String),
    /// The server does not speak what the config says (TLS vs STARTTLS).
    #[error("{host}:{port}: {message}")]
    Setting {
        host: String,
        port: u16,
        message: String,
    },
    #[error("{0}")]
    Protocol(String),
    #[error("connection lost: {0}")]
    Lost(String),
}

impl ImapError {
    /// A failure that retrying soon will not fix (wrong password, untrusted certificate…):
    /// retry slowly instead of hammering the server.
    pub fn is_lasting(&self) -> bool {
        matches!(
            self,
            ImapError::Certificate { .. }
                | ImapError::CaFile { .. }
                | ImapError::Login { .. }
                | ImapError::Secret(_)
                | ImapError::Setting { .. }
        )
    }
}

impl From<async_imap::error::Error> for ImapError {
    fn from(e: async_imap::error::Error) -> Self {
        use async_imap::error::Error as E;
        match e {
            E::Io(e) => ImapError::Lost(e.to_string()),
            E::ConnectionLost => ImapError::Lost("the server closed the connection".into()),
            E::No(m) => ImapError::Protocol(format!("the server refused: {}", server_said(&m))),
            E::Bad(m) => ImapError::Protocol(format!(
                "the server rejected a command: {}",
                server_said(&m)
            )),
            other => ImapError::Protocol(other.to_string()),
        }
    }
}

/// What the server said, from async-imap's `code: Some(..), info: Some("...")` debug text.
fn server_said(m: &str) -> String {
    let info = m
        .split_once("info: Some(\"")
        .and_then(|(_, rest)| rest.rsplit_once("\")"))
        .map(|(text, _)| text.replace("\\\"", "\""));
    match info {
        Some(text) if !text.trim().is_empty() => text.trim().to_string(),
        _ => m.to_string(),
    }
}

impl From<std::io::Error> for ImapError {
    fn from(e: std::io::Error) -> Self {
        ImapError::Lost(e.to_string())
    }
}

/// Runs `fut` under a timeout; a silent server counts as a lost connection.
pub async fn timed<T>(
    what: &str,
    dur: Duration,
    fut: impl std::future::Future<Output = Result<T, ImapError>>,
) -> Result<T, ImapError> {
    tokio::time::timeout(dur, fut)
        .await
        .map_err(|_| ImapError::Lost(format!("no answer to {what} in {}s", dur.as_secs())))?
}

/// The password or token, fresh for every connection (never cached).
pub async fn secret(acc: &Account) -> Result<String, ImapError> {
    match &acc.secret {
        Secret::Env(var) => {
            let s = std::env::var(var)
                .map_err(|_| ImapError::Secret(format!("environment variable {var} is not set")))?;
            crate::logging::remember(&s);
            Ok(s)
        }
        Secret::Command(argv) => {
            let out = tokio::time::timeout(
                SECRET_TIMEOUT,
                tokio::process::Command::new(&argv[0])
                    .args(&argv[1..])
                    .stdin(std::process::Stdio::null())
                    .kill_on_drop(true)
                    .output(),
            )
            .await
            .map_err(|_| ImapError::Secret(format!("{} did not finish in 60s", argv[0])))?
            .map_err(|e| ImapError::Secret(format!("cannot run {}: {e}", argv[0])))?;
            if !out.status.success() {
                let err = String::from_utf8_lossy(&out.stderr);
                return Err(ImapError::Secret(format!(
                    "{} failed ({}): {}",
                    argv[0],
                    out.status,
                    err.trim().chars().take(200).collect::<String>()
                )));
            }
            let mut s = String::from_utf8(out.stdout)
                .map_err(|_| ImapError::Secret(format!("{} printed non-UTF-8", argv[0])))?;
            while s.ends_with('\n') || s.ends_with('\r') {
                s.pop();
            }
            if s.is_empty() {
                return Err(ImapError::Secret(format!("{} printed nothing", argv[0])));
            }
            crate::logging::remember(&s);
            Ok(s)
        }
    }
}

fn tls_config(acc: &Account) -> Result<Arc<rustls::ClientConfig>, ImapError> {
    let mut roots = rustls::RootCertStore::empty();
    let native = rustls_native_certs::load_native_certs();
    let (_added, _ignored) = roots.add_parsable_certificates(native.certs);
    if roots.is_empty() {
        roots.extend(webpki_roots::TLS_SERVER_ROOTS.iter().cloned());
    }
    if let Some(path) = &acc.ca_file {
        use pki_types::pem::PemObject;
        let ca_err = |message: String| ImapError::CaFile {
            path: path.display().to_string(),
            message,
        };
        let certs = pki_types::CertificateDer::pem_file_iter(path)
            .map_err(|e| ca_err(e.to_string()))?
            .collect::<Result<Vec<_>, _>>()
            .map_err(|e| ca_err(e.to_string()))?;
        if certs.is_empty() {
            return Err(ca_err("no PEM certificate in it".into()));
        }
        for c in certs {
            roots.add(c).map_err(|e| ca_err(e.to_string()))?;
        }
    }
    // Pick the provider explicitly: with two enabled, builder() panics (RECIPES.md T1).
    let cfg = rustls::ClientConfig::builder_with_provider(Arc::new(
        rustls::crypto::ring::default_provider(),
    ))
    .with_safe_default_protocol_versions()
    .map_err(|e| ImapError::Tls {
        host: acc.host.clone(),
        message: e.to_string(),
    })?
    .with_root_certificates(roots)
    .with_no_client_auth();
    Ok(Arc::new(cfg))
}

/// TLS over `tcp`; the server's certificate (DER) goes to `cert`, for `doctor`.
async fn tls_wrap(
    acc: &Account,
    tcp: TcpStream,
    cert: &mut Option<Vec<u8>>,
) -> Result<Box<dyn Io>, ImapError> {
    let connector = TlsConnector::from(tls_config(acc)?);
    let name = pki_types::ServerName::try_from(acc.host.clone()).map_err(|e| ImapError::Tls {
        host: acc.host.clone(),
        message: e.to_string(),
    })?;
    let tls = tokio::time::timeout(CONNECT_TIMEOUT, connector.connect(name, tcp))
        .await
        .map_err(|_| ImapError::Tls {
            host: acc.host.clone(),
            message: "handshake timed out".into(),
        })?
        .map_err(|e| {
            let inner = e
                .get_ref()
                .and_then(|i| i.downcast_ref::<rustls::Error>())
                .cloned();
            match inner {
                Some(rustls::Error::InvalidCertificate(c)) => ImapError::Certificate {
                    host: acc.host.clone(),
                    message: format!("{c:?}"),
                },
                // Plain IMAP's "* OK" greeting where a TLS record was expected.
                Some(rustls::Error::InvalidMessage(_)) => ImapError::Setting {
                    host: acc.host.clone(),
                    port: acc.port,
                    message: "this port does not speak TLS (it sent plain text): set security = \"starttls\" (usually port 143), or use the implicit-TLS port (usually 993)".into(),
                },
                _ => ImapError::Tls {
                    host: acc.host.clone(),
                    message: e.to_string(),
                },
            }
        })?;
    *cert = tls
        .get_ref()
        .1
        .peer_certificates()
        .and_then(|c| c.first())
        .map(|c| c.as_ref().to_vec());
    Ok(Box::new(tls))
}

async fn greeting<T: Io>(
    client: &mut async_imap::Client<T>,
    acc: &Account,
) -> Result<(), ImapError> {
    let resp = tokio::time::timeout(GREETING_TIMEOUT, client.read_response())
        .await
        .map_err(|_| match acc.security {
            // A server waiting for a TLS ClientHello says nothing.
            Security::Starttls | Security::Plain => ImapError::Setting {
                host: acc.host.clone(),
                port: acc.port,
                message: format!(
                    "no greeting within {}s: this port likely speaks implicit TLS; set security = \"tls\" (usually port 993)",
                    GREETING_TIMEOUT.as_secs()
                ),
            },
            Security::Tls => ImapError::Lost("no greeting from the server".into()),
        })??
        .ok_or_else(|| ImapError::Lost("closed before the greeting".into()))?;
    match resp.parsed() {
        Response::Data {
            status: Status::Bye,
            outcome,
        } => Err(ImapError::Lost(format!(
            "server said BYE: {}",
            outcome.information.as_deref().unwrap_or("")
        ))),
        _ => Ok(()),
    }
}

struct XOAuth2<'a> {
    user: &'a str,
    token: &'a str,
    sent: bool,
}

use base64::Engine as _;

impl async_imap::Authenticator for XOAuth2<'_> {
    type Response = Vec<u8>;
    fn process(&mut self, _challenge: &[u8]) -> Vec<u8> {
        if self.sent {
            // The second challenge is the server's JSON error: answer empty to get the NO.
            return Vec::new();
        }
        self.sent = true;
        let sasl = format!("user={}\x01auth=Bearer {}\x01\x01", self.user, self.token);
        // The token as it goes over the wire, base64: as secret as the token itself.
        crate::logging::remember(&base64::engine::general_purpose::STANDARD.encode(&sasl));
        sasl.into_bytes()
    }
}

/// Connects, secures and authenticates. The secret is fetched anew every time.
pub async fn connect(acc: &Account) -> Result<Session, ImapError> {
    connect_with_certificate(acc).await.map(|(s, _)| s)
}

/// What the server's certificate says, for people.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CertificateInfo {
    pub subject: String,
    /// Unix time.
    pub expires: i64,
}

fn certificate_info(der: &[u8]) -> Option<CertificateInfo> {
    let (_, cert) = x509_parser::parse_x509_certificate(der).ok()?;
    Some(CertificateInfo {
        subject: cert.subject().to_string(),
        expires: cert.validity().not_after.timestamp(),
    })
}

/// [`connect`], and the certificate the server showed (None without TLS).
pub async fn connect_with_certificate(
    acc: &Account,
) -> Result<(Session, Option<CertificateInfo>), ImapError> {
    let mut cert = None;
    let tcp = tokio::time::timeout(
        CONNECT_TIMEOUT,
        TcpStream::connect((acc.host.as_str(), acc.port)),
    )
    .await
    .map_err(|_| ImapError::Connect {
        host: acc.host.clone(),
        port: acc.port,
        message: "timed out".into(),
    })?
    .map_err(|e| ImapError::Connect {
        host: acc.host.clone(),
        port: acc.port,
        message: e.to_string(),
    })?;
    let _ = tcp.set_nodelay(true);

    let client: async_imap::Client<Box<dyn Io>> = match acc.security {
        Security::Tls => {
            let mut c = async_imap::Client::new(tls_wrap(acc, tcp, &mut cert).await?);
            greeting(&mut c, acc).await?;
            c
        }
        Security::Plain => {
            if !crate::config::is_loopback(&acc.host) {
                return Err(ImapError::Tls {
                    host: acc.host.clone(),
                    message: "plaintext is allowed only to a loopback host".into(),
                });
            }
            let mut c = async_imap::Client::new(Box::new(tcp) as Box<dyn Io>);
            greeting(&mut c, acc).await?;
            c
        }
        Security::Starttls => {
            let mut c = async_imap::Client::new(tcp);
            greeting(&mut c, acc).await?;
            timed("STARTTLS", CONNECT_TIMEOUT, async {
                c.run_command_and_check_ok("STARTTLS", None)
                    .await
                    .map_err(|e| ImapError::Tls {
                        host: acc.host.clone(),
                        message: format!("STARTTLS refused: {e}"),
                    })
            })
            .await?;
            // No second greeting after STARTTLS (RECIPES.md I1).
            async_imap::Client::new(tls_wrap(acc, c.into_inner(), &mut cert).await?)
        }
    };

    let secret = secret(acc).await?;
    let check = match (&acc.auth, &acc.secret) {
        (AuthMethod::Xoauth2, _) => "token_command (an expired or wrong token)".to_string(),
        (_, Secret::Env(var)) => format!("the password in ${var} (password_env)"),
        (_, Secret::Command(_)) => "what password_command prints".to_string(),
    };
    let login_err = |e: async_imap::error::Error| match e {
        async_imap::error::Error::No(m) | async_imap::error::Error::Bad(m) => ImapError::Login {
            username: acc.username.clone(),
            message: server_said(&m),
            check: check.clone(),
        },
        other => ImapError::from(other),
    };
    let session = match acc.auth {
        AuthMethod::Login => {
            timed("LOGIN", COMMAND_TIMEOUT, async {
                client
                    .login(&acc.username, &secret)
                    .await
                    .map_err(|(e, _)| login_err(e))
            })
            .await?
        }
        AuthMethod::Xoauth2 => {
            timed("AUTHENTICATE", COMMAND_TIMEOUT, async {
                let auth = XOAuth2 {
                    user: &acc.username,
                    token: &secret,
                    sent: false,
                };
                client
                    .authenticate("XOAUTH2", auth)
                    .await
                    .map_err(|(e, _)| login_err(e))
            })
            .await?
        }
    };
    drop(secret);
    Ok((session, cert.as_deref().and_then(certificate_info)))
}

/// What EXAMINE told us about a mailbox.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MailboxInfo {
    pub uidvalidity: u32,
    /// None when the server did not say (then everything found counts).
    pub uidnext: Option<u32>,
    pub exists: u32,
}

/// EXAMINE (read-only SELECT).
pub async fn examine(s: &mut Session, mailbox: &str) -> Result<MailboxInfo, ImapError> {
    let mb = timed("EXAMINE", COMMAND_TIMEOUT, async {
        s.examine(mailbox).await.map_err(|e| match e {
            async_imap::error::Error::No(m) | async_imap::error::Error::Bad(m) => {
                ImapError::Protocol(format!("cannot open mailbox {mailbox:?}: server said {m}"))
            }
            other => other.into(),
        })
    })
    .await?;
    let uidvalidity = mb.uid_validity.ok_or_else(|| {
        ImapError::Protocol(format!("the server gave no UIDVALIDITY for {mailbox:?}"))
    })?;
    Ok(MailboxInfo {
        uidvalidity,
        uidnext: mb.uid_next,
        exists: mb.exists,
    })
}

/// The server's capabilities, as it names them (upper case).
pub async fn capabilities(s: &mut Session) -> Result<Vec<String>, ImapError> {
    let caps = timed("CAPABILITY", COMMAND_TIMEOUT, async {
        Ok(s.capabilities().await?)
    })
    .await?;
    Ok(caps
        .iter()
        .filter_map(|c| match c {
            async_imap::types::Capability::Atom(a) => Some(a.to_uppercase()),
            _ => None,
        })
        .collect())
}

/// Does the server do IDLE?
pub async fn has_idle(s: &mut Session) -> Result<bool, ImapError> {
    let caps = timed("CAPABILITY", COMMAND_TIMEOUT, async {
        Ok(s.capabilities().await?)
    })
    .await?;
    Ok(caps.has_str("IDLE"))
}

/// The mailbox marked SPECIAL-USE `\Sent`, if the server marks one.
pub async fn find_sent(s: &mut Session) -> Result<Option<String>, ImapError> {
    timed("LIST", COMMAND_TIMEOUT, async {
        let mut names = s.list(Some(""), Some("*")).await?;
        let mut found = None;
        // Drain the whole stream even after a hit (RECIPES.md I3).
        while let Some(n) = names.next().await {
            let n = n?;
            if found.is_none() && n.attributes().contains(&NameAttribute::Sent) {
                found = Some(n.name().to_string());
            }
        }
        Ok(found)
    })
    .await
}

/// Reads responses up to the tagged one for `tag`, handing every untagged one to `each`.
/// A tagged NO/BAD is an error (async-imap's own helpers would swallow it).
async fn until_tagged(
    s: &mut Session,
    what: &str,
    tag: &async_imap::imap_proto::RequestId,
    each: impl FnMut(&Response<'_>),
) -> Result<(), ImapError> {
    match until_done(s, what, tag, each).await? {
        Ok(()) => Ok(()),
        Err(said) => Err(ImapError::Protocol(format!(
            "{what} failed: server said {said}"
        ))),
    }
}

/// Reads responses, each to `each`, until the tagged completion of `tag`: Ok(()) for OK, else
/// what the server said. A BYE or a closed connection is an error.
async fn until_done(
    s: &mut Session,
    what: &str,
    tag: &async_imap::imap_proto::RequestId,
    mut each: impl FnMut(&Response<'_>),
) -> Result<Result<(), String>, ImapError> {
    loop {
        let resp = s.read_response().await?.ok_or_else(|| {
            ImapError::Lost(format!("the server closed the connection during {what}"))
        })?;
        match resp.parsed() {
            Response::Done {
                tag: t,
                status,
                outcome,
            } if t == tag => {
                return Ok(match status {
                    Status::Ok => Ok(()),
                    _ => Err(format!(
                        "{status:?} {}",
                        outcome.information.as_deref().unwrap_or("")
                    )),
                })
            }
            Response::Data {
                status: Status::Bye,
                outcome,
            } => {
                return Err(ImapError::Lost(format!(
                    "server said BYE: {}",
                    outcome.information.as_deref().unwrap_or("")
                )))
            }
            other => each(other),
        }
    }
}

/// A FETCH response's UID, RFC822.SIZE and whole-message body section, as far as present.
fn fetched(attrs: &[AttributeValue<'_>]) -> (Option<u32>, Option<u32>, Option<Vec<u8>>) {
    let (mut uid, mut size, mut body) = (None, None, None);
    for a in attrs {
        match a {
            AttributeValue::Uid(u) => uid = Some(*u),
            AttributeValue::Rfc822Size(n) => size = Some(*n),
            AttributeValue::BodySection {
                section: None,
                data: Some(d),
                ..
            } => body = Some(d.to_vec()),
            _ => {}
        }
    }
    (uid, size, body)
}

/// `UID SEARCH <criteria>`, sorted. `criteria` must already be IMAP-quoted.
pub async fn uid_search(s: &mut Session, criteria: &str) -> Result<Vec<u32>, ImapError> {
    timed("UID SEARCH", COMMAND_TIMEOUT, async {
        let tag = s.run_command(format!("UID SEARCH {criteria}")).await?;
        let mut uids = Vec::new();
        until_tagged(s, "UID SEARCH", &tag, |r| {
            if let Response::MailboxData(MailboxDatum::Search(v)) = r {
                uids.extend_from_slice(v);
            }
        })
        .await?;
        uids.sort_unstable();
        uids.dedup();
        Ok(uids)
    })
    .await
}

/// New mail after an IDLE wake-up, in one round trip: `UID SEARCH <criteria>` and, pipelined
/// behind it, `UID FETCH first:first+count-1 (UID RFC822.SIZE BODY.PEEK[]<0.cap>)` — the
/// first `cap` bytes of the messages that probably came (UIDs are given in order). Returns the
/// search's UIDs (sorted) and, per fetched UID, its full size and the bytes fetched; the
/// caller keeps the candidates and fetches the rest (a larger message, a later UID).
pub async fn search_and_prefetch(
    s: &mut Session,
    criteria: &str,
    first: u32,
    count: u32,
    cap: u32,
) -> Result<(Vec<u32>, Vec<(u32, u32, Vec<u8>)>), ImapError> {
    timed("UID SEARCH + UID FETCH", COMMAND_TIMEOUT, async {
        let search = s.run_command(format!("UID SEARCH {criteria}")).await?;
        let last = first.saturating_add(count.max(1) - 1);
        let fetch = s
            .run_command(format!(
                "UID FETCH {first}:{last} (UID RFC822.SIZE BODY.PEEK[]<0.{cap}>)"
            ))
            .await?;
        let mut uids = Vec::new();
        let mut got = Vec::new();
        let mut searched: Option<Result<(), String>> = None;
        let prefetch = until_done(s, "UID FETCH", &fetch, |r| match r {
            Response::MailboxData(MailboxDatum::Search(v)) => uids.extend_from_slice(v),
            Response::Done {
                tag,
                status,
                outcome,
            } if *tag == search => {
                searched = Some(match status {
                    Status::Ok => Ok(()),
                    _ => Err(format!(
                        "UID SEARCH failed: server said {status:?} {}",
                        outcome.information.as_deref().unwrap_or("")
                    )),
                });
            }
            Response::Fetch(_, attrs) => {
                if let (Some(u), Some(n), Some(b)) = fetched(attrs) {
                    if (first..=last).contains(&u) {
                        got.push((u, n, b));
                    }
                }
            }
            _ => {}
        })
        .await?;
        // A server that refuses the speculative range (UIDs that do not exist yet) costs only
        // the prefetch: the caller fetches what it needs after the search.
        if let Err(said) = prefetch {
            tracing::debug!("the prefetch was refused ({said}); fetching after the search");
            got.clear();
        }
        // Servers answer in order: the search is done before the fetch.
        match searched {
            Some(Ok(())) => {}
            Some(Err(e)) => return Err(ImapError::Protocol(e)),
            None => {
                return Err(ImapError::Protocol(
                    "the server did not answer UID SEARCH".into(),
                ))
            }
        }
        uids.sort_unstable();
        uids.dedup();
        got.sort_by_key(|(u, _, _)| *u);
        Ok((uids, got))
    })
    .await
}

/// `UID FETCH <set> (UID BODY.PEEK[]<0.max>)`: the first `max` bytes of each message, in
/// UID order. Only UIDs in `uids` are kept (a `n:*` range returns the last message even when
/// n is past it, RECIPES.md I4).
pub async fn fetch_bodies(
    s: &mut Session,
    uids: &[u32],
    max: u32,
) -> Result<Vec<(u32, Vec<u8>)>, ImapError> {
    if uids.is_empty() {
        return Ok(Vec::new());
    }
    let set = uids
        .iter()
        .map(u32::to_string)
        .collect::<Vec<_>>()
        .join(",");
    timed("UID FETCH", COMMAND_TIMEOUT, async {
        let tag = s
            .run_command(format!("UID FETCH {set} (UID BODY.PEEK[]<0.{max}>)"))
            .await?;
        let mut out = Vec::new();
        until_tagged(s, "UID FETCH", &tag, |r| {
            if let Response::Fetch(_, attrs) = r {
                if let (Some(u), _, Some(b)) = fetched(attrs) {
                    if uids.binary_search(&u).is_ok() {
                        out.push((u, b));
                    }
                }
            }
        })
        .await?;
        out.sort_by_key(|(u, _)| *u);
        Ok(out)
    })
    .await
}

/// Politely ends a session; errors don't matter any more.
pub async fn logout(mut s: Session) {
    let _ = tokio::time::timeout(Duration::from_secs(2), s.logout()).await;
}

/// An IMAP quoted string.
pub fn quote(s: &str) -> String {
    let mut q = String::with_capacity(s.len() + 2);
    q.push('"');
    for c in s.chars() {
        if c == '"' || c == '\\' {
            q.push('\\');
        }
        q.push(c);
    }
    q.push('"');
    q
}

/// IMAP date (`1-Oct-2026`) of a Unix time, for SEARCH SINCE.
pub fn imap_date(unix: i64) -> String {
    let d = chrono::DateTime::from_timestamp(unix, 0).unwrap_or_default();
    d.format("%-d-%b-%Y").to_string()
}

/// `OR OR a b c`: any of `keys`. Empty means "all".
pub fn any_of(keys: &[String]) -> String {
    match keys.len() {
        0 => "ALL".into(),
        n => format!("{}{}", "OR ".repeat(n - 1), keys.join(" ")),
    }
}

/// Whether the server reported new mail in the selected mailbox outside IDLE (an untagged
/// EXISTS during a search or fetch, which IDLE will not report again). Empties the queue of
/// such reports, so each is seen once.
pub fn reported_new_mail(s: &mut Session) -> bool {
    let mut exists = false;
    while let Ok(r) = s.unsolicited_responses.try_recv() {
        exists |= matches!(r, async_imap::types::UnsolicitedResponse::Exists(_));
    }
    exists
}

/// How an IDLE ended.
#[derive(Debug)]
pub enum Woke {
    /// The server reported a change in the mailbox.
    Data,
    /// Our own timer ran out (re-IDLE or poll another mailbox).
    Timer,
}

/// One IDLE round on the EXAMINEd mailbox: until the server reports something, or `timer`.
/// Any other ending (BYE, a close, silence longer than `dead_after`) is a lost connection:
/// only our own interrupt is clean (RECIPES.md I5), and async-imap's timeout restarts on
/// every keepalive (I6), so the timer is ours.
pub async fn idle(
    s: Session,
    timer: Duration,
    dead_after: Duration,
) -> Result<(Session, Woke), ImapError> {
    let mut h: IdleHandle = s.idle();
    timed("IDLE", COMMAND_TIMEOUT, async { Ok(h.init().await?) }).await?;
    let outcome = {
        let (fut, _stop) = h.wait_with_timeout(dead_after);
        tokio::select! {
            r = fut => Some(r),
            _ = tokio::time::sleep(timer) => None,
        }
        // `fut` is dropped here, before DONE.
    };
    let woke = match outcome {
        None => Woke::Timer,
        Some(Ok(async_imap::extensions::idle::IdleResponse::NewData(d))) => {
            if let Response::Data {
                status: Status::Bye,
                outcome,
            } = d.parsed()
            {
                return Err(ImapError::Lost(format!(
                    "server said BYE: {}",
                    outcome.information.as_deref().unwrap_or("")
                )));
            }
            Woke::Data
        }
        // Silence past `dead_after`: check below with DONE (+ the caller's next command).
        Some(Ok(async_imap::extensions::idle::IdleResponse::Timeout)) => Woke::Timer,
        // We never interrupt through the StopSource, so this is the server closing.
        Some(Ok(async_imap::extensions::idle::IdleResponse::ManualInterrupt)) => {
            return Err(ImapError::Lost(
                "the server closed the connection during IDLE".into(),
            ))
        }
        Some(Err(e)) => return Err(e.into()),
    };
    // A server that stalled (stopped, or a connection a NAT dropped) does not answer DONE.
    let s = timed("DONE", dead_after.min(Duration::from_secs(30)), async {
        Ok(h.done().await?)
    })
    .await?;
    Ok((s, woke))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn search_helpers() {
        assert_eq!(quote(r#"a"b\c"#), r#""a\"b\\c""#);
        assert_eq!(imap_date(1_790_812_800), "1-Oct-2026");
        assert_eq!(any_of(&[]), "ALL");
        assert_eq!(any_of(&["A".into()]), "A");
        assert_eq!(any_of(&["A".into(), "B".into(), "C".into()]), "OR OR A B C");
    }
}
