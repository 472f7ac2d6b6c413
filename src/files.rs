//! Mail from files: an .eml file, a directory (its files in name order), a Maildir
//! (`cur/` and `new/`), or an mbox file. Yields raw bytes; parsing is the core's job.
//!
//! mbox splitting uses mail-parser's `mailbox::mbox` reader (a file-format concern, so it lives
//! here rather than in core). Messages larger than [`MAX_FILE_BYTES`] are read only up to it,
//! so a huge attachment costs bounded memory.

use std::io::Read;
use std::path::{Path, PathBuf};

/// Bytes read from one message file at most.
pub const MAX_FILE_BYTES: u64 = 32 * 1024 * 1024;

/// One message found in the given paths.
pub struct Item {
    /// The file it came from.
    pub file: PathBuf,
    /// Position within an mbox (1-based); None for a one-message file.
    pub position: Option<usize>,
    pub raw: std::io::Result<Vec<u8>>,
}

impl Item {
    pub fn source(&self) -> String {
        match self.position {
            Some(n) => format!("{}#{n}", self.file.display()),
            None => self.file.display().to_string(),
        }
    }
}

/// Expands the paths into message items, in order. A path that cannot be read becomes an item
/// with an error, so the caller reports it and goes on.
pub fn walk(paths: &[PathBuf]) -> impl Iterator<Item = Item> + '_ {
    paths.iter().flat_map(|p| expand(p))
}

fn expand(path: &Path) -> Box<dyn Iterator<Item = Item>> {
    let meta = match std::fs::metadata(path) {
        Ok(m) => m,
        Err(e) => return one(path, Err(e)),
    };
    if meta.is_dir() {
        let maildir = ["cur", "new"].iter().any(|d| path.join(d).is_dir())
            && path.join("tmp").is_dir()
            || ["cur", "new"].iter().all(|d| path.join(d).is_dir());
        let dirs: Vec<PathBuf> = if maildir {
            vec![path.join("cur"), path.join("new")]
        } else {
            vec![path.to_path_buf()]
        };
        let mut files: Vec<PathBuf> = dirs
            .iter()
            .filter_map(|d| std::fs::read_dir(d).ok())
            .flatten()
            .filter_map(|e| e.ok())
            .map(|e| e.path())
            .filter(|p| p.is_file() && is_message_file(p))
            .collect();
        files.sort();
        return Box::new(files.into_iter().flat_map(|f| expand(&f)));
    }
    match is_mbox(path) {
        Ok(true) => mbox(path),
        Ok(false) => one(path, read_capped(path)),
        Err(e) => one(path, Err(e)),
    }
}

fn one(path: &Path, raw: std::io::Result<Vec<u8>>) -> Box<dyn Iterator<Item = Item>> {
    Box::new(std::iter::once(Item {
        file: path.to_path_buf(),
        position: None,
        raw,
    }))
}

/// Skips the fixture files that sit beside mail (expected results, notes).
fn is_message_file(p: &Path) -> bool {
    let name = p.file_name().and_then(|n| n.to_str()).unwrap_or("");
    !name.starts_with('.')
        && !matches!(
            p.extension().and_then(|e| e.to_str()),
            Some("json" | "md" | "txt" | "py" | "toml")
        )
}

fn is_mbox(path: &Path) -> std::io::Result<bool> {
    let mut head = [0u8; 5];
    let mut f = std::fs::File::open(path)?;
    let n = f.read(&mut head)?;
    Ok(n == 5 && &head == b"From ")
}

fn read_capped(path: &Path) -> std::io::Result<Vec<u8>> {
    let f = std::fs::File::open(path)?;
    let mut buf = Vec::new();
    f.take(MAX_FILE_BYTES).read_to_end(&mut buf)?;
    Ok(buf)
}

fn mbox(path: &Path) -> Box<dyn Iterator<Item = Item>> {
    let file = match std::fs::File::open(path) {
        Ok(f) => f,
        Err(e) => return one(path, Err(e)),
    };
    let reader = std::io::BufReader::new(file);
    let path = path.to_path_buf();
    Box::new(
        mail_parser::mailbox::mbox::MessageIterator::new(reader)
            .enumerate()
            .map(move |(i, m)| Item {
                file: path.clone(),
                position: Some(i + 1),
                raw: m.map(|m| m.unwrap_contents()).map_err(|_| {
                    std::io::Error::new(std::io::ErrorKind::InvalidData, "unreadable mbox entry")
                }),
            }),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn directory_in_name_order_and_mbox_split() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("b.eml"), b"Subject: b\r\n\r\nb").unwrap();
        std::fs::write(dir.path().join("a.eml"), b"Subject: a\r\n\r\na").unwrap();
        std::fs::write(dir.path().join("a.json"), b"{}").unwrap();
        let items: Vec<Item> = walk(&[dir.path().to_path_buf()]).collect();
        let names: Vec<String> = items
            .iter()
            .map(|i| i.file.file_name().unwrap().to_string_lossy().into())
            .collect();
        assert_eq!(names, vec!["a.eml", "b.eml"]);

        let mbox = dir.path().join("box");
        std::fs::write(&mbox, b"From a@b Mon Nov  3 10:00:00 2025\nSubject: one\n\nx\n\nFrom a@b Mon Nov  3 11:00:00 2025\nSubject: two\n\ny\n").unwrap();
        let items: Vec<Item> = walk(&[mbox]).collect();
        assert_eq!(items.len(), 2);
        assert_eq!(items[1].position, Some(2));
        assert!(String::from_utf8_lossy(items[1].raw.as_ref().unwrap()).contains("two"));
    }

    #[test]
    fn missing_path_is_an_item_with_an_error() {
        let items: Vec<Item> = walk(&[PathBuf::from("/nonexistent/x.eml")]).collect();
        assert_eq!(items.len(), 1);
        assert!(items[0].raw.is_err());
    }
}
