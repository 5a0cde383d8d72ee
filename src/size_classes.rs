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
            let pages = (start + size)
                .saturating_sub(self.end.get())
                .div_ceil(PAGE)
                .max(1);
            let Some(old_end) = grow(pages) else {
                return 0;
            };
            // Someone else may have grown memory since (nobody does here); continue from the
            // new end either way.
            if old_end != self.end.get() {
                self.next.set(old_end);
            }
            self.end.set(old_end + pages * PAGE);
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

/// Grows linear memory by `pages`: the address where the new memory starts (the old end), or
/// `None` when the browser refuses.
#[cfg(target_arch = "wasm32")]
fn grow(pages: usize) -> Option<usize> {
    let before = core::arch::wasm32::memory_grow(0, pages);
    (before != usize::MAX).then(|| before * PAGE)
}

/// Outside wasm (the native tests), a region of this thread's own, reserved once from the
/// system allocator, stands in for linear memory: this allocator is the wasm build's only.
#[cfg(not(target_arch = "wasm32"))]
fn grow(pages: usize) -> Option<usize> {
    use std::alloc::{alloc, Layout};
    /// 1,024 pages (64 MiB) per thread: more than any test asks for.
    const LIMIT: usize = 1024;
    thread_local! {
        /// The region's start and the pages handed out so far.
        static REGION: Cell<(usize, usize)> = const { Cell::new((0, 0)) };
    }
    REGION.with(|region| {
        let (mut base, used) = region.get();
        if base == 0 {
            let layout = Layout::from_size_align(LIMIT * PAGE, PAGE).ok()?;
            // SAFETY: the layout has a non-zero size; the region is never freed (it lives as
            // long as the test thread, like linear memory lives as long as the page).
            base = unsafe { alloc(layout) } as usize;
            if base == 0 {
                return None;
            }
        }
        if used + pages > LIMIT {
            return None;
        }
        region.set((base, used + pages));
        Some(base + used * PAGE)
    })
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

    /// A small deterministic generator (xorshift), so a failing sequence can be replayed.
    struct Rng(u64);

    impl Rng {
        fn next(&mut self) -> u64 {
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 7;
            self.0 ^= self.0 << 17;
            self.0
        }

        fn below(&mut self, n: u64) -> usize {
            (self.next() % n) as usize
        }
    }

    /// A live block as the model knows it: where, its layout, and the byte it was filled with.
    struct Live {
        ptr: *mut u8,
        layout: Layout,
        fill: u8,
    }

    fn fill(block: &Live) {
        // SAFETY: `ptr` is live for `layout.size()` bytes (checked by the caller's model).
        unsafe { core::ptr::write_bytes(block.ptr, block.fill, block.layout.size()) };
    }

    fn holds(block: &Live, len: usize) -> bool {
        // SAFETY: as for `fill`; `len` is at most the block's size.
        let bytes = unsafe { core::slice::from_raw_parts(block.ptr, len) };
        bytes.iter().all(|&b| b == block.fill)
    }

    /// Random sequences of alloc, realloc (growing, shrinking, within and across size classes)
    /// and dealloc, checked against a model of the live blocks: every block is non-null,
    /// aligned, disjoint from every other live block, and keeps its bytes (realloc keeps the
    /// shorter length of the two) until it is freed.
    #[test]
    fn random_sequences_keep_blocks_aligned_disjoint_and_intact() {
        // One heap for every sequence, as one page's widget lives through many reads: what a
        // sequence frees, the next one reuses.
        let heap = SizeClasses::new();
        for seed in 1..=64u64 {
            let mut rng = Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15));
            let mut live: Vec<Live> = Vec::new();
            for step in 0..1500 {
                let size = match rng.below(10) {
                    0 => rng.below(70_000) + 1,
                    1..=3 => rng.below(8) + 1,
                    _ => rng.below(600) + 1,
                };
                let align = 1 << rng.below(5); // 1 to 16
                let layout = Layout::from_size_align(size, align).unwrap();
                match rng.below(4) {
                    // Allocate.
                    0 | 1 => {
                        // SAFETY: a non-zero size and a valid alignment.
                        let ptr = unsafe { heap.alloc(layout) };
                        let block = Live {
                            ptr,
                            layout,
                            fill: rng.below(255) as u8 + 1,
                        };
                        check_new(&live, &block, seed, step);
                        fill(&block);
                        live.push(block);
                    }
                    // Reallocate a live block to `size` (its alignment kept).
                    2 if !live.is_empty() => {
                        let i = rng.below(live.len() as u64);
                        let old = live.swap_remove(i);
                        // SAFETY: `old` is live with this layout; the new size is non-zero.
                        let ptr = unsafe { heap.realloc(old.ptr, old.layout, size) };
                        let layout = Layout::from_size_align(size, old.layout.align()).unwrap();
                        let block = Live {
                            ptr,
                            layout,
                            fill: old.fill,
                        };
                        check_new(&live, &block, seed, step);
                        let kept = old.layout.size().min(size);
                        assert!(
                            holds(&block, kept),
                            "seed {seed} step {step}: realloc lost bytes"
                        );
                        fill(&block);
                        live.push(block);
                    }
                    // Free a live block, after checking it was left alone.
                    _ if !live.is_empty() => {
                        let i = rng.below(live.len() as u64);
                        let block = live.swap_remove(i);
                        let size = block.layout.size();
                        assert!(
                            holds(&block, size),
                            "seed {seed} step {step}: a block changed"
                        );
                        // SAFETY: `block` is live with this layout.
                        unsafe { heap.dealloc(block.ptr, block.layout) };
                    }
                    _ => {}
                }
            }
            for block in live {
                assert!(
                    holds(&block, block.layout.size()),
                    "seed {seed}: a block changed"
                );
                // SAFETY: `block` is live with this layout.
                unsafe { heap.dealloc(block.ptr, block.layout) };
            }
        }
    }

    /// A new (or moved) block: non-null, aligned, and overlapping no other live block.
    fn check_new(live: &[Live], block: &Live, seed: u64, step: usize) {
        let start = block.ptr as usize;
        assert!(start != 0, "seed {seed} step {step}: out of memory");
        assert_eq!(
            start % block.layout.align(),
            0,
            "seed {seed} step {step}: misaligned"
        );
        let end = start + block.layout.size();
        for other in live {
            let (a, b) = (other.ptr as usize, other.ptr as usize + other.layout.size());
            assert!(
                end <= a || b <= start,
                "seed {seed} step {step}: blocks overlap"
            );
        }
    }

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
