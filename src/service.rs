//! Running as a service: the systemd protocol (`READY=1` once the first catch-up is done,
//! `WATCHDOG=1` keep-alives when the unit asks for them, `STOPPING=1`), and `casewatch
//! service install | uninstall | status`, which writes the user unit for the installed binary
//! (or an XDG autostart entry where there is no user systemd).

use anyhow::{Context, Result};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

/// The unit's watchdog: systemd restarts casewatch when no keep-alive came for this long.
const WATCHDOG_SEC: u64 = 600;

/// Tells the service manager (when there is one) that casewatch is up.
pub fn ready(status: &str) {
    let _ = sd_notify::notify(&[
        sd_notify::NotifyState::Ready,
        sd_notify::NotifyState::Status(status),
    ]);
}

/// Tells the service manager that casewatch reloads its config (SIGHUP); READY=1 follows.
pub fn reloading() {
    // systemd 253 and later want the monotonic time with RELOADING=1.
    let mut states = vec![sd_notify::NotifyState::Reloading];
    if let Ok(now) = sd_notify::NotifyState::monotonic_usec_now() {
        states.push(now);
    }
    let _ = sd_notify::notify(&states);
}

/// Tells the service manager that casewatch is stopping.
pub fn stopping() {
    let _ = sd_notify::notify(&[sd_notify::NotifyState::Stopping]);
}

/// Sends keep-alives at half the unit's watchdog interval, while the runtime runs; nothing
/// when the unit has no watchdog (the daemon then has no timer of its own here).
pub async fn keep_alive() {
    let Some(every) = sd_notify::watchdog_enabled() else {
        return;
    };
    let half = (every / 2).max(Duration::from_secs(1));
    loop {
        let _ = sd_notify::notify(&[sd_notify::NotifyState::Watchdog]);
        tokio::time::sleep(half).await;
    }
}

/// The command line that runs the daemon: `exe [--config FILE] run`.
fn exec_line(exe: &Path, config: Option<&Path>) -> String {
    let config = config
        .map(|c| format!(" --config {}", quote(&c.display().to_string())))
        .unwrap_or_default();
    format!("{}{config} run", quote(&exe.display().to_string()))
}

/// The user unit for `exe` (and `config`, when one was named).
pub fn unit(exe: &Path, config: Option<&Path>) -> String {
    format!(
        "# Written by `casewatch service install`. `casewatch service uninstall` removes it.\n\
         [Unit]\n\
         Description=casewatch: tells you when a support case waits on your reply\n\
         After=graphical-session.target network-online.target\n\
         \n\
         [Service]\n\
         Type=notify\n\
         NotifyAccess=main\n\
         ExecStart={}\n\
         ExecReload=/bin/kill -HUP $MAINPID\n\
         Restart=on-failure\n\
         RestartSec=30\n\
         WatchdogSec={WATCHDOG_SEC}\n\
         # SIGTERM stops it cleanly within a second; nothing is half-written.\n\
         KillSignal=SIGTERM\n\
         TimeoutStopSec=10\n\
         \n\
         [Install]\n\
         WantedBy=default.target\n",
        exec_line(exe, config)
    )
}

/// An XDG autostart entry, where there is no user systemd.
pub fn autostart(exe: &Path, config: Option<&Path>) -> String {
    format!(
        "[Desktop Entry]\nType=Application\nName=casewatch\n\
         Comment=Tells you when a support case waits on your reply\n\
         Exec={}\nX-GNOME-Autostart-enabled=true\nNoDisplay=true\n",
        exec_line(exe, config)
    )
}

/// A path for an ExecStart/Exec line: quoted when it has spaces.
fn quote(s: &str) -> String {
    if s.contains(' ') {
        format!("\"{s}\"")
    } else {
        s.to_string()
    }
}

fn config_home() -> Result<PathBuf> {
    directories::BaseDirs::new()
        .map(|b| b.config_dir().to_path_buf())
        .context("no home directory")
}

pub fn unit_path() -> Result<PathBuf> {
    Ok(config_home()?.join("systemd/user/casewatch.service"))
}

fn autostart_path() -> Result<PathBuf> {
    Ok(config_home()?.join("autostart/casewatch.desktop"))
}

