//! The composition root: parses the command line, sets up logging, loads the config, wires the
//! real adapters and turns every error into one message and an exit code. Data goes to stdout
//! (`--json` for scripts), logs and errors to stderr.

use anyhow::{Context, Result};
use casewatch::config::{self, Config};
use casewatch::core::case::{Case, State};
use casewatch::core::ledger::Ledger;
use casewatch::{alerts, files, ingest, report, store::Origin, store::Store, watch};
use clap::{Parser, Subcommand};
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::time::Duration;

#[derive(Parser)]
#[command(
    name = "casewatch",
    version,
    about = "Watches your mailbox for AWS Training and Certification case mail and tells you when support is waiting on your reply.",
    long_about = "casewatch follows a support case by email, read-only. It recognises the acknowledgement, \
support's confirmation request (which account to keep), requests for more information, partner-network holds, \
closing notices and the final \"accounts merged\" mail; keeps the history in SQLite; and notifies you on the \
desktop when you must reply, saying what to reply, until it sees your reply in the Sent folder.",
    after_help = "Examples:\n  \
casewatch scan ~/Downloads/case-mail/            classify .eml files, change nothing\n  \
casewatch import --me me@gmail.com mail.mbox     record the case history from a mail export\n  \
casewatch cases                                  what each case waits on\n  \
casewatch show 176221723200417                   one case's timeline\n  \
casewatch sync                                   one pass over the configured IMAP accounts\n  \
casewatch run                                    the daemon: IMAP IDLE, notifications, reminders\n\n\
Files: config $XDG_CONFIG_HOME/casewatch/config.toml (example: config/casewatch.example.toml), \
database $XDG_DATA_HOME/casewatch/casewatch.db. RUST_LOG=debug for more log detail."
)]
struct Cli {
    /// Config file [default: $XDG_CONFIG_HOME/casewatch/config.toml]
    #[arg(long, global = true, env = "CASEWATCH_CONFIG", value_name = "FILE")]
    config: Option<PathBuf>,
    /// Database file [default: storage.database from the config, else $XDG_DATA_HOME/casewatch/casewatch.db]
    #[arg(long, global = true, env = "CASEWATCH_DB", value_name = "FILE")]
    db: Option<PathBuf>,
    /// More log output on stderr (-v info, -vv debug)
    #[arg(short, long, global = true, action = clap::ArgAction::Count)]
    verbose: u8,
    #[command(subcommand)]
    command: Command,
}

/// What `scan` and `import` read.
#[derive(clap::Args)]
struct MailArgs {
    /// One JSON object per line per message
    #[arg(long)]
    json: bool,
    /// Your own address (repeatable; added to `me` from the config): mail from it in a case is
    /// your reply
    #[arg(long = "me", value_name = "ADDRESS")]
    me: Vec<String>,
    /// .eml file, directory, Maildir or mbox file
    #[arg(required = true, value_name = "PATH")]
    paths: Vec<PathBuf>,
}

