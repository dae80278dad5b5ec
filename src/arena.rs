//! The binary's memory allocator: a bump arena in front of the system allocator.
//!
//! Why: a command on the embedded data makes about a thousand small allocations (strings of a
//! table's cells, a question's words) and frees them all before it exits. glibc's `malloc` and
//! `free` took about 200 instructions a pair, a sixth of a short command's run (BENCHMARKS.md).
//! Here an allocation is a pointer moved forward, and a free is nothing, except that the last
//! block given out is taken back (a string built and dropped at once) and grows in place (a
//! string pushed to).
//!
//! The price is memory freed inside the arena is never used again: at most [`ARENA_BYTES`] for
//! the whole run. Past that, every allocation goes to the system allocator as before, so a long
//! session (`explore`) or a large `--data` file costs what it did. The arena lives in the
//! binary's zeroed data: a page of it costs memory only once something is written there.
//!
//! This and `start` (std's runtime set-up, by hand) are the only unsafe code in the crate, and this
//! is the only place that knows where memory comes from. Its tests run an arena of its own, not
//! the one the binary allocates with.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::UnsafeCell;
use std::sync::atomic::{AtomicUsize, Ordering};

/// The bytes the binary's arena hands out before it leaves every allocation to the system.
pub const ARENA_BYTES: usize = 8 << 20;

/// A bump arena of `N` bytes; see the module's documentation.
pub struct Arena<const N: usize> {
    memory: UnsafeCell<Memory<N>>,
    /// Bytes of `memory` handed out: the next block starts at or after this offset.
    used: AtomicUsize,
}

/// The arena's bytes, aligned for any block the arena gives out itself. A block that asks for
/// more alignment than this goes to the system allocator.
#[repr(C, align(16))]
struct Memory<const N: usize>([u8; N]);

const MAX_ALIGN: usize = 16;

// SAFETY: the bytes are handed out in disjoint blocks, each claimed by one atomic update of
// `used`; nothing else reads or writes `memory` through the arena.
unsafe impl<const N: usize> Sync for Arena<N> {}

impl<const N: usize> Arena<N> {
    pub const fn new() -> Self {
        Arena { memory: UnsafeCell::new(Memory([0; N])), used: AtomicUsize::new(0) }
    }

    fn base(&self) -> usize {
        self.memory.get() as usize
    }

    /// Whether `ptr` is a block of this arena's.
    fn owns(&self, ptr: *mut u8) -> bool {
        (self.base()..self.base() + N).contains(&(ptr as usize))
    }

    /// A block of `layout` from the arena, or null when it has no room (or the block wants more
    /// alignment than the arena's memory has).
    fn bump(&self, layout: Layout) -> *mut u8 {
        if layout.align() > MAX_ALIGN {
            return std::ptr::null_mut();
        }
        let mut used = self.used.load(Ordering::Acquire);
        loop {
            let start = used.next_multiple_of(layout.align());
            let Some(end) = start.checked_add(layout.size()).filter(|end| *end <= N) else {
                return std::ptr::null_mut();
            };
            match self.used.compare_exchange_weak(used, end, Ordering::AcqRel, Ordering::Acquire) {
                // In bounds: `end <= N`, and `memory` is `N` bytes.
                Ok(_) => return self.memory.get().cast::<u8>().wrapping_add(start),
                Err(now) => used = now,
            }
        }
    }

    /// Moves the end of the arena from the end of the block at `ptr` (of `old` bytes) to `new`
    /// bytes past its start, when it is the last block given out: taken back (`new` 0), or grown
    /// or shrunk in place. Whether it moved.
    fn resize_last(&self, ptr: *mut u8, old: usize, new: usize) -> bool {
        let start = ptr as usize - self.base();
        let Some(end) = start.checked_add(new).filter(|end| *end <= N) else { return false };
        self.used.compare_exchange(start + old, end, Ordering::AcqRel, Ordering::Acquire).is_ok()
    }
}

impl<const N: usize> Default for Arena<N> {
    fn default() -> Self {
        Arena::new()
    }
}

