//! Any text as a rule pack: compiled or refused with an error naming the key, never a panic.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        let _ = casewatch::core::rules::RuleSet::from_toml_str("fuzz", text);
    }
});