/// `systemctl --user ARGS`: its output, or why it could not run.
fn systemctl(args: &[&str]) -> std::result::Result<String, String> {
    let out = Command::new("systemctl")
        .arg("--user")
        .args(args)
        .output()
        .map_err(|e| format!("cannot run systemctl: {e}"))?;
    let text = String::from_utf8_lossy(&out.stdout).trim().to_string();
    if out.status.success() {
        Ok(text)
    } else {
        let err = String::from_utf8_lossy(&out.stderr).trim().to_string();
        Err(if err.is_empty() { text } else { err })
    }
}

fn has_user_systemd() -> bool {
    systemctl(&["--version"]).is_ok() && systemctl(&["show-environment"]).is_ok()
}

fn write(path: &Path, text: &str) -> Result<()> {
    if let Some(d) = path.parent() {
        std::fs::create_dir_all(d).with_context(|| format!("create {}", d.display()))?;
    }
    std::fs::write(path, text).with_context(|| format!("write {}", path.display()))
}

/// `casewatch service install`: the unit (enabled and started where user systemd runs), else
/// an autostart entry. Returns what was done, for the person.
pub fn install(config: Option<&Path>) -> Result<String> {
    let exe = std::env::current_exe().context("find the casewatch binary")?;
    let config = config.map(|c| std::path::absolute(c).unwrap_or_else(|_| c.to_path_buf()));
    let unit_file = unit_path()?;
    write(&unit_file, &unit(&exe, config.as_deref()))?;
    if !has_user_systemd() {
        let entry = autostart_path()?;
        write(&entry, &autostart(&exe, config.as_deref()))?;
        return Ok(format!(
            "Wrote {} and, as there is no user systemd here, the autostart entry {}: casewatch \
             starts with your next desktop login (start it now with `casewatch run &`).",
            unit_file.display(),
            entry.display()
        ));
    }
    systemctl(&["daemon-reload"]).map_err(anyhow::Error::msg)?;
    systemctl(&["enable", "--now", "casewatch.service"]).map_err(|e| {
        anyhow::anyhow!(
            "wrote {} but `systemctl --user enable --now casewatch` failed: {e}",
            unit_file.display()
        )
    })?;
    Ok(format!(
        "Installed and started {} (its log: `journalctl --user -u casewatch -f`).",
        unit_file.display()
    ))
}

/// `casewatch service uninstall`.
pub fn uninstall() -> Result<String> {
    let unit_file = unit_path()?;
    if has_user_systemd() {
        let _ = systemctl(&["disable", "--now", "casewatch.service"]);
    }
    let mut removed = Vec::new();
    for p in [unit_file, autostart_path()?] {
        if p.exists() {
            std::fs::remove_file(&p).with_context(|| format!("remove {}", p.display()))?;
            removed.push(p.display().to_string());
        }
    }
    if has_user_systemd() {
        let _ = systemctl(&["daemon-reload"]);
    }
    Ok(if removed.is_empty() {
        "casewatch was not installed as a service.".into()
    } else {
        format!("Stopped and removed {}.", removed.join(" and "))
    })
}

/// `casewatch service status`: (installed, a one-line state).
pub fn status() -> Result<(bool, String)> {
    let unit_file = unit_path()?;
    let entry = autostart_path()?;
    if !unit_file.exists() && !entry.exists() {
        return Ok((
            false,
            "not installed (`casewatch service install` installs it)".into(),
        ));
    }
    if !has_user_systemd() {
        return Ok((
            true,
            format!(
                "installed ({}); no user systemd here to ask whether it runs",
                if entry.exists() {
                    entry.display().to_string()
                } else {
                    unit_file.display().to_string()
                }
            ),
        ));
    }
    let active = systemctl(&["is-active", "casewatch.service"]).unwrap_or_else(|e| e);
    let enabled = systemctl(&["is-enabled", "casewatch.service"]).unwrap_or_else(|e| e);
    Ok((
        true,
        format!("{active}, {enabled} ({})", unit_file.display()),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_unit_runs_the_installed_binary_as_a_notify_service() {
        let u = unit(
            Path::new("/home/t/.cargo/bin/casewatch"),
            Some(Path::new("/home/t/my config.toml")),
        );
        assert!(u.contains(
            "ExecStart=/home/t/.cargo/bin/casewatch --config \"/home/t/my config.toml\" run"
        ));
        assert!(u.contains("Type=notify") && u.contains("WatchdogSec=600"));
        assert!(u.contains("Restart=on-failure"));
    }
}
