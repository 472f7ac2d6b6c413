//! Adapters: translate between the world (IMAP, D-Bus) and core types; they decide nothing.
pub mod imap;
pub mod mem;
pub mod notify;
pub mod resume;