#[derive(Subcommand)]
enum Command {
    /// Classify mail files without touching the database.
    ///
    /// PATH is an .eml file, a directory (its files in name order), a Maildir or an mbox file.
    /// Messages are processed in the order given and threading carries across them, so a reply
    /// that lacks the [CASE n] token is still tied to its case by its References header.
    /// Unreadable or malformed messages are reported (an "error" field with --json) and skipped;
    /// the exit status is 1 only when a PATH could not be read at all.
    ///
    /// --explain shows how each decision was made: support's text split into blocks (body,
    /// signature, boilerplate, links), each body sentence and what the request detector made
    /// of it (ask, invitation, statement), the evidence per kind and the rule that decided.
    Scan {
        #[command(flatten)]
        mail: MailArgs,
        /// Show the blocks, sentences and evidence behind each decision (with --json: an
        /// "explain" field)
        #[arg(long)]
        explain: bool,
    },
    /// Classify mail files and record them in the case history (the same message twice changes nothing).
    Import(MailArgs),
    /// List cases: state, whom each waits on and since when, the last message, what support asked.
    Cases {
        #[arg(long)]
        json: bool,
    },
    /// One case's timeline: each message with date, direction, kind and why; the accounts listed.
    Show {
        /// The case number
        case: String,
        #[arg(long)]
        json: bool,
    },
    /// Write a first config (at --config, else the XDG path) from a few answers: flags, or
    /// questions on a terminal. Well-known providers (Gmail, Outlook, iCloud, Fastmail, Yahoo)
    /// fill in the server, its security and the Sent mailbox. Never stores a password.
    Init(Box<InitArgs>),
    /// Print a shell completion script: `casewatch completions bash > ~/.local/share/bash-completion/completions/casewatch`.
    Completions { shell: clap_complete::Shell },
    /// Print the man page (roff): `casewatch man | man -l -`.
    Man,
    /// Check everything `run` needs, one line each, with what to do on failure: the config,
    /// the password command, the server (and its security mode), login, capabilities, the
    /// mailboxes and Sent, the database, the notification server. Exits non-zero when
    /// something would stop `run`.
    Doctor {
        #[arg(long)]
        json: bool,
    },
    /// Run casewatch as a service: `install` writes the systemd user unit for this binary
    /// (Type=notify, watchdog, restart on failure) and starts it, or an XDG autostart entry
    /// where there is no user systemd; `uninstall` stops and removes it; `status` says.
    Service {
        #[command(subcommand)]
        action: ServiceAction,
    },
    /// One pass over every configured IMAP account, then exit (non-zero if an account failed).
    /// Ends with a summary: new case mail, and every case waiting on your reply.
    Sync {
        /// The summary as one JSON object.
        #[arg(long)]
        json: bool,
    },
    /// The daemon: watch every account (IMAP IDLE, polling fallback), notify and remind.
    /// Stops cleanly on SIGINT/SIGTERM; saving the config (or SIGHUP) reads it again and
    /// reconnects at once.
    Run,
    /// Tell casewatch you have replied to support (stops the reminders).
    Replied { case: String },
    /// Pause reminders for a case, e.g. `snooze 176221723200417 4h`.
    Snooze {
        case: String,
        /// How long: "30m", "4h", "1d"
        duration: String,
    },
    /// Send a sample notification, to check that your desktop shows them.
    NotifyTest,
}

#[derive(Subcommand)]
enum ServiceAction {
    /// Write the user unit (or autostart entry), enable and start it.
    Install,
    /// Stop and remove it.
    Uninstall,
    /// Installed? Running?
    Status {
        #[arg(long)]
        json: bool,
    },
}

#[derive(clap::Args)]
struct InitArgs {
    #[command(flatten)]
    flags: casewatch::init::Flags,
    /// Replace an existing config file.
    #[arg(long)]
    force: bool,
}

/// A file size limit (RLIMIT_FSIZE) must be an error casewatch can report, not SIGXFSZ
/// killing it mid-write: with a handler registered, the write fails with EFBIG and SQLite
/// rolls the transaction back.
fn survive_file_size_limits() {
    use tokio::signal::unix::{signal, SignalKind};
    if let Ok(rt) = tokio::runtime::Builder::new_current_thread()
        .enable_io()
        .build()
    {
        // The handler stays registered for the life of the process.
        let _ = rt.block_on(async { signal(SignalKind::from_raw(libc::SIGXFSZ)).map(drop) });
    }
}

fn main() -> std::process::ExitCode {
    let cli = Cli::parse();
    init_logging(cli.verbose);
    survive_file_size_limits();
    match real_main(cli) {
        Ok(code) => code,
        Err(e) => {
            if is_broken_pipe(&e) {
                return std::process::ExitCode::SUCCESS;
            }
            let mut msg = format!("casewatch: error: {e}");
            for cause in e.chain().skip(1) {
                msg.push_str(&format!("\n  caused by: {cause}"));
            }
            eprintln!("{msg}");
            std::process::ExitCode::FAILURE
        }
    }
}

fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|c| {
        c.downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    })
}

