//! Giving freed memory back to the system while the daemon waits.
//!
//! glibc keeps freed heap (and every thread's arena) mapped for reuse, so after a sync pass the
//! daemon's resident set stays at its high-water mark for as long as it idles. `malloc_trim`
//! returns the free pages (`MADV_DONTNEED` inside the heap, and the top of each arena).

/// Returns free heap pages to the system; a no-op where the C library has no `malloc_trim`.
#[allow(unsafe_code)] // the crate's one exception (lib.rs)
pub fn release_free_heap() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: malloc_trim only inspects and shrinks the allocator's own free lists; it is
    // thread-safe (it takes each arena's lock) and has no preconditions.
    unsafe {
        libc::malloc_trim(0);
    }
}
