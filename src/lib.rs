//! casewatch: watches a person's mailboxes for support-case mail (AWS Training and
//! Certification account merges built in) and tells them when support waits on their reply.
//!
//! # Architecture
//! ```text
//!  IMAP (adapters::imap) ─┐                                        ┌─> SQLite (store)
//!  files (files)          ┼─> core::mail ─> core::ledger ─> core::case ──┼─> notifications (alerts ─> render ─> adapters::notify)
//!                         │    (parse)   (classify, thread)   (decide)    └─> CLI output (report)
//! ```
//! [`core`] decides and is pure; everything else translates between it and the world.
//! `ingest` is the one path every message takes, `watch` drives IMAP, `alerts` the
//! notification outbox, `logging` keeps secrets out of the logs; `main.rs` wires them.
// No unsafe code, except reviewed calls in `adapters::mem` (`mallopt`, `malloc_trim`, `madvise`).
#![deny(unsafe_code)]

pub mod adapters;
pub mod alerts;
pub mod config;
pub mod core;
pub mod doctor;
pub mod files;
pub mod ingest;
pub mod init;
pub mod logging;
pub mod render;
pub mod report;
pub mod service;
pub mod store;
pub mod watch;
