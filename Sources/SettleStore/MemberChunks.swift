/// Per-member values stored a chunk of members a row, as arrays (migrations 0025, 0026): a
/// checkpoint or a day's undo log of a million members is about 120 rows, not a million rows
/// and their key. Each chunk holds at most `size` members with their ids ascending, and the ids
/// ascend from chunk to chunk; chunks are numbered from 0 within their day. A view in the
/// program's schema gives the rows back one per member (`unnest`).
public enum MemberChunks {
    /// Members a chunk holds at most (each table's CHECK says the same).
    public static let size = 8192

    /// The chunks of `count` members in order: each one's number and its members' positions.
    public static func chunks(_ count: Int) -> [(number: Int32, positions: Range<Int>)] {
        precondition(count >= 0 && count / size < Int(Int32.max), "a chunk count past Int32")
        return stride(from: 0, to: count, by: size).enumerated().map { index, start in
            (Int32(index), start..<min(count, start + size))
        }
    }

    /// Whether `ids` ascend strictly (no member twice): what a chunked table's writer asserts.
    /// Inlinable, so that it is specialized where it is called: generic across modules, each
    /// element of a lazy map looked up its type's metadata at run time (0.3 s of a Thursday's
    /// million-member checkpoint).
    @inlinable
    public static func ascending(_ ids: some Collection<Int64>) -> Bool {
        zip(ids, ids.dropFirst()).allSatisfy { $0 < $1 }
    }
}