fn init_logging(verbose: u8) {
    casewatch::logging::init(verbose);
}

fn now() -> i64 {
    chrono::Utc::now().timestamp()
}

fn db_path(cli_db: Option<&Path>, cfg: &Config) -> Result<PathBuf> {
    cli_db
        .map(Path::to_path_buf)
        .or_else(|| cfg.database.clone())
        .or_else(config::default_database_path)
        .context("no database path: pass --db FILE (no home directory to put it in)")
}

fn me(cfg: &Config, extra: &[String]) -> Vec<String> {
    let mut v = cfg.me.clone();
    for m in extra {
        let m = m.trim().to_ascii_lowercase();
        if !v.contains(&m) {
            v.push(m);
        }
    }
    v
}

fn init(cli_config: Option<&Path>, a: InitArgs, out: &mut impl Write) -> Result<()> {
    use casewatch::init;
    let path = match cli_config {
        Some(p) => p.to_path_buf(),
        None => config::default_config_path()
            .context("no home directory to put the config in: give --config FILE")?,
    };
    // Before any question: a config that exists is not replaced without --force.
    init::refuse_existing(&path, a.force)?;
    let answers = init::answers(a.flags, &mut init::terminal_prompt)?;
    let provider = init::provider_for(&answers.address);
    let today = chrono::Local::now().format("%Y-%m-%d").to_string();
    let text = init::render(&answers, provider.as_ref(), &today);
    // What is written must load: a config casewatch itself cannot read is no start.
    config::Config::from_toml_str(&text, Some(&path), now())
        .context("the config init would write does not load (a bug: please report it)")?;
    init::write_config(&path, &text, a.force)?;
    writeln!(
        out,
        "Wrote {} (readable by you only){}. Next: `casewatch doctor` checks it against the server, then `casewatch sync`.",
        path.display(),
        provider
            .map(|p| format!(", with {}'s settings", p.name))
            .unwrap_or_default()
    )?;
    Ok(())
}

