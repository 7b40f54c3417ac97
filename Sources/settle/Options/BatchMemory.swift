#if os(Linux)
import CMalloc
#endif

/// Process memory for the batch commands (run, rerun, simulate): a night allocates and frees
/// arrays of hundreds of megabytes one after another (the orders as read, then grouped; the
/// lots; the day's releases). glibc serves each one over 32 MB by a fresh `mmap` and returns it
/// with `munmap` when freed, so every array is faulted in and zeroed by the kernel page by page:
/// 241,000 page faults in a million-member points night, a quarter of its process time on this
/// project's 2-core VM. Kept in the process's heap instead, freed pages are reused: 183,000
/// faults, the night 10% faster, peak RSS 611 → 689 MiB; a first day, every lot written, 907 →
/// 1,102 MiB: a freed block is reused only by what fits in it (decisions.md). So `run` keeps
/// them only when every program it settles has settled a day before (a first day keeps glibc's
/// defaults). Not for `settle serve`, which lives on and should give memory back.
enum BatchMemory {
    static func keepFreedPages() {
        #if os(Linux)
        _ = mallopt(M_MMAP_MAX, 0)                 // large blocks from the heap, not a mapping each
        _ = mallopt(M_TRIM_THRESHOLD, Int32.max)   // and the heap's top kept when they are freed
        #endif
    }
}
