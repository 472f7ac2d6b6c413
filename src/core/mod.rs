//! The pure core: decides, never does. No tokio, rusqlite, async-imap or notify-rust here, and
//! no clock or environment: time comes in as a parameter.
//!
//! - [`mail`]: raw bytes to our own [`mail::Mail`] (the only user of mail-parser)
//! - [`auth`]: Authentication-Results to a pass / fail / none verdict
//! - [`rules`]: rule packs (data) compiled into a [`rules::RuleSet`]
//! - [`litset`]: a pattern set that runs only the patterns whose literals occur in the text
//! - [`segment`]: support's text split into main body and footers (signature, survey, legal)
//! - [`addressee`]: whom support's sentences speak to (the person, or someone copied)
//! - [`asks`]: the request detector: which sentences ask the person to reply, and for what
//! - [`extract`]: case number, candidate IDs, account listing, deadline, reply channel
//! - [`classify`]: one mail to a [`classify::Classification`], through the stages above
//! - [`case`]: the case state machine, its effects and reminder timing
//! - [`ledger`]: all cases, threading, duplicate detection

pub mod addressee;
pub mod asks;
pub mod auth;
pub mod case;
pub mod classify;
pub mod extract;
pub mod ledger;
pub mod litset;
pub mod mail;
pub mod rules;
pub mod segment;
