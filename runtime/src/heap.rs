//! The heap: every string, byte sequence, block and closure is an object allocated here and
//! reclaimed by a mark-and-sweep collector, so a `Value` is a plain copyable word pair with no
//! reference count to maintain (reference counting cost a branch and a write per copy, and
//! could not free cycles).
//!
//! Collection happens only when the VM asks for it, at a safe point of its loop where every
//! live value is reachable from its roots (stacks, globals, constants, continuations). Rust
//! code between safe points (primitives, the host) may therefore hold values freely.
//!
//! An object is marked by writing the collection's epoch into its header, so marks never need
//! clearing; the sweep frees the objects of this thread's heap whose epoch is not the current
//! one. An object allocated by another thread's heap (code compiled on one thread and run on
//! another) is traced through but never freed here.

use std::alloc::Layout;
use std::cell::{Cell, RefCell, UnsafeCell};
use std::ptr::NonNull;

use crate::value::{Closure, Value};

/// What an object is, which tells the tracer what it holds and the sweep how to free it.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
#[repr(u8)]
pub(crate) enum Kind {
    Str,
    Fields,
    Bytes,
    Closure,
}

/// The first word of every object.
#[repr(C)]
pub(crate) struct Header {
    epoch: Cell<u32>,
    kind: Kind,
}

/// An object of variable length: strings (bytes after it) and blocks (cells after it).
#[repr(C)]
pub(crate) struct VarObj {
    head: Header,
    len: usize,
}

/// An object holding one Rust value (a closure, a byte buffer).
#[repr(C)]
pub(crate) struct BoxObj<T> {
    head: Header,
    value: T,
}

struct Heap {
    objects: UnsafeCell<Vec<NonNull<Header>>>,
    /// Bytes allocated since the last collection, and how many trigger the next one.
    allocated: Cell<usize>,
    threshold: Cell<usize>,
    min: Cell<usize>,
    epoch: Cell<u32>,
}

/// The least allocation between two collections; above it, twice what survived the last.
const MIN_THRESHOLD: usize = 8 << 20;

thread_local! {
    static HEAP: Heap = const {
        Heap {
            objects: UnsafeCell::new(Vec::new()),
            allocated: Cell::new(0),
            threshold: Cell::new(MIN_THRESHOLD),
            min: Cell::new(MIN_THRESHOLD),
            epoch: Cell::new(1),
        }
    };
}

/// Sets the least allocation between two collections; below the default, it is the exact
/// allocation between two (a small one tests the collector).
pub fn set_min_threshold(bytes: usize) {
    HEAP.with(|h| {
        h.min.set(bytes);
        h.threshold.set(bytes);
    });
}

/// Whether enough has been allocated since the last collection to collect again.
#[inline]
pub fn should_collect() -> bool {
    HEAP.with(|h| h.allocated.get() > h.threshold.get())
}

/// Gives back the object list's spare capacity (for measuring what a program left behind).
pub fn trim() {
    // SAFETY: by this thread, with no reference into the list alive.
    HEAP.with(|h| unsafe { (*h.objects.get()).shrink_to_fit() });
}

/// How many objects this thread's heap holds (live or not yet collected).
pub fn object_count() -> usize {
    // SAFETY: read only, by this thread.
    HEAP.with(|h| unsafe { (*h.objects.get()).len() })
}

fn alloc(layout: Layout, kind: Kind) -> NonNull<Header> {
    // SAFETY: every layout here has a header, so its size is non-zero.
    let raw = unsafe { std::alloc::alloc(layout) }.cast::<Header>();
    let Some(p) = NonNull::new(raw) else { std::alloc::handle_alloc_error(layout) };
    // SAFETY: freshly allocated with room for a header.
    unsafe { p.as_ptr().write(Header { epoch: Cell::new(0), kind }) };
    HEAP.with(|h| {
        // SAFETY: the object list is only touched by this thread, never while borrowed.
        unsafe { (*h.objects.get()).push(p) };
        h.allocated.set(h.allocated.get() + layout.size());
    });
    p
}

fn var_layout<T>(len: usize) -> Layout {
    let base = Layout::new::<VarObj>();
    let Ok(items) = Layout::array::<T>(len) else { return base };
    base.extend(items).map_or(base, |(l, _)| l.pad_to_align())
}

/// A variable-length object of `len` items of type `T`, initialized from `items`.
pub(crate) fn alloc_var<T>(kind: Kind, items: impl ExactSizeIterator<Item = T>) -> NonNull<VarObj> {
    let len = items.len();
    let p = alloc(var_layout::<T>(len), kind).cast::<VarObj>();
    // SAFETY: the layout has room for `len` items after the header; an iterator that yields
    // fewer than it announced leaves `len` at the number written.
    unsafe {
        let data = var_data::<T>(p);
        let mut n = 0;
        for item in items.take(len) {
            data.add(n).write(item);
            n += 1;
        }
        (*p.as_ptr()).len = n;
    }
    p
}

/// Where a variable-length object's items start.
#[inline]
pub(crate) fn var_data<T>(p: NonNull<VarObj>) -> *mut T {
    let offset = Layout::new::<VarObj>().extend(Layout::new::<T>()).map_or(0, |(_, o)| o);
    // SAFETY: the offset stays inside the object's allocation.
    unsafe { p.as_ptr().cast::<u8>().add(offset).cast::<T>() }
}

/// The items of a variable-length object.
#[inline]
pub(crate) fn var_slice<'a, T>(p: NonNull<VarObj>) -> &'a [T] {
    // SAFETY: objects live until a collection finds them unreachable, which only happens at
    // the VM's safe points, where no Rust reference into an object is alive.
    unsafe { std::slice::from_raw_parts(var_data::<T>(p), (*p.as_ptr()).len) }
}

