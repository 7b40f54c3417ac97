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

    /// A `bigint[]` as the server sends it: dimensions, flags (1: has NULLs), element type, then
    /// per dimension its length and lower bound, then each element's length and bytes.
    static func array(_ values: [Int64?], elementType: Int32 = 20, dimensions: Int32 = 1) -> [UInt8] {
        func int32(_ value: Int32) -> [UInt8] { withUnsafeBytes(of: value.bigEndian, Array.init) }
        var bytes = int32(values.isEmpty ? 0 : dimensions) + int32(values.contains(nil) ? 1 : 0) + int32(elementType)
        if !values.isEmpty { bytes += int32(Int32(values.count)) + int32(1) }
        for value in values {
            if let value { bytes += int32(8) + withUnsafeBytes(of: value.bigEndian, Array.init) } else { bytes += int32(-1) }
        }
        return bytes
    }

    @Test func bigintArraysOrNilForAnythingElse() throws {
        #expect(try Self.decode(Self.array([1, -2, .max, .min])) { $0.integers(0) } == [1, -2, .max, .min])
        #expect(try Self.decode(Self.array([])) { $0.integers(0) } == [])
        #expect(try Self.decode(Self.array([1, nil])) { $0.integers(0) } == nil, "a NULL element")
        #expect(try Self.decode(Self.array([1, 2], elementType: 23)) { $0.integers(0) } == nil, "integer[], not bigint[]")
        #expect(try Self.decode(Self.array([1, 2], dimensions: 2)) { $0.integers(0) } == nil, "two dimensions")
        #expect(try Self.decode(Array(Self.array([1, 2]).dropLast())) { $0.integers(0) } == nil, "a short array")
        #expect(try Self.decode(nil) { $0.integers(0) } == nil)
    }
}

