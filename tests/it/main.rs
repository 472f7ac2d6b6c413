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