fn real_main(cli: Cli) -> Result<std::process::ExitCode> {
    match cli.command {
        Command::Init(a) => {
            let mut out = std::io::stdout().lock();
            init(cli.config.as_deref(), *a, &mut out)?;
            return Ok(std::process::ExitCode::SUCCESS);
        }
        Command::Completions { shell } => {
            use clap::CommandFactory;
            let mut cmd = Cli::command();
            clap_complete::generate(shell, &mut cmd, "casewatch", &mut std::io::stdout());
            return Ok(std::process::ExitCode::SUCCESS);
        }
        Command::Man => {
            use clap::CommandFactory;
            clap_mangen::Man::new(Cli::command()).render(&mut std::io::stdout())?;
            return Ok(std::process::ExitCode::SUCCESS);
        }
        _ => {}
    }
    let cfg = Config::load(cli.config.as_deref(), now())?;
    let color = std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none();
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    match cli.command {
        Command::Scan {
            mail:
                MailArgs {
                    json,
                    me: extra,
                    paths,
                },
            explain,
        } => scan(
            &cfg,
            &me(&cfg, &extra),
            &paths,
            Output { json, explain },
            color,
            &mut out,
        ),
        Command::Import(MailArgs {
            json,
            me: extra,
            paths,
        }) => {
            let db = db_path(cli.db.as_deref(), &cfg)?;
            import(&cfg, &db, &me(&cfg, &extra), &paths, json, &mut out)
        }
        Command::Cases { json } => {
            let store = open_store(cli.db.as_deref(), &cfg)?;
            let cases = store.cases()?;
            if json {
                let v: Vec<_> = cases.iter().map(report::case_json).collect();
                writeln!(out, "{}", serde_json::to_string_pretty(&v)?)?;
            } else {
                // (the few closed cases with a duplicate mark: closed as one, or only suspected)
                let mut closed_as_duplicate = std::collections::HashSet::new();
                for c in &cases {
                    if c.state == State::Closed
                        && c.duplicate_of.is_some()
                        && store.closed_as_duplicate(&c.number)?
                    {
                        closed_as_duplicate.insert(c.number.clone());
                    }
                }
                writeln!(
                    out,
                    "{}",
                    report::cases_table(&cases, &closed_as_duplicate, &cfg.packs, now(), color)
                )?;
            }
            Ok(std::process::ExitCode::SUCCESS)
        }
        Command::Show { case, json } => {
            let store = open_store(cli.db.as_deref(), &cfg)?;
            let c = store.case(&case)?.with_context(|| {
                format!("no case {case} in the database (`casewatch cases` lists the known ones)")
            })?;
            let messages = store.messages(&case)?;
            if json {
                writeln!(
                    out,
                    "{}",
                    serde_json::to_string_pretty(&report::show_json(&c, &messages))?
                )?;
            } else {
                // The person's addresses only (configured and learned), not the open cases.
                let me = casewatch::core::ledger::Ledger::new(&store.all_me(&cfg.me)?);
                write!(
                    out,
                    "{}",
                    report::show_text(
                        &c,
                        c.state == State::Closed && store.closed_as_duplicate(&case)?,
                        &messages,
                        me.me(),
                        &cfg.packs,
                        now(),
                        color
                    )
                )?;
            }
            Ok(std::process::ExitCode::SUCCESS)
        }
        Command::Sync { json } => {
            let db = db_path(cli.db.as_deref(), &cfg)?;
            need_accounts(&cfg)?;
            let progress = std::io::stderr().is_terminal() && !json;
            let new = runtime()?.block_on(watch::sync_once(&cfg, &db, progress))?;
            let waiting: Vec<Case> = Store::open(&db)?
                .cases()?
                .into_iter()
                .filter(|c| c.state == State::AwaitingYou)
                .collect();
            if json {
                let v = serde_json::json!({
                    "accounts": cfg.accounts.len(),
                    "new_messages": new,
                    "waiting_on_you": waiting.iter().map(report::case_json).collect::<Vec<_>>(),
                });
                writeln!(out, "{v}")?;
            } else {
                write!(
                    out,
                    "{}",
                    report::sync_summary(cfg.accounts.len(), new, &waiting, now())
                )?;
            }
            Ok(std::process::ExitCode::SUCCESS)
        }
        Command::Run => {
            let db = db_path(cli.db.as_deref(), &cfg)?;
            need_accounts(&cfg)?;
            // Before the runtime's threads exist: a resident daemon wants few malloc arenas.
            casewatch::adapters::mem::limit_arenas();
            let rt = daemon_runtime()?;
            rt.block_on(run_until_stopped(cfg, cli.config.clone(), db))?;
            Ok(std::process::ExitCode::SUCCESS)
        }
        Command::Replied { case } => {
            let db = db_path(cli.db.as_deref(), &cfg)?;
            let mut store = Store::open(&db)?;
            writeln!(
                out,
                "{}",
                alerts::mark_replied(&cfg, &mut store, &case, now())?
            )?;
            Ok(std::process::ExitCode::SUCCESS)
        }
        Command::Snooze { case, duration } => {
            let db = db_path(cli.db.as_deref(), &cfg)?;
            let d = humantime::parse_duration(&duration)
                .with_context(|| format!("{duration:?} is not a duration like \"4h\" or \"1d\""))?;
            let mut store = Store::open(&db)?;
            writeln!(
                out,
                "{}",
                alerts::snooze(&cfg, &mut store, &case, d, now())?
            )?;
            Ok(std::process::ExitCode::SUCCESS)
        }
        Command::Service { action } => {
            use casewatch::service;
            match action {
                ServiceAction::Install => {
                    need_accounts(&cfg)?;
                    writeln!(out, "{}", service::install(cli.config.as_deref())?)?
                }
                ServiceAction::Uninstall => writeln!(out, "{}", service::uninstall()?)?,
                ServiceAction::Status { json } => {
                    let (installed, state) = service::status()?;
                    if json {
                        let v = serde_json::json!({"installed": installed, "state": state});
                        writeln!(out, "{v}")?;
                    } else {
                        writeln!(out, "casewatch service: {state}")?;
                    }
                }
            }
            Ok(std::process::ExitCode::SUCCESS)
        }
        Command::Doctor { json } => {
            let db = db_path(cli.db.as_deref(), &cfg)?;
            let checks = runtime()?.block_on(casewatch::doctor::run(&cfg, &db));
            if json {
                writeln!(out, "{}", serde_json::to_string_pretty(&checks)?)?;
            } else {
                write!(out, "{}", casewatch::doctor::text(&checks))?;
            }
            let failed = checks
                .iter()
                .any(|c| c.verdict == casewatch::doctor::Verdict::Fail);
            Ok(if failed {
                std::process::ExitCode::FAILURE
            } else {
                std::process::ExitCode::SUCCESS
            })
        }
        // Handled before the config is loaded (there may be none yet).
        Command::Init(_) | Command::Completions { .. } | Command::Man => {
            Ok(std::process::ExitCode::SUCCESS)
        }
        Command::NotifyTest => {
            let (msg, shown) = runtime()?.block_on(alerts::notify_test(&cfg))?;
            writeln!(out, "{msg}")?;
            // Nobody could see it: a script (or `doctor`) must not take that for success.
            Ok(if shown {
                std::process::ExitCode::SUCCESS
            } else {
                std::process::ExitCode::FAILURE
            })
        }
    }
}