// SAFETY: every block is either the system allocator's, passed through unchanged, or a part of
// `memory` no other live block overlaps (see `bump`), of the size and alignment asked for.
unsafe impl<const N: usize> GlobalAlloc for Arena<N> {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let block = self.bump(layout);
        if block.is_null() {
            // SAFETY: the caller's layout, as `GlobalAlloc::alloc` requires it.
            unsafe { System.alloc(layout) }
        } else {
            block
        }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        if self.owns(ptr) {
            // Only the last block comes back; the others stay used until the process ends.
            self.resize_last(ptr, layout.size(), 0);
        } else {
            // SAFETY: not the arena's, so the system allocator gave it out with this layout.
            unsafe { System.dealloc(ptr, layout) }
        }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        if !self.owns(ptr) {
            // SAFETY: the system allocator's block, with the caller's guarantees.
            return unsafe { System.realloc(ptr, layout, new_size) };
        }
        if self.resize_last(ptr, layout.size(), new_size) || new_size <= layout.size() {
            return ptr;
        }
        // SAFETY: `new_size` is non-zero and fits `isize` with this alignment (the caller's).
        let new_layout = unsafe { Layout::from_size_align_unchecked(new_size, layout.align()) };
        // SAFETY: as `alloc` requires.
        let moved = unsafe { self.alloc(new_layout) };
        if !moved.is_null() {
            // SAFETY: both blocks are live and at least `layout.size()` long, and they do not
            // overlap: `moved` was given out while `ptr` still was.
            unsafe { std::ptr::copy_nonoverlapping(ptr, moved, layout.size()) };
            // SAFETY: `ptr` is this arena's block of `layout`.
            unsafe { self.dealloc(ptr, layout) };
        }
        moved
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn layout(size: usize, align: usize) -> Layout {
        Layout::from_size_align(size, align).expect("a valid layout")
    }

    #[test]
    fn blocks_are_aligned_and_apart() {
        let arena: Box<Arena<4096>> = Box::default();
        let mut blocks = Vec::new();
        for (size, align) in [(3, 1), (8, 8), (1, 1), (16, 16), (5, 2), (24, 4)] {
            let block = unsafe { arena.alloc(layout(size, align)) };
            assert!(arena.owns(block));
            assert_eq!(block as usize % align, 0, "{size} bytes aligned to {align}");
            blocks.push((block as usize, size));
        }
        blocks.sort_unstable();
        for pair in blocks.windows(2) {
            assert!(pair[0].0 + pair[0].1 <= pair[1].0, "{pair:?} overlap");
        }
    }

    #[test]
    fn the_last_block_comes_back_and_grows_in_place() {
        let arena: Box<Arena<4096>> = Box::default();
        let first = unsafe { arena.alloc(layout(10, 1)) };
        let last = unsafe { arena.alloc(layout(10, 1)) };
        unsafe { last.write_bytes(7, 10) };
        let grown = unsafe { arena.realloc(last, layout(10, 1), 100) };
        assert_eq!(grown, last, "the last block grows where it is");
        assert_eq!(unsafe { *grown.add(9) }, 7);
        unsafe { arena.dealloc(grown, layout(100, 1)) };
        assert_eq!(arena.used.load(Ordering::Acquire), 10, "taken back");
        // Not the last block: it moves, keeping its bytes.
        let _after = unsafe { arena.alloc(layout(4, 1)) };
        unsafe { first.write_bytes(9, 10) };
        let moved = unsafe { arena.realloc(first, layout(10, 1), 20) };
        assert_ne!(moved, first);
        assert_eq!(unsafe { std::slice::from_raw_parts(moved, 10) }, [9; 10]);
    }

    #[test]
    fn a_full_arena_leaves_blocks_to_the_system() {
        let arena: Box<Arena<64>> = Box::default();
        let inside = unsafe { arena.alloc(layout(60, 1)) };
        let outside = unsafe { arena.alloc(layout(60, 1)) };
        assert!(arena.owns(inside) && !outside.is_null() && !arena.owns(outside));
        // A block of the arena's grown past its end moves to the system, bytes and all.
        unsafe { inside.write_bytes(3, 60) };
        let moved = unsafe { arena.realloc(inside, layout(60, 1), 200) };
        assert!(!arena.owns(moved));
        assert_eq!(unsafe { std::slice::from_raw_parts(moved, 60) }, [3; 60]);
        let wide = unsafe { arena.alloc(layout(8, 64)) };
        assert!(!arena.owns(wide), "more alignment than the arena has goes to the system");
        unsafe {
            arena.dealloc(outside, layout(60, 1));
            arena.dealloc(moved, layout(200, 1));
            arena.dealloc(wide, layout(8, 64));
        }
    }
}
