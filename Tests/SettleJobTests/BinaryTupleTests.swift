import Testing
@testable import SettleStore

/// Binary COPY fields decoded exactly: numerics (base-10000 digits) to fen, timestamps to 1970 micros.
@Suite struct BinaryTupleTests {
    static func numeric(digits: [Int16], weight: Int16, negative: Bool = false, scale: Int16) -> [UInt8] {
        var bytes: [UInt8] = []
        for value in [Int16(digits.count), weight, negative ? 0x4000 : 0, scale] + digits {
            bytes += withUnsafeBytes(of: UInt16(bitPattern: value).bigEndian, Array.init)
        }
        return bytes
    }

    /// Decodes field 0 of `field` with the reader kept alive over its bytes.
    static func decode<T>(_ field: [UInt8]?, _ body: (BinaryTuple) -> T) throws -> T {
        var bytes: [UInt8] = [0, 1]
        if let field { bytes += withUnsafeBytes(of: UInt32(field.count).bigEndian, Array.init) + field } else { bytes += [0xFF, 0xFF, 0xFF, 0xFF] }
        return try bytes.withUnsafeBufferPointer { buffer in
            var tuple = BinaryTuple()
            let read = (try? tuple.read(buffer)) ?? false
            #expect(read)
            return body(tuple)
        }
    }

    @Test func numericsBecomeExactFen() throws {
        #expect(try Self.decode(Self.numeric(digits: [1, 2345, 6700], weight: 1, scale: 2)) { $0.numeric(0, scale: 2) } == 1_234_567)
        #expect(try Self.decode(Self.numeric(digits: [3000], weight: 0, scale: 2)) { $0.numeric(0, scale: 2) } == 300_000)
        #expect(try Self.decode(Self.numeric(digits: [1], weight: 2, scale: 0)) { $0.numeric(0, scale: 2) } == 100_000_000 * 100)
        #expect(try Self.decode(Self.numeric(digits: [5000], weight: -1, negative: true, scale: 2)) { $0.numeric(0, scale: 2) } == -50)
        #expect(try Self.decode(Self.numeric(digits: [], weight: 0, scale: 2)) { $0.numeric(0, scale: 2) } == 0)
        #expect(try Self.decode(Self.numeric(digits: [1, 50], weight: 0, scale: 3)) { $0.numeric(0, scale: 2) } == nil, "1.005 is not whole fen")
        #expect(try Self.decode(Self.numeric(digits: [1, 50], weight: 0, scale: 3)) { $0.numeric(0, scale: 6) } == 1_005_000)
        #expect(try Self.decode(nil) { $0.numeric(0, scale: 2) } == nil)
    }

    @Test func integersAndTimestamps() throws {
        #expect(try Self.decode(withUnsafeBytes(of: Int64(-42).bigEndian, Array.init)) { $0.integer(0) } == -42)
        #expect(try Self.decode(withUnsafeBytes(of: Int32(7).bigEndian, Array.init)) { $0.integer(0) } == 7)
        // 2000-01-01 00:00:00 UTC is 0 on the wire and 946684800 s after 1970.
        #expect(try Self.decode(withUnsafeBytes(of: Int64(0).bigEndian, Array.init)) { $0.timestampMicros(0) } == 946_684_800_000_000)
        #expect(try Self.decode(nil) { $0.isNull(0) })
    }
}