fn runtime() -> Result<tokio::runtime::Runtime> {
    tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .context("start the async runtime")
}

/// The daemon's runtime. A blocking-pool thread stops once it has been idle for tokio's
/// keep-alive (10 s) after a burst of work: the heap it freed is given back then
/// (adapters/mem.rs) — an event of the runtime's, not a timer of ours. Only the heap: the
/// clean-page release reads /proc/self/smaps, a few milliseconds of CPU that the idle budget
/// cannot pay at every keepalive's thread stop.
fn daemon_runtime() -> Result<tokio::runtime::Runtime> {
    tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .on_thread_stop(casewatch::adapters::mem::release_free_heap)
        .build()
        .context("start the async runtime")
}

/// `casewatch run`: the daemon until SIGTERM / Ctrl-C. SIGHUP reads the config again and
/// reconnects at once (after a wrong password is fixed, say); a config that does not load is
/// reported and the running one kept.
async fn run_until_stopped(cfg: Config, path: Option<PathBuf>, db: PathBuf) -> Result<()> {
    use tokio::signal::unix::{signal, SignalKind};
    let (stop_tx, stop_rx) = tokio::sync::watch::channel(false);
    tokio::spawn(async move {
        shutdown_signal().await;
        tracing::info!("shutting down");
        let _ = stop_tx.send(true);
    });
    let mut hup = signal(SignalKind::hangup()).context("listen for SIGHUP")?;
    // A saved config counts as SIGHUP (inotify on its directory: editors replace the file).
    let (changed_tx, mut changed) = tokio::sync::mpsc::unbounded_channel::<()>();
    let watch = |cfg: &Config| {
        cfg.file
            .as_deref()
            .and_then(|f| watch_config(f, changed_tx.clone()))
    };
    let mut _watcher = watch(&cfg);
    let mut cfg = std::sync::Arc::new(cfg);
    loop {
        let (gen_tx, gen_rx) = tokio::sync::watch::channel(false);
        let mut stop = stop_rx.clone();
        let mut daemon = std::pin::pin!(watch::run(cfg.clone(), db.clone(), gen_rx));
        let reload = tokio::select! {
            r = &mut daemon => return r,
            _ = stop.wait_for(|s| *s) => false,
            _ = hup.recv() => true,
            Some(()) = changed.recv() => {
                // An editor's save is several events: take them together.
                tokio::time::sleep(Duration::from_millis(300)).await;
                // Watch again: a save by rename replaced the file watched so far.
                _watcher = watch(&cfg);
                while changed.try_recv().is_ok() {}
                tracing::info!("the config file changed");
                true
            }
        };
        let _ = gen_tx.send(true);
        daemon.await?;
        if !reload || *stop_rx.borrow() {
            return Ok(());
        }
        tracing::info!("SIGHUP: reading the config again and reconnecting");
        casewatch::service::reloading();
        match Config::load(path.as_deref(), now()) {
            Ok(c) if !c.accounts.is_empty() => cfg = std::sync::Arc::new(c),
            Ok(_) => tracing::warn!("the config now has no [[accounts]]; keeping the running one"),
            Err(e) => tracing::warn!("{e}; keeping the running config"),
        }
    }
}

