//! The reader's widget's memory allocator: blocks of power-of-two sizes, one free list per size.
//!
//! Why not dlmalloc (Rust's default on wasm): it is ~3.7 KB gzipped bigger (../shared/notes/
//! size.md). Why not `lol_alloc`'s free-list allocator, used before: it walks its one list of
//! free blocks on every allocation and every free, and the longer a page is read the longer that
//! list gets; a CPU profile of card switches had its two functions at the top of the widget's
//! own time. Here both are a few instructions: round the size up to a power of two, then pop
//! from (or push onto) that size's list. The price is up to half of a block unused, and memory
//! freed in one size is kept for that size; the widget's memory stays flat over long use (the
//! long-use test checks it) because the same sizes come back.
//!
//! The widget runs on one thread (wasm32-unknown-unknown without atomics), so the state is in
//! `Cell`s; [`SizeClasses`] is `Sync` only to be a `static`.

use core::alloc::{GlobalAlloc, Layout};
use core::cell::Cell;
use core::ptr::null_mut;

/// A wasm page: the unit in which linear memory grows.
const PAGE: usize = 65_536;
/// Sizes are 2^3 (8 B) to 2^31; one list head per size.
const CLASSES: usize = 32;

/// The allocator. See the module documentation.
pub struct SizeClasses {
    /// Head of each size's list of free blocks (0: empty); a free block holds the next one's
    /// address in its first word.
    free: [Cell<usize>; CLASSES],
    /// The untouched memory left at the end of linear memory: `next..end`.
    next: Cell<usize>,
    end: Cell<usize>,
}

// SAFETY: the widget's wasm has a single thread (no atomics), so the cells are never shared.
unsafe impl Sync for SizeClasses {}

impl SizeClasses {
    /// An allocator that has not taken any memory yet.
    #[allow(clippy::new_without_default)]
    pub const fn new() -> Self {
        #[allow(clippy::declare_interior_mutable_const)]
        const EMPTY: Cell<usize> = Cell::new(0);
        Self {
            free: [EMPTY; CLASSES],
            next: Cell::new(0),
            end: Cell::new(0),
        }
    }

    /// New memory for a block of `size` bytes aligned to `align`, from the end of linear
    /// memory, growing it when needed (0: the browser refused to grow it).
    fn carve(&self, size: usize, align: usize) -> usize {
        loop {
            let start = (self.next.get() + align - 1) & !(align - 1);
            if self.end.get() != 0 && start + size <= self.end.get() {
                self.next.set(start + size);
                return start;
            }
            let pages = (start + size).saturating_sub(self.end.get()).div_ceil(PAGE);
            let before = grow(pages.max(1));
            if before == usize::MAX {
                return 0;
            }
            // Someone else may have grown memory since (nobody does here); continue from the
            // new end either way.
            if before * PAGE != self.end.get() {
                self.next.set(before * PAGE);
            }
            self.end.set((before + pages.max(1)) * PAGE);
        }
    }
}

/// The size class of `layout`: blocks of 2^class bytes, at least 8 and at least its alignment.
fn class_of(layout: &Layout) -> usize {
    layout
        .size()
        .max(layout.align())
        .max(8)
        .next_power_of_two()
        .trailing_zeros() as usize
}

#[cfg(target_arch = "wasm32")]
fn grow(pages: usize) -> usize {
    core::arch::wasm32::memory_grow(0, pages)
}

/// Outside wasm there is no linear memory to grow (this allocator is the wasm build's only).
#[cfg(not(target_arch = "wasm32"))]
fn grow(_pages: usize) -> usize {
    usize::MAX
}

unsafe impl GlobalAlloc for SizeClasses {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let class = class_of(&layout);
        if class >= CLASSES {
            return null_mut();
        }
        let head = &self.free[class];
        let block = head.get();
        // A freed block is reused when it is aligned enough (always, unless a type asks for
        // more than 16-byte alignment).
        if block != 0 && block & (layout.align() - 1) == 0 {
            // SAFETY: a block on the list was handed out by `carve` with room for a word and
            // holds the next free block's address (written by `dealloc`).
            head.set(unsafe { *(block as *const usize) });
            return block as *mut u8;
        }
        let size = 1usize << class;
        self.carve(size, layout.align().max(size.min(16))) as *mut u8
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        let head = &self.free[class_of(&layout)];
        // SAFETY: `ptr` is a live block of this class (at least 8 bytes, aligned to 8), no
        // longer used by its owner: its first word now links the list.
        unsafe { *(ptr as *mut usize) = head.get() };
        head.set(ptr as usize);
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: the caller guarantees `layout.align()` is a valid alignment and `new_size`
        // does not overflow when rounded to it (GlobalAlloc::realloc's contract).
        let new = unsafe { Layout::from_size_align_unchecked(new_size, layout.align()) };
        // Still fits its block (a `Vec` or `String` growing within its power of two): as is.
        if class_of(&new) == class_of(&layout) {
            return ptr;
        }
        // SAFETY: as for `alloc`, then both blocks are live and at least `min` bytes long.
        unsafe {
            let moved = self.alloc(new);
            if !moved.is_null() {
                core::ptr::copy_nonoverlapping(ptr, moved, layout.size().min(new_size));
                self.dealloc(ptr, layout);
            }
            moved
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_round_up_to_a_power_of_two_of_at_least_eight_and_the_alignment() {
        let class = |size, align| class_of(&Layout::from_size_align(size, align).unwrap());
        assert_eq!(class(0, 1), 3);
        assert_eq!(class(1, 1), 3);
        assert_eq!(class(8, 8), 3);
        assert_eq!(class(9, 1), 4);
        assert_eq!(class(24, 8), 5);
        assert_eq!(class(4, 64), 6);
        assert_eq!(class(65_537, 8), 17);
    }
}
