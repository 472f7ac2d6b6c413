//! Any text as a config file: a clear error or a config, never a panic.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        let _ = casewatch::config::Config::from_toml_str(
            text,
            Some(std::path::Path::new("/nonexistent/config.toml")),
            1_800_000_000,
        );
    }
});