/// Watches `file` for changes; each change sends a unit on `tx`. None when it cannot watch
/// (then SIGHUP still works).
///
/// It watches the file itself, not its directory: only this file's events wake the daemon,
/// however busy the directory is (a config kept in the home directory). An editor that saves
/// by writing a new file and renaming it over the old one replaces the watched inode, so the
/// caller watches again after every change; when the file is missing at that moment (an editor
/// between delete and write), the directory is watched instead.
fn watch_config(
    file: &Path,
    tx: tokio::sync::mpsc::UnboundedSender<()>,
) -> Option<notify::RecommendedWatcher> {
    use notify::Watcher;
    let file = std::path::absolute(file).ok()?;
    let dir = file.parent()?.to_path_buf();
    let name = file.file_name()?.to_os_string();
    let mut w = notify::recommended_watcher(move |ev: notify::Result<notify::Event>| {
        let Ok(ev) = ev else { return };
        let ours = ev
            .paths
            .iter()
            .any(|p| p.file_name() == Some(name.as_os_str()));
        if ours && !ev.kind.is_access() {
            let _ = tx.send(());
        }
    })
    .map_err(|e| tracing::warn!("cannot watch the config file for changes: {e}; SIGHUP reloads it"))
    .ok()?;
    let watched = w
        .watch(&file, notify::RecursiveMode::NonRecursive)
        .or_else(|_| w.watch(&dir, notify::RecursiveMode::NonRecursive));
    match watched {
        Ok(()) => Some(w),
        Err(e) => {
            tracing::warn!(
                "cannot watch {}: {e}; SIGHUP reloads the config",
                dir.display()
            );
            None
        }
    }
}

async fn shutdown_signal() {
    use tokio::signal::unix::{signal, SignalKind};
    match signal(SignalKind::terminate()) {
        Ok(mut term) => {
            tokio::select! {
                _ = term.recv() => {}
                _ = tokio::signal::ctrl_c() => {}
            }
        }
        Err(_) => {
            let _ = tokio::signal::ctrl_c().await;
        }
    }
}

fn need_accounts(cfg: &Config) -> Result<()> {
    if cfg.accounts.is_empty() {
        let hint =
            match &cfg.file {
                Some(f) => format!("{} has no [[accounts]]", f.display()),
                None => format!(
                "no config file found (looked for {}); `casewatch init` writes one (or copy config/casewatch.example.toml there)",
                config::default_config_path().map(|p| p.display().to_string()).unwrap_or_default()
            ),
            };
        anyhow::bail!("no IMAP account configured: {hint}");
    }
    Ok(())
}

fn open_store(cli_db: Option<&Path>, cfg: &Config) -> Result<Store> {
    let db = db_path(cli_db, cfg)?;
    Ok(Store::open(&db)?)
}

/// How `scan` prints.
struct Output {
    json: bool,
    explain: bool,
}