pub(crate) fn alloc_box<T>(kind: Kind, value: T) -> NonNull<BoxObj<T>> {
    let p = alloc(Layout::new::<BoxObj<T>>(), kind).cast::<BoxObj<T>>();
    // SAFETY: allocated with this layout; the header is already written.
    unsafe { std::ptr::addr_of_mut!((*p.as_ptr()).value).write(value) };
    p
}

#[inline]
pub(crate) fn box_ref<'a, T>(p: NonNull<BoxObj<T>>) -> &'a T {
    // SAFETY: as for `var_slice`.
    unsafe { &(*p.as_ptr()).value }
}

/// Marks everything reachable from the roots given to it.
pub struct Marker {
    epoch: u32,
    work: Vec<Value>,
}

impl Marker {
    /// Marks a root.
    #[inline]
    pub fn value(&mut self, v: Value) {
        let Some(h) = v.header() else { return };
        // SAFETY: a value's pointer is to a live object (see `var_slice`).
        let head = unsafe { h.as_ref() };
        if head.epoch.get() != self.epoch {
            head.epoch.set(self.epoch);
            if matches!(head.kind, Kind::Fields | Kind::Closure) {
                self.work.push(v);
            }
        }
    }

    pub fn values<'a>(&mut self, vs: impl IntoIterator<Item = &'a Value>) {
        for v in vs {
            self.value(*v);
        }
    }

    pub fn closure(&mut self, c: &Closure) {
        self.values(c.env.iter());
        self.values(c.partial.iter());
    }

    fn drain(&mut self) {
        while let Some(v) = self.work.pop() {
            match v {
                Value::Block(_, f) => {
                    for c in f.cells() {
                        self.value(c.get());
                    }
                }
                Value::Closure(c) => self.closure(&c),
                _ => {}
            }
        }
    }
}

/// A full collection: `roots` marks every root, then what was not reached is freed.
pub fn collect(roots: impl FnOnce(&mut Marker)) {
    HEAP.with(|h| {
        let epoch = h.epoch.get().wrapping_add(1).max(1);
        h.epoch.set(epoch);
        let mut marker = Marker { epoch, work: Vec::new() };
        roots(&mut marker);
        marker.drain();
        // SAFETY: no reference into the object list is alive during a collection.
        let objects = unsafe { &mut *h.objects.get() };
        let mut live = 0;
        objects.retain(|p| {
            // SAFETY: every listed object is live until freed here, once.
            let head = unsafe { p.as_ref() };
            if head.epoch.get() == epoch {
                live += unsafe { size_of_object(*p) };
                true
            } else {
                unsafe { free(*p) };
                false
            }
        });
        // The list keeps its capacity: the next cycle allocates about as many objects again,
        // and growing it anew each time would copy it over and over.
        h.allocated.set(0);
        // Below the usual minimum the threshold is a stress setting, kept as given.
        let min = h.min.get();
        h.threshold.set(if min < MIN_THRESHOLD { min } else { (2 * live).max(min) });
    });
}

/// The layout an object was allocated with.
unsafe fn layout_of(p: NonNull<Header>) -> Layout {
    match p.as_ref().kind {
        Kind::Str => var_layout::<u8>((*p.cast::<VarObj>().as_ptr()).len),
        Kind::Fields => var_layout::<Cell<Value>>((*p.cast::<VarObj>().as_ptr()).len),
        Kind::Bytes => Layout::new::<BoxObj<RefCell<Vec<u8>>>>(),
        Kind::Closure => Layout::new::<BoxObj<Closure>>(),
    }
}

unsafe fn size_of_object(p: NonNull<Header>) -> usize {
    let extra = match p.as_ref().kind {
        Kind::Bytes => box_ref(p.cast::<BoxObj<RefCell<Vec<u8>>>>()).borrow().capacity(),
        Kind::Closure => {
            let c = box_ref(p.cast::<BoxObj<Closure>>());
            (c.env.len() + c.partial.len()) * std::mem::size_of::<Value>()
        }
        _ => 0,
    };
    layout_of(p).size() + extra
}

unsafe fn free(p: NonNull<Header>) {
    let layout = layout_of(p);
    match p.as_ref().kind {
        Kind::Bytes => std::ptr::drop_in_place(p.cast::<BoxObj<RefCell<Vec<u8>>>>().as_ptr()),
        Kind::Closure => std::ptr::drop_in_place(p.cast::<BoxObj<Closure>>().as_ptr()),
        // Bytes and cells of copyable values need no dropping.
        Kind::Str | Kind::Fields => {}
    }
    std::alloc::dealloc(p.as_ptr().cast::<u8>(), layout);
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::indexing_slicing)]
    use super::*;

    #[test]
    fn unreachable_objects_are_freed_and_reachable_ones_kept() {
        collect(|_| {});
        let keep = Value::block(0, vec![Value::string("kept"), Value::int(1)]);
        for i in 0..100 {
            let _ = Value::block(0, vec![Value::string(format!("garbage {i}"))]);
        }
        assert!(object_count() >= 202);
        collect(|m| m.value(keep));
        assert_eq!(object_count(), 2);
        let Value::Block(_, f) = keep else { panic!() };
        let Value::String(s) = f.get(0).unwrap() else { panic!() };
        assert_eq!(&s[..], b"kept");
    }

    #[test]
    fn cycles_are_freed() {
        collect(|_| {});
        let a = Value::block(0, vec![Value::int(0)]);
        let b = Value::block(0, vec![a]);
        if let Value::Block(_, f) = a {
            f.set(0, b);
        }
        collect(|_| {});
        assert_eq!(object_count(), 0);
    }
}
