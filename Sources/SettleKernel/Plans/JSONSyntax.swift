/// A pass over a plan document before it is decoded: JSON syntax errors with their line and
/// column, and an object key given twice refused (every JSON tool takes the last of two, the
/// decoder the first: neither is what an operator meant).
public enum JSONSyntax {
    public static func check(_ text: String) throws(PlanError) {
        var scanner = Scanner(bytes: Array(text.utf8))
        scanner.skipSpace()
        try scanner.value(path: "$", depth: 0)
        scanner.skipSpace()
        guard scanner.atEnd else { throw scanner.error("unexpected text after the document") }
    }

    struct Scanner {
        let bytes: [UInt8]
        var index = 0
        var line = 1
        var lineStart = 0

        init(bytes: [UInt8]) { self.bytes = bytes }

        var atEnd: Bool { index >= bytes.count }
        var current: UInt8? { atEnd ? nil : bytes[index] }

        func error(_ reason: String) -> PlanError {
            PlanError(field: "$", reason: "not valid JSON at line \(line), column \(index - lineStart + 1): \(reason)")
        }

        mutating func advance() {
            if bytes[index] == UInt8(ascii: "\n") { line += 1; lineStart = index + 1 }
            index += 1
        }

        mutating func skipSpace() {
            while let byte = current, byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D { advance() }   // bounded: the text
        }

        mutating func expect(_ byte: UInt8, _ what: String) throws(PlanError) {
            guard current == byte else { throw error("expected \(what)") }
            advance()
        }

        mutating func value(path: String, depth: Int) throws(PlanError) {
            guard depth < 64 else { throw error("nested too deep") }
            switch current {
            case UInt8(ascii: "{"): try object(path: path, depth: depth)
            case UInt8(ascii: "["): try array(path: path, depth: depth)
            case UInt8(ascii: "\""): _ = try string()
            case .some(let byte) where byte == UInt8(ascii: "-") || (byte >= 0x30 && byte <= 0x39): number()
            case .some: try literal()
            case .none: throw error("the document ends early")
            }
        }

        mutating func object(path: String, depth: Int) throws(PlanError) {
            advance()
            skipSpace()
            var keys: [String] = []
            if current == UInt8(ascii: "}") { advance(); return }
            while true {                                      // bounded: the text
                skipSpace()
                guard current == UInt8(ascii: "\"") else { throw error("expected a key in quotes") }
                let key = try string()
                let field = path == "$" ? key : "\(path).\(key)"
                guard !keys.contains(key) else { throw PlanError(field: field, reason: "is given twice (line \(line))") }
                keys.append(key)
                skipSpace()
                try expect(UInt8(ascii: ":"), "':' after the key")
                skipSpace()
                try value(path: field, depth: depth + 1)
                skipSpace()
                if current == UInt8(ascii: ",") { advance(); continue }
                try expect(UInt8(ascii: "}"), "',' or '}'")
                return
            }
        }

        mutating func array(path: String, depth: Int) throws(PlanError) {
            advance()
            skipSpace()
            if current == UInt8(ascii: "]") { advance(); return }
            var position = 0
            while true {                                      // bounded: the text
                skipSpace()
                try value(path: "\(path)[\(position)]", depth: depth + 1)
                position += 1
                skipSpace()
                if current == UInt8(ascii: ",") { advance(); continue }
                try expect(UInt8(ascii: "]"), "',' or ']'")
                return
            }
        }

        mutating func string() throws(PlanError) -> String {
            advance()
            var content: [UInt8] = []
            while let byte = current {                        // bounded: the text
                if byte == UInt8(ascii: "\"") { advance(); return String(decoding: content, as: UTF8.self) }
                if byte < 0x20 { throw error("a control character inside a string") }
                if byte == UInt8(ascii: "\\") { advance(); guard !atEnd else { break } }
                content.append(bytes[index])
                advance()
            }
            throw error("a string is not closed")
        }

        mutating func number() {
            while let byte = current, (byte >= 0x30 && byte <= 0x39) || [UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "."),
                                                                           UInt8(ascii: "e"), UInt8(ascii: "E")].contains(byte) {
                advance()                                     // bounded: the text
            }
        }

        mutating func literal() throws(PlanError) {
            for word in ["true", "false", "null"] where bytes[index...].starts(with: Array(word.utf8)) {
                for _ in word.utf8 { advance() }
                return
            }
            throw error("unexpected character")
        }
    }
}