fn scan(
    cfg: &Config,
    me: &[String],
    paths: &[PathBuf],
    Output { json, explain }: Output,
    color: bool,
    out: &mut impl Write,
) -> Result<std::process::ExitCode> {
    let mut ledger = Ledger::new(me);
    let mut rows = Vec::new();
    let mut unreadable = 0;
    let now = now();
    for item in files::walk(paths) {
        let source = item.source();
        let raw = match item.raw {
            Ok(r) => r,
            Err(e) => {
                unreadable += 1;
                let msg = format!("cannot read: {e}");
                eprintln!("casewatch: {source}: {msg}");
                if json {
                    writeln!(out, "{}", report::scan_error_json(&source, &msg))?;
                }
                continue;
            }
        };
        let judged = casewatch::core::mail::Mail::parse(&raw)
            .map_err(|e| format!("not a readable mail: {e}"))
            .and_then(|mail| {
                // (a panic is a bug of casewatch's: it costs this file, not the whole scan)
                std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                    let key = casewatch::core::ledger::message_key(&mail, &raw);
                    // Explained with the ledger as it stands before this message, as ingest
                    // sees it.
                    let trace = explain.then(|| ledger.explain(&mail, &cfg.packs).1);
                    let ing = ledger.ingest(&mail, &key, &cfg.packs, now);
                    (mail, trace, ing)
                }))
                .map_err(|_| {
                    "casewatch could not classify this message (an internal error; please report it with the message)".to_string()
                })
            });
        match judged {
            Ok((mail, trace, ing)) => {
                let c = &ing.classification;
                if json {
                    let mut line = report::scan_json(&source, &mail, c, ing.direction);
                    if let Some(t) = &trace {
                        line["explain"] = serde_json::to_value(t)?;
                    }
                    writeln!(out, "{line}")?;
                } else if let Some(t) = &trace {
                    write!(out, "{}", report::explain_text(&source, c, t))?;
                } else {
                    rows.push(report::ScanRow {
                        source,
                        kind: c.kind.to_string(),
                        case: c.case.clone().unwrap_or_default(),
                        needs_reply: c.needs_reply,
                        why: c.why.clone(),
                    });
                }
            }
            Err(msg) => {
                if json {
                    writeln!(out, "{}", report::scan_error_json(&source, &msg))?;
                } else {
                    rows.push(report::ScanRow {
                        source,
                        kind: "error".into(),
                        case: String::new(),
                        needs_reply: false,
                        why: msg,
                    });
                }
            }
        }
    }
    if !json && !explain {
        writeln!(out, "{}", report::scan_table(&rows, color))?;
    }
    Ok(if unreadable > 0 {
        std::process::ExitCode::FAILURE
    } else {
        std::process::ExitCode::SUCCESS
    })
}

fn import(
    cfg: &Config,
    db: &Path,
    me: &[String],
    paths: &[PathBuf],
    json: bool,
    out: &mut impl Write,
) -> Result<std::process::ExitCode> {
    let mut store = Store::open(db)?;
    let (mut total, mut recorded, mut failed) = (0usize, 0usize, 0usize);
    let progress = std::io::stderr().is_terminal() && !json;
    for item in files::walk(paths) {
        total += 1;
        let source = item.source();
        let raw = match item.raw {
            Ok(r) => r,
            Err(e) => {
                failed += 1;
                eprintln!("casewatch: {source}: cannot read: {e}");
                continue;
            }
        };
        let origin = Origin {
            source: source.clone(),
            cursor: None,
            history: Some(cfg.notify.first_sync_quiet.as_secs() as i64),
        };
        match ingest::ingest_raw(&mut store, &cfg.packs, me, &raw, &origin, now()) {
            Ok((mail, ing)) => {
                if ing.new && ing.keep {
                    recorded += 1;
                }
                if json {
                    writeln!(
                        out,
                        "{}",
                        report::scan_json(&source, &mail, &ing.classification, ing.direction)
                    )?;
                }
            }
            Err(ingest::IngestError::Mail { source_name, error }) => {
                failed += 1;
                eprintln!("casewatch: {source_name}: skipped, not a readable mail: {error}");
            }
            Err(e @ ingest::IngestError::Internal { .. }) => {
                failed += 1;
                eprintln!("casewatch: {e}");
            }
            Err(e) => return Err(e.into()),
        }
        if progress && total % 100 == 0 {
            eprint!("\rread {total} messages…");
        }
    }
    if progress {
        eprint!("\r");
    }
    if !json {
        writeln!(
            out,
            "Read {total} message(s): {recorded} new case message(s) recorded, {failed} unreadable. Database: {}",
            db.display()
        )?;
    }
    Ok(std::process::ExitCode::SUCCESS)
}
