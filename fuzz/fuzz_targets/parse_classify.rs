//! Raw bytes as a mail: parse, classify, thread and apply to a case, as `import` does — never
//! a panic, whatever the bytes.
#![no_main]
use casewatch::core::ledger::{message_key, Ledger};
use casewatch::core::mail::Mail;
use casewatch::core::rules::RuleSet;
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

fuzz_target!(|data: &[u8]| {
    static PACKS: OnceLock<Vec<RuleSet>> = OnceLock::new();
    let packs = PACKS.get_or_init(|| vec![RuleSet::builtin()]);
    if let Ok(mail) = Mail::parse(data) {
        let mut ledger = Ledger::new(&["taro.yamada.dev@gmail.com".to_string()]);
        let key = message_key(&mail, data);
        let _ = ledger.explain(&mail, packs);
        let _ = ledger.ingest(&mail, &key, packs, 1_800_000_000);
        // The same mail twice changes nothing and must not panic either.
        let _ = ledger.ingest(&mail, &key, packs, 1_800_000_000);
    }
});
